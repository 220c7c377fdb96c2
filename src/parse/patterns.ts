/**
 * Line patterns of the legal structure (立法法 第六十五条; standards.md §2.2–2.3; GB/T 9704 §7.3.3).
 * Each recogniser reads one line of plain text (markup already removed, leading whitespace trimmed)
 * and returns what the line begins with, or null. They never decide nesting — build-tree.ts does.
 */
import { parseChineseNumeral } from '../numbering/chinese-numerals.js';

/** Chinese numeral characters accepted leniently (canonical form is checked by src/check). */
const CN = '[零〇一二两三四五六七八九十百千]';
const CN_OR_DIGIT = '[零〇一二两三四五六七八九十百千0-9０-９]';

/** Whitespace of every kind seen in real texts: ASCII, U+3000, NBSP, em/en spaces, tabs, BOM. */
export const WHITESPACE = /[\s\u3000\u00a0\u2002\u2003\u2009\ufeff]/;
const LEADING_WS = /^[\s\u3000\u00a0\u2002\u2003\u2009\ufeff]+/;
const TRAILING_WS = /[\s\u3000\u00a0\u2002\u2003\u2009\ufeff]+$/;

export function trimWhitespace(text: string): string {
  return text.replace(LEADING_WS, '').replace(TRAILING_WS, '');
}

export function hasLeadingWhitespace(text: string): boolean {
  return LEADING_WS.test(text);
}

/** Removes every whitespace character (for comparing headings such as 总　　则 and 总则). */
export function stripAllWhitespace(text: string): string {
  return text.replace(/[\s\u3000\u00a0\u2002\u2003\u2009\ufeff]+/g, '');
}

/** Heading text without the typographic spacing of 总　　则 (spaces between CJK characters go). */
export function normaliseHeading(text: string): string {
  return trimWhitespace(text)
    .replace(/[\s\u3000\u00a0\u2002\u2003\u2009]+/g, ' ')
    .replace(/(?<=[^\x00-\xff]) | (?=[^\x00-\xff])/g, '');
}

/** Sentence-final punctuation: a line ending with it is complete, so the next line is a new 款. */
export function endsSentence(text: string): boolean {
  return /[。；：！？:;!?…”」』）)]$/.test(text);
}

export type DivisionUnit = 'part' | 'subpart' | 'chapter' | 'section';

export interface DivisionLabel {
  unit: DivisionUnit;
  /** Label as written: 第一章. */
  num: string;
  ordinal: number;
  heading: string;
  /** Whitespace inside the label (第 一 章) — reported by the reader. */
  spaced: boolean;
  arabic: boolean;
}

const DIVISION_RE = new RegExp(`^第(\\s*)(${CN_OR_DIGIT}+)(\\s*)(分编|编|章|节)(.*)$`, 'u');
const UNIT_OF: Record<string, DivisionUnit> = { 编: 'part', 分编: 'subpart', 章: 'chapter', 节: 'section' };

/**
 * 第一编 总则 / 第一分编 通则 / 第一章　总　　则 / 第一节 一般规定. A line of body prose that merely
 * starts with “第二章规定的…” is not a heading: without a markdown `#`, the rest must be short and
 * free of sentence punctuation.
 */
export function matchDivision(text: string, isHeading: boolean): DivisionLabel | null {
  const m = DIVISION_RE.exec(text);
  if (!m) return null;
  const [, ws1, numeral, ws2, unitWord, rest] = m;
  const heading = normaliseHeading(rest);
  if (!isHeading) {
    if (heading.length > 40 || /[。；，,;、：:]/.test(heading)) return null;
    // “第二章规定的” — prose directly after the label without a separator.
    if (rest !== '' && !WHITESPACE.test(rest[0]) && /^[的规所中之和或及与至、]/.test(rest)) return null;
  }
  const ordinal = parseChineseNumeral(numeral);
  return {
    unit: UNIT_OF[unitWord],
    num: `第${ws1}${numeral}${ws2}${unitWord}`,
    ordinal,
    heading,
    spaced: ws1 !== '' || ws2 !== '',
    arabic: /[0-9０-９]/.test(numeral),
  };
}

export interface ArticleLabel {
  num: string;
  ordinal: number;
  suffix?: number;
  heading?: string;
  separator: string;
  /** Text after the label, 条标题 and separator. */
  rest: string;
  /** Index of `rest` in the line text. */
  restIndex: number;
  spaced: boolean;
  arabic: boolean;
}

const ARTICLE_RE = new RegExp(
  `^第([ \\t\\u3000\\u00a0]*)(${CN_OR_DIGIT}+)([ \\t\\u3000\\u00a0]*)条(?:之(${CN}+))?`,
  'u',
);

