/**
 * The change model: what `align(old, new)` finds between two versions of a regulation, as plain data
 * (no class instances, no functions) so it can be written as JSON (`regdoc diff --as json`) and read by
 * the 修改对照表 (standards §4), track-changes and 修改决定 (standards §3) renderers alike.
 *
 * Units follow 立法法 第六十五条 (条 → 款 → 项 → 目). Articles are paired by CONTENT, never by number;
 * a number change is recorded (`renumbered`) but is not, by itself, a textual change.
 *
 * Reading guide for consumers:
 * - `DiffResult.entries` is the whole comparison in display order (new document order, each deleted unit
 *   placed right after the unit that preceded it in the old text); `kind: 'equal'` entries are only there
 *   so a table can show unchanged articles (`--all`).
 * - `DiffResult.changes` = `entries` without `equal` and without pure `renumber` entries.
 *   `diff(a, a).changes` is empty; one article inserted at the start of an 86-article text gives ONE
 *   change (the insert) and 86 `renumbering` facts.
 * - A `renumber` entry means: same content (or punctuation-width-only differences when those are
 *   ignored), number changed because of insertions/deletions elsewhere — a consequential fact, listed in
 *   `DiffResult.renumbering`, which a decision covers with “此外，对条文顺序作相应调整。” (standards §3.2 P21).
 *   A changed article that was also renumbered is a `modify` (or `move`) with `renumbered: true`
 *   (P9 “将第X条改为第Y条，修改为：”).
 * - All ordinals are 1-based; all `index` fields are 0-based positions in document order.
 * - All text is NFC as written in the source (full-width/half-width punctuation preserved); comparisons
 *   are made on a width-normalised copy (see `normalize-width.ts`).
 */

/** One run of a character diff. `text` is never split inside a code point (surrogate pairs stay whole). */
export interface Segment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /**
   * True on a delete/insert pair that differs only in punctuation width (ASCII `(` `:` vs full-width
   * `（` `：`). Only produced when `AlignOptions.ignorePunctuationWidth` is false.
   */
  widthOnly?: boolean;
}

/** An 编/分编/章/节 as it stands in one version. */
export interface DivisionRef {
  type: 'part' | 'subpart' | 'chapter' | 'section';
  /** Number as written (“第二章”); '' for an unnumbered 附则 part. */
  num: string;
  ordinal: number;
  heading: string;
  /** “第二章　行政处罚的种类和设定”. */
  label: string;
  /** 0-based position among all divisions of the document, in document order. */
  index: number;
}

/** An article (条) as it stands in one version. */
export interface ArticleRef {
  /** 第十条 → 10 (NaN if unreadable). */
  ordinal: number;
  /** 之N suffix (第一百三十三条之一 → 1). */
  suffix?: number;
  /** Label as written: “第一百三十三条之一”. */
  label: string;
  /** 条标题 if any. */
  heading?: string;
  /** 0-based position among the articles of the document. */
  index: number;
  /** Enclosing divisions, outermost first (编 → 分编 → 章 → 节). */
  divisions: DivisionRef[];
  /** The article's paragraphs (款) as plain text, items and subitems included (one string per 款, lines joined by '\n'). */
  paragraphs: string[];
}

/** Where a 款 / 项 / 目 sits, relative to the article(s) of its change. */
export interface ParagraphRef {
  /** Index into the change's `old` or `new` array (non-zero only for merge/split). */
  article: number;
  /** 款 ordinal, 1-based, within that article. */
  paragraph: number;
  /** Lead text of the 款 (inline text before its 项). */
  text: string;
}

export interface ItemRef {
  /** 项 ordinal (（三） → 3). */
  ordinal: number;
  /** Number as written: “（三）” or “(三)”. */
  num: string;
  /** Text after the number (目 excluded). */
  text: string;
}

export interface SubitemRef {
  ordinal: number;
  num: string;
  text: string;
}

/** Unit-level change kinds used below article level. */
export type PartKind = 'equal' | 'insert' | 'delete' | 'modify';

export interface SubitemChange {
  kind: PartKind;
  old?: SubitemRef;
  new?: SubitemRef;
  /** Diff of the number as written (`1.` → `2.`); shows renumbering and width-only changes of the number. */
  numSegments: Segment[];
  /** Diff of `old.text` → `new.text` (number excluded); for insert/delete a single segment. */
  segments: Segment[];
  renumbered: boolean;
}

export interface ItemChange {
  kind: PartKind;
  old?: ItemRef;
  new?: ItemRef;
  /** Diff of the number as written: `(三)` → `（三）` is a width-only change, `（三）` → `（四）` a renumbering. */
  numSegments: Segment[];
  /** Diff of `old.text` → `new.text`. */
  segments: Segment[];
  /** Ordinal changed (a 项 inserted or deleted before it). */
  renumbered: boolean;
  subitems: SubitemChange[];
}

