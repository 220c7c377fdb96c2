/**
 * The legal tree: one syntax tree for every regdoc document, in the unist idiom
 * (`type`, `children`, `position`). Its hierarchy follows 立法法（2023）第六十五条:
 * “法律根据内容需要，可以分编、章、节、条、款、项、目。” See docs/tree.md for the full spec.
 *
 * Numbers are stored only as written (`num`) and as parsed (`ordinal`); expected numbers are
 * computed by src/numbering, never stored.
 */
import type { Node, Parent, Literal, Position } from 'unist';
import type { DocumentMeta } from '../config/front-matter.js';

export type { Position };

/** Inline text, exactly as in the source after markup is removed. */
export interface Text extends Literal {
  type: 'text';
  value: string;
}

/** What a cross-reference points at, in the numbering of the document that contains it. */
export interface ReferenceTarget {
  /** 条 ordinal (第十条 → 10). Absent for references relative to the current article (本条第二款). */
  article?: number;
  /** 条之N suffix (第一百三十三条之一 → 1). */
  articleSuffix?: number;
  /** 款 ordinal (1-based). */
  paragraph?: number;
  /** 项 ordinal (1-based). */
  item?: number;
  /** 目 ordinal (1-based). */
  subitem?: number;
}

/**
 * A cross-reference such as 本办法第十条、前款、第二款第（三）项、第十条至第十二条.
 * Added by src/check (reference resolution); the parser does not create them.
 */
export interface Reference extends Parent {
  type: 'reference';
  /** The reference as written, e.g. “本办法第十条第二款”. */
  value: string;
  /** relative: 前款/前两款/本条第二款; absolute: 第十条…; range: 第十条至第十二条. */
  form: 'absolute' | 'relative' | 'range';
  /** Parsed targets (a range or 前两款 has several). */
  targets: ReferenceTarget[];
  /** Path ids (see nodeId) of resolved target nodes; empty when unresolved. */
  resolved: string[];
  children: Text[];
}

export type Inline = Text | Reference;

/** 目: `1.` inside a 项 (立法法 第六十五条: 目的序号用阿拉伯数字依次表述). */
export interface Subitem extends Parent {
  type: 'subitem';
  num: string;
  ordinal: number;
  children: Inline[];
}

/** 项: `（一）` inside a 条 or 款. Inline children come first, then its 目. */
export interface Item extends Parent {
  type: 'item';
  num: string;
  ordinal: number;
  children: Array<Inline | Subitem>;
}

/**
 * 款: an unnumbered natural paragraph inside a 条. Outside articles the same node is a free
 * paragraph (notice text, 公文-style bodies). Inline children come first, then its 项.
 */
export interface Paragraph extends Parent {
  type: 'paragraph';
  children: Array<Inline | Item>;
}

/** 条: `第十条`, `第一百三十三条之一`, optionally with a 条标题 `第一条（目的依据）`. */
export interface Article extends Parent {
  type: 'article';
  /** Label as written, without markup: “第一百三十三条之一”. */
  num: string;
  /** Parsed number (133); NaN when the numeral cannot be read. */
  ordinal: number;
  /** 之N suffix (1 for 之一), absent for ordinary articles. */
  suffix?: number;
  /** Optional 条标题 (the text inside （） right after the label). */
  heading?: string;
  /** What stood between the label (or 条标题) and the text: '\u3000', ' ', '', ':' … */
  separator: string;
  children: Paragraph[];
}

/** Decimal contract clause: `1.1`, `4.4.2` (通用合同条款 / 专用合同条款). */
export interface Clause extends Parent {
  type: 'clause';
  num: string;
  /** [4, 4, 2] for 4.4.2. */
  path: number[];
  heading?: string;
  children: Array<Paragraph | Clause>;
}

/** 节: restarts in each 章. */
export interface Section extends Parent {
  type: 'section';
  num: string;
  ordinal: number;
  heading: string;
  children: Array<Article | Block>;
}

/** 章: numbered continuously across 编. */
export interface Chapter extends Parent {
  type: 'chapter';
  num: string;
  ordinal: number;
  heading: string;
  children: Array<Section | Article | Block>;
}

/** 分编 (民法典 第三编 合同 → 第一分编 通则). */
export interface Subpart extends Parent {
  type: 'subpart';
  num: string;
  ordinal: number;
  heading: string;
  /** Section and Article only in malformed texts (节 or 条 without 章); the reader reports them. */
  children: Array<Chapter | Section | Article | Block>;
}

/** 编. An unnumbered 附则 after the last 编 is a chapter with ordinal NaN and num ''. */
export interface Part extends Parent {
  type: 'part';
  num: string;
  ordinal: number;
  heading: string;
  /** Section and Article only in malformed texts (节 or 条 without 章); the reader reports them. */
  children: Array<Subpart | Chapter | Section | Article | Block>;
}

/**
 * 公文 structural level (GB/T 9704 §7.3.3: 一、 → （一） → 1. → （1）) for documents written in
 * 公文 style rather than 条文 style (实施方案, 工作计划).
 */
export interface Level extends Parent {
  type: 'level';
  depth: 1 | 2 | 3 | 4;
  num: string;
  ordinal: number;
  /** A heading line standing alone (no text after it on the line). */
  heading?: string;
  children: Array<Paragraph | Level | Table>;
}

export interface TableCell extends Parent {
  type: 'tableCell';
  children: Inline[];
}
export interface TableRow extends Parent {
  type: 'tableRow';
  children: TableCell[];
}
/** A GFM table; the first row is the header. */
export interface Table extends Parent {
  type: 'table';
  align: Array<'left' | 'right' | 'center' | null>;
  children: TableRow[];
}

/** The document title (`# 标题`). */
export interface Title extends Literal {
  type: 'title';
  value: string;
}

/** 题注 or another note line under the title (（2009年5月10日××市人民政府令第X号公布）). */
export interface Note extends Literal {
  type: 'note';
  value: string;
}

/** A 目录 block as written in the source; kept so it can be checked against the headings. */
export interface Toc extends Parent {
  type: 'toc';
  /** The 目录 heading line as written (目　　录). */
  heading?: string;
  children: TocEntry[];
}
export interface TocEntry extends Literal {
  type: 'tocEntry';
  value: string;
}

/** Contract signature block: one column per party (standards §5.3). */
export interface Signatures extends Node {
  type: 'signatures';
  parties: Array<{ role: string; lines: string[] }>;
}

/** Text that fits no rule: kept verbatim, with a message on the file, never dropped. */
export interface Unknown extends Literal {
  type: 'unknown';
  value: string;
}

export type Block = Paragraph | Table | Level | Clause | Signatures | Unknown | Note | Toc | Title;

export type Division = Part | Subpart | Chapter | Section;

export interface Root extends Parent {
  type: 'root';
  /** Validated front matter (src/config/front-matter.ts). */
  meta: DocumentMeta;
  children: Array<Division | Article | Block>;
}

export type LegalNode =
  | Root
  | Part
  | Subpart
  | Chapter
  | Section
  | Article
  | Clause
  | Paragraph
  | Item
  | Subitem
  | Level
  | Table
  | TableRow
  | TableCell
  | Title
  | Note
  | Toc
  | TocEntry
  | Signatures
  | Unknown
  | Text
  | Reference;

export type LegalNodeType = LegalNode['type'];
