/**
 * Operations of an amendment instrument (修改决定 / 修正案), in the terms of standards §3.2 (P1–P26).
 * Article, 款 and 项 numbers in a locator are in the OLD numbering; `作为第X条` / `改为第X条`
 * destinations are in the NEW numbering (standards §3.2, last paragraph).
 */

/** Where an operation was written in the instrument (1-based). */
export interface SourcePlace {
  line: number;
  column: number;
}

/** A unit of the old text: 条 → 款 → 项 (→ 目). `lead` = 第一自然段 of a 款 (the text before its 项). */
export interface Locator {
  chapter?: number;
  article?: number;
  suffix?: number;
  paragraph?: number;
  lead?: boolean;
  item?: number;
  subitem?: number;
}

/** A destination in the NEW numbering. */
export interface Destination {
  article?: number;
  suffix?: number;
  paragraph?: number;
  item?: number;
}

interface Base {
  place: SourcePlace;
}

export type Operation =
  /** P1 P2 P14 P24: 将第X条（第Y款、第Z项、第一自然段）修改为：“……” */
  | (Base & { kind: 'replace'; targets: Locator[]; text: string[] })
  /** P3 P4 P17 P25: 将第X条中的“A”修改为“B” / 删去第X条中的“A”（B 为空）. */
  | (Base & { kind: 'replaceWords'; targets: Locator[]; from: string; to: string })
  /** 在“A”后（前）增加“B”. */
  | (Base & { kind: 'insertWords'; targets: Locator[]; anchor: string; where: 'after' | 'before'; text: string })
  /** 将相关条文中的“帐”修改为“账”: every occurrence in the whole text. */
  | (Base & { kind: 'replaceEverywhere'; from: string; to: string })
  /** P15 P16 P18: 删去第X条 / 第X条第Y款 / 第Y项. */
  | (Base & { kind: 'delete'; target: Locator })
  /** P7 P8: 增加一条，作为第X条 / 在第X条后（前）增加一条，作为第X条之一. */
  | (Base & {
      kind: 'insertArticle';
      at: Destination;
      anchor?: { locator: Locator; where: 'after' | 'before' };
      text: string[];
    })
  /** P5 P6 P22: 在第X条中增加一款，作为第Y款：“……”（several 款 at once: 增加两款，作为第二款、第三款）. */
  | (Base & { kind: 'insertParagraphs'; article: Locator; at: number[]; text: string[] })
  /** P14: 增加一项，作为第Y项：“（Y）……”. */
  | (Base & { kind: 'insertItems'; paragraph: Locator; at: number[]; text: string[] })
  /** P9 P10 P11 P13: 将第X条改为第Y条 / 原第五项改为第二项 / 原第六项修改为第二款第一项. */
  | (Base & { kind: 'move'; target: Locator; to: Destination })
  /** P12: 将第X条、第Y条合并，作为第Z条（the first article survives and is then rewritten）. */
  | (Base & { kind: 'merge'; targets: Locator[]; to: Destination })
  /** 将第X条第Y款单列一条，作为第Z条. */
  | (Base & { kind: 'split'; target: Locator; to: Destination; text?: string[] })
  /** 将第三章并入第二章: the chapter heading goes, its articles stay. */
  | (Base & { kind: 'mergeChapter'; chapter: number; into: number })
  /** P19: 第四章章名“A”修改为“B” / 将第四章章名修改为“B”. */
  | (Base & { kind: 'renameChapter'; chapter: number; from?: string; to: string })
  /**
   * regdoc forms for a new 章 (no official pattern is known): 在第X条前增加一章，作为第Y章，章名为“……”
   * (X old) / 增加一章，作为第Y章，章名为“……”，自第N条开始 (N new).
   */
  | (Base & { kind: 'insertChapter'; before?: Locator; startsAt?: number; chapter: number; heading: string })
  /** 删去第X章: the heading and every article of the 章. */
  | (Base & { kind: 'deleteChapter'; chapter: number });

export interface Instrument {
  /** 《…》 named by the lead-in or by the selected part of a multi-instrument decision. */
  title?: string;
  /** True for 修正案 (never renumber: 刑法 uses 之一, 之二). */
  amendment: boolean;
  /** `此外，对条文顺序作相应调整` or `…作相应修改并对条文顺序作相应调整，重新公布` present. */
  renumber: boolean;
  operations: Operation[];
  /** Sentences understood but not replayable (此外，对法规的一些文字作了修改). */
  notes: Array<{ place: SourcePlace; text: string }>;
}
