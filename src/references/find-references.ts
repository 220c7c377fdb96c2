/**
 * Finds cross-references in the text of a provision (standards.md §2.5; 立法法 第六十五条 citation of
 * 条、款、项、目): 本办法第十条, 第十条第二款, 第三十条第二款第（一）项, 本条第二款, 前款, 前两款, 前款第三项,
 * 第十条至第十二条, 第十条、第十二条, 第一百三十三条之一. References to other instruments
 * (《中华人民共和国行政处罚法》第三十二条, 该法第十条, 刑法第二十条) are found but marked `external`,
 * so that they are never resolved against the document that contains them.
 *
 * One linear regex pass per text (no nested quantifiers over the same characters), so scanning the
 * 1,260 articles of 民法典 stays cheap.
 */
import { parseChineseNumeral } from '../numbering/chinese-numerals.js';

export type RefLevel = 'article' | 'paragraph' | 'item' | 'subitem';

const LEVEL_RANK: Record<RefLevel, number> = { article: 0, paragraph: 1, item: 2, subitem: 3 };
export const levelRank = (level: RefLevel): number => LEVEL_RANK[level];

/** One numbered unit inside a reference: 第十条之一, 第二款, 第（三）项, 第2目. */
export interface RefComponent {
  level: RefLevel;
  /** The number as written between 第 and the unit word (十, （三）, 3). */
  raw: string;
  ordinal: number;
  /** 条之N. */
  suffix?: number;
  /** 项 written with brackets: 第（三）项. */
  bracketed?: boolean;
  /** Offsets of the whole token (第…条之一) inside the scanned text. */
  start: number;
  end: number;
}

/** Relative anchors: 本条, 本款, 本项, 前款, 前两款. */
export type RefAnchor =
  | { kind: 'this-article' }
  | { kind: 'this-paragraph' }
  | { kind: 'this-item' }
  | { kind: 'previous-paragraphs'; count: number };

/** One element of a reference chain; `第十条第二款、第三款` has two elements. */
export interface RefElement {
  anchor?: RefAnchor;
  components: RefComponent[];
  /** Joiner before this element (至, 、, 和, 或者 …); absent for the first. */
  joiner?: string;
  start: number;
  end: number;
}

export interface FoundReference {
  /** The reference as written, with its 本办法-style prefix when there is one. */
  text: string;
  start: number;
  end: number;
  /** The genre word of a 本X prefix (本办法 → 办法), when present. */
  selfGenre?: string;
  /** Refers to another instrument (《…》第十条, 该法第十条, 刑法第十条). */
  external: boolean;
  /** Name of the other instrument when it can be read (行政处罚法, 《…》). */
  externalName?: string;
  elements: RefElement[];
  form: 'absolute' | 'relative' | 'range';
}

const NUM = '[零〇一二两三四五六七八九十百千]+|[0-9０-９]+';
const ART = `第(?:${NUM})条(?:之[一二三四五六七八九十]+)?`;
const PARA = `第(?:${NUM})款`;
const ITEM = `第(?:${NUM}|[（(](?:${NUM})[）)])项`;
const SUB = `第(?:${NUM})目`;
const UNIT = `(?:${ART}|${PARA}|${ITEM}|${SUB})`;
const REL = '本条(?!例)|本款|本项(?!目)|前款|前[两二三四五六七八九]款';
const ELEM = `(?:(?:${REL})${UNIT}*|${UNIT}+)`;
const JOIN = '至|、|和|或者|以及|及|或';
const CHAIN = new RegExp(`${ELEM}(?:(?:${JOIN})${ELEM})*`, 'g');
const ELEM_RE = new RegExp(`(${JOIN})?(${ELEM})`, 'gy');
const TOKEN_RE = new RegExp(`(${REL})|第(?:(${NUM})(条|款|目)(?:之([一二三四五六七八九十]+))?|(${NUM})项|([（(])(${NUM})[）)]项)`, 'gy');

/** Genre words usable after 本 in a self-reference (本办法、本规定、本条例 …). */
export const SELF_GENRES = [
  '实施细则', '实施办法', '办法', '规定', '条例', '细则', '规则', '决定', '意见', '通知', '规范', '标准', '制度', '章程',
  '准则', '纲要', '方案', '法',
];
const SELF_PREFIX = new RegExp(`本(${SELF_GENRES.join('|')})$`);
/** 该法、同法、上述法律 …: the instrument named just before. */
const ANAPHORIC_EXTERNAL = /(?:该|同|此|上述|前述)(?:法律|法规|规章|法|条例|规定|办法|细则|决定|解释|规则)$/;
/** Words that end the name of an instrument written without 《》 right before 第: 刑法、民法典、××条例. */
const NAME_ENDINGS = ['法典', '条例', '规定', '办法', '细则', '规则', '决定', '解释', '通则', '公约', '协定', '法'];