/** 第十条　…, 第一百三十三条之一 …, 第一条（目的依据）…, 第十 条 (malformed), 第1条 (malformed). */
export function matchArticle(text: string): ArticleLabel | null {
  const m = ARTICLE_RE.exec(text);
  if (!m) return null;
  const [label, ws1, numeral, ws2, suffixText] = m;
  let index = label.length;
  let heading: string | undefined;
  const headingMatch = /^（([^（）\n]{1,40})）/.exec(text.slice(index));
  if (headingMatch) {
    heading = headingMatch[1];
    index += headingMatch[0].length;
  }
  const sep = /^[\s\u3000\u00a0\u2002\u2003]*(?:[:：][\s\u3000\u00a0\u2002\u2003]*)?/.exec(text.slice(index))![0];
  // “第十条规定的…”, “第十条第二款…”, “第十条、第十一条”, and the amendment sentences “第十条修改为”,
  // “第十条改为第九条”, “第十条后增加一条”, “删去” open with a reference, not a label.
  if (sep === '' && heading === undefined && /^[的规所中和或及与至、，。第款项之修改增删作后]/.test(text.slice(index))) return null;
  const rest = text.slice(index + sep.length);
  return {
    num: label,
    ordinal: parseChineseNumeral(numeral),
    suffix: suffixText ? parseChineseNumeral(suffixText) : undefined,
    heading,
    separator: sep,
    rest,
    restIndex: index + sep.length,
    spaced: ws1 !== '' || ws2 !== '',
    arabic: /[0-9０-９]/.test(numeral),
  };
}

export interface ListLabel {
  num: string;
  ordinal: number;
  rest: string;
  restIndex: number;
  /** ASCII brackets (一) instead of （一）. */
  halfWidth?: boolean;
}

const ITEM_RE = new RegExp(`^([（(])[ \\u3000]*(${CN}+)[ \\u3000]*([）)])`, 'u');

/** 项 / 公文 level 2: （一）, also the older ASCII (一). */
export function matchItem(text: string): ListLabel | null {
  const m = ITEM_RE.exec(text);
  if (!m) return null;
  const restIndex = m[0].length + (/^[\s\u3000]*/.exec(text.slice(m[0].length))![0].length);
  return {
    num: m[0],
    ordinal: parseChineseNumeral(m[2]),
    rest: text.slice(restIndex),
    restIndex,
    halfWidth: m[1] === '(' || m[3] === ')',
  };
}

/** 目 / 公文 level 3: 1. 1． 1、 (not 1.1, which is a contract clause). */
export function matchSubitem(text: string): ListLabel | null {
  const m = /^([0-9０-９]{1,3})([.．、])(?![0-9０-９])[ \u3000\t]*/u.exec(text);
  if (!m) return null;
  return { num: m[1] + m[2], ordinal: parseChineseNumeral(m[1]), rest: text.slice(m[0].length), restIndex: m[0].length };
}

/** 公文 level 4: （1）. */
export function matchLevel4(text: string): ListLabel | null {
  const m = /^([（(])([0-9０-９]{1,3})([）)])[ \u3000]*/u.exec(text);
  if (!m) return null;
  return {
    num: m[1] + m[2] + m[3],
    ordinal: parseChineseNumeral(m[2]),
    rest: text.slice(m[0].length),
    restIndex: m[0].length,
    halfWidth: m[1] === '(' || m[3] === ')',
  };
}

/** 公文 level 1: 一、. */
export function matchLevel1(text: string): ListLabel | null {
  const m = new RegExp(`^(${CN}{1,4})、[ \\u3000]*`, 'u').exec(text);
  if (!m) return null;
  return { num: m[1] + '、', ordinal: parseChineseNumeral(m[1]), rest: text.slice(m[0].length), restIndex: m[0].length };
}

export interface ClauseLabel {
  num: string;
  path: number[];
  rest: string;
  restIndex: number;
}

/** Decimal contract clause 1.1 / 4.4.2 (standards §5.2); `multiLevelOnly` rejects a bare `1.`. */
export function matchClause(text: string, multiLevelOnly: boolean): ClauseLabel | null {
  const m = /^(\d{1,3}(?:[.．]\d{1,3})*)[.．]?(?=[\s\u3000]|[^\d.．％%])[ \u3000\t]*/u.exec(text);
  if (!m) return null;
  const path = m[1].split(/[.．]/).map(Number);
  if (multiLevelOnly && path.length < 2) return null;
  if (path.length < 2 && !/^\d+[.．]/.test(text)) return null;
  const num = text.slice(0, m[0].length).trimEnd();
  return { num, path, rest: text.slice(m[0].length), restIndex: m[0].length };
}

/** 目录 / 目　　录 heading of a table of contents. */
export function isTocHeading(text: string): boolean {
  return stripAllWhitespace(text) === '目录';
}

/** The unnumbered 附则 that follows the last 编 (民法典、刑法). */
export function isUnnumberedSupplementary(text: string): boolean {
  return stripAllWhitespace(text) === '附则';
}