/** A 款 paired with its counterpart (paired by content, as articles are). */
export interface ParagraphChange {
  kind: PartKind;
  old?: ParagraphRef;
  new?: ParagraphRef;
  /** Diff of the lead text. */
  segments: Segment[];
  /** 款 ordinal changed (a 款 inserted/deleted before it, or merge/split). */
  renumbered: boolean;
  items: ItemChange[];
}

export type ArticleChangeKind =
  | 'equal'
  | 'insert'
  | 'delete'
  | 'modify'
  | 'move'
  | 'renumber'
  | 'merge'
  | 'split';

/**
 * One row of the comparison at article level.
 *
 * kind       old  new  meaning
 * insert      0    1   新增 article
 * delete      1    0   删除 article
 * modify      1    1   text changed (maybe renumbered too: see `renumbered`)
 * move        1    1   article placed elsewhere relative to its neighbours (text may also differ: `modified`)
 * renumber    1    1   same text, number changed only
 * merge      ≥2    1   several old articles became one (P12 “将第X条、第Y条合并，作为第Z条”)
 * split       1   ≥2   one old article became several
 * equal       1    1   unchanged (only in `entries`)
 */
export interface ArticleChange {
  unit: 'article';
  kind: ArticleChangeKind;
  old: ArticleRef[];
  new: ArticleRef[];
  /** Old label ≠ new label (for merge/split: the first old vs the first new). */
  renumbered: boolean;
  /** The article text differs (ignoring punctuation width when that option is on). */
  modified: boolean;
  /** True when all textual differences are punctuation-width differences (`（` vs `(`). */
  widthOnly: boolean;
  /** The article left its place relative to the articles around it. */
  moved: boolean;
  /** 条标题 changed: [old, new] (undefined when unchanged). */
  headingChange?: [string | undefined, string | undefined];
  /** 0..1 similarity of the (merged) old text and (merged) new text. */
  similarity: number;
  /**
   * 款-level detail, in new order with deleted 款 after their predecessor. For insert/delete every
   * 款 is an insert/delete. For merge/split, `ParagraphRef.article` tells which article a 款 belongs to.
   */
  paragraphs: ParagraphChange[];
}

/** A 编/分编/章/节 heading row. */
export interface DivisionChange {
  unit: 'division';
  /** insert/delete a division; modify = heading text changed (P19 章名修改); renumber = number only. */
  kind: 'equal' | 'insert' | 'delete' | 'modify' | 'renumber';
  old?: DivisionRef;
  new?: DivisionRef;
  renumbered: boolean;
  /** Diff of the heading text (number excluded). */
  segments: Segment[];
}

/** Title, 题注 and free paragraphs outside articles (preambles, 公文 bodies). */
export interface BlockChange {
  unit: 'block';
  blockType: 'title' | 'note' | 'paragraph' | 'other';
  kind: 'equal' | 'insert' | 'delete' | 'modify';
  old?: { index: number; text: string };
  new?: { index: number; text: string };
  segments: Segment[];
}

export type Change = ArticleChange | DivisionChange | BlockChange;

export interface AlignOptions {
  /** Treat `(`/`（`, `:`/`：` … as the same character (the result then shows the new text's form). Default false. */
  ignorePunctuationWidth?: boolean;
  /** Minimum similarity (0..1) for pairing two articles that are not identical. Default 0.4 (standards §4, S73). */
  threshold?: number;
}

export interface DiffStats {
  inserted: number;
  deleted: number;
  modified: number;
  moved: number;
  renumbered: number;
  merged: number;
  split: number;
  /** Articles whose only differences are punctuation width. */
  widthOnly: number;
  divisionsChanged: number;
}

/** A number that changed without the unit's text changing (consequential renumbering). */
export interface RenumberFact {
  unit: 'article' | 'division';
  /** “第二十一条” / “第三章”. */
  oldLabel: string;
  newLabel: string;
  oldIndex: number;
  newIndex: number;
}

export interface DiffResult {
  /** Format version of this model; bumped on incompatible change. */
  version: 1;
  old: { title: string; articles: number };
  new: { title: string; articles: number };
  options: Required<AlignOptions>;
  /** Everything in display order, unchanged units included (kind 'equal'). */
  entries: Change[];
  /** Substantive changes only (no 'equal', no pure 'renumber'), in display order. */
  changes: Change[];
  /** Pure renumberings (articles and divisions whose text is unchanged), in new order. */
  renumbering: RenumberFact[];
  stats: DiffStats;
}