const isHan = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** The run of Han characters that ends `before` when it ends with an instrument word (a backwards scan, no regex). */
function trailingInstrumentName(before: string): string | undefined {
  if (!NAME_ENDINGS.some((ending) => before.endsWith(ending))) return undefined;
  let i = before.length;
  while (i > 0 && before.length - i < 30 && isHan(before.charCodeAt(i - 1))) i--;
  return i < before.length ? before.slice(i) : undefined;
}
/** Words ending in 法 or 规定 that are not names of instruments. */
const NOT_A_NAME = /(?:^|[^\p{Script=Han}])?(?:依法|违法|合法|非法|方法|执法|守法|做法|用法|说法|看法|的规定|有关规定|相关规定|本规定|按规定|规定)$/u;

function parseNum(raw: string): number {
  return parseChineseNumeral(raw);
}

function readElement(text: string, start: number, end: number, joiner: string | undefined): RefElement {
  const element: RefElement = { components: [], start, end, ...(joiner ? { joiner } : {}) };
  TOKEN_RE.lastIndex = start;
  while (TOKEN_RE.lastIndex < end) {
    const at = TOKEN_RE.lastIndex;
    const m = TOKEN_RE.exec(text);
    if (!m) break;
    if (m[1]) {
      const rel = m[1];
      if (rel.startsWith('本条')) element.anchor = { kind: 'this-article' };
      else if (rel === '本款') element.anchor = { kind: 'this-paragraph' };
      else if (rel === '本项') element.anchor = { kind: 'this-item' };
      else if (rel === '前款') element.anchor = { kind: 'previous-paragraphs', count: 1 };
      else element.anchor = { kind: 'previous-paragraphs', count: parseNum(rel.slice(1, -1)) };
      continue;
    }
    const tokenEnd = TOKEN_RE.lastIndex;
    if (m[2] !== undefined) {
      const level: RefLevel = m[3] === '条' ? 'article' : m[3] === '款' ? 'paragraph' : 'subitem';
      element.components.push({
        level,
        raw: m[2],
        ordinal: parseNum(m[2]),
        ...(m[4] ? { suffix: parseNum(m[4]) } : {}),
        start: at,
        end: tokenEnd,
      });
    } else if (m[5] !== undefined) {
      element.components.push({ level: 'item', raw: m[5], ordinal: parseNum(m[5]), start: at, end: tokenEnd });
    } else {
      element.components.push({
        level: 'item',
        raw: `${m[6]}${m[7]}${m[6] === '（' ? '）' : ')'}`,
        ordinal: parseNum(m[7]),
        bracketed: true,
        start: at,
        end: tokenEnd,
      });
    }
  }
  return element;
}

function classifyPrefix(before: string): Pick<FoundReference, 'selfGenre' | 'external' | 'externalName'> & { prefixLength: number } {
  const self = SELF_PREFIX.exec(before);
  if (self) return { selfGenre: self[1], external: false, prefixLength: self[0].length };
  if (before.endsWith('》')) {
    const open = before.lastIndexOf('《');
    return { external: true, externalName: open >= 0 ? before.slice(open) : undefined, prefixLength: 0 };
  }
  const anaphoric = ANAPHORIC_EXTERNAL.exec(before);
  if (anaphoric) return { external: true, externalName: anaphoric[0], prefixLength: 0 };
  if (!NOT_A_NAME.test(before)) {
    const named = trailingInstrumentName(before);
    if (named) {
      // Keep only the instrument name: cut at the last function word (依照、根据、违反、认定为 …).
      const name = named.replace(/^.*(?:依照|按照|根据|依据|违反|适用|参照|对照|执行|认定为|规定的|本市|和|或者|及|与)/u, '');
      return { external: true, externalName: name || named, prefixLength: 0 };
    }
  }
  return { external: false, prefixLength: 0 };
}

/** Finds every cross-reference in `text`, in order. Offsets are UTF-16 indices into `text`. */
export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  // Every reference contains 第, 本条/本款/本项 or 前…款; most sentences have none of them.
  if (!/[第本前]/.test(text)) return found;
  CHAIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHAIN.exec(text))) {
    const chainStart = m.index;
    const chainEnd = chainStart + m[0].length;
    const elements: RefElement[] = [];
    ELEM_RE.lastIndex = chainStart;
    while (ELEM_RE.lastIndex < chainEnd) {
      const at = ELEM_RE.lastIndex;
      const e = ELEM_RE.exec(text);
      if (!e) break;
      const joiner = e[1];
      const elementStart = at + (joiner ? joiner.length : 0);
      elements.push(readElement(text, elementStart, ELEM_RE.lastIndex, joiner));
    }
    const before = text.slice(Math.max(0, chainStart - 40), chainStart);
    const prefix = classifyPrefix(before);
    const start = chainStart - prefix.prefixLength;
    const isRange = elements.some((element) => element.joiner !== undefined);
    const isRelative = elements[0]?.anchor !== undefined || (elements[0]?.components[0]?.level ?? 'article') !== 'article';
    found.push({
      text: text.slice(start, chainEnd),
      start,
      end: chainEnd,
      ...(prefix.selfGenre ? { selfGenre: prefix.selfGenre } : {}),
      external: prefix.external,
      ...(prefix.externalName ? { externalName: prefix.externalName } : {}),
      elements,
      form: isRange ? 'range' : isRelative ? 'relative' : 'absolute',
    });
  }
  return found;
}
