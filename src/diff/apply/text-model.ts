/**
 * The amendable form of a regulation: articles (条) → 款 → 项 → 目 as text, each unit remembering its
 * number in the OLD text (`origin`) and, when an instrument names it, its number in the NEW text
 * (`dest`) — standards §3.2: operations cite old numbers, 作为/改为 cite new ones. Division headings
 * and other blocks are anchored to the article they precede, so that articles can be inserted,
 * deleted and moved while every 章 keeps its place.
 */
import type { Article, Item, Paragraph, Root, Subitem } from '../../tree/types.js';

/** Marks text that came from the instrument (new numbering already): references there are not renumbered. */
export const FRESH_OPEN = '\uE000';
export const FRESH_CLOSE = '\uE001';
export const stripMarks = (text: string): string => text.replace(/[\uE000\uE001]/g, '');
export const markFresh = (text: string): string => (text ? FRESH_OPEN + text + FRESH_CLOSE : '');

export interface MItem {
  /** Label as written: （三） or (三). */
  num: string;
  text: string;
  subitems: string[];
  origin?: number;
  dest?: number;
  fresh: boolean;
}

export interface MPara {
  text: string;
  items: MItem[];
  origin?: number;
  dest?: number;
  fresh: boolean;
  itemsChanged: boolean;
}

export interface MArticle {
  /** Number in the old text (undefined for an inserted article). */
  origin?: { ordinal: number; suffix?: number };
  /** Other old articles merged into this one (P12). */
  mergedOrigins: Array<{ ordinal: number; suffix?: number }>;
  /** New number named by the instrument. */
  dest?: { ordinal: number; suffix?: number };
  ordinal: number;
  suffix?: number;
  heading?: string;
  separator: string;
  paras: MPara[];
  fresh: boolean;
  /** Plain 增加一条 (no 在…前/后): joins the chapter of the article before it. */
  plainInsert: boolean;
}

export interface MHeading {
  kind: 'heading';
  type: 'part' | 'subpart' | 'chapter' | 'section';
  ordinal: number;
  originOrdinal: number;
  num: string;
  heading: string;
  /** Markdown prefix (`## `) and the text between number and heading, as written. */
  prefix: string;
  separator: string;
  /** The line as written (kept when neither number nor heading changes). */
  line: string;
  changed: boolean;
  anchor: MArticle | null;
}

export interface MVerbatim {
  kind: 'verbatim';
  text: string;
  anchor: MArticle | null;
}

export interface TextModel {
  /** Source text before the first division or article (title, 题注, LRB header), verbatim. */
  preamble: string;
  articles: MArticle[];
  blocks: Array<MHeading | MVerbatim>;
  /** Separator used by most articles (for inserted ones). */
  separator: string;
}

const inlineText = (nodes: ReadonlyArray<{ type: string }>): string =>
  nodes
    .map((n) => {
      if (n.type === 'text') return (n as unknown as { value: string }).value;
      if (n.type === 'reference') return inlineText((n as unknown as { children: Array<{ type: string }> }).children);
      return '';
    })
    .join('');

function modelItem(item: Item, index: number): MItem {
  const subitems = item.children.filter((c): c is Subitem => c.type === 'subitem');
  return {
    num: item.num,
    text: inlineText(item.children.filter((c) => c.type !== 'subitem')),
    subitems: subitems.map((s) => `${s.num}${inlineText(s.children)}`),
    origin: index + 1,
    fresh: false,
  };
}

function modelParagraph(para: Paragraph, index: number): MPara {
  const items = para.children.filter((c): c is Item => c.type === 'item');
  return {
    text: inlineText(para.children.filter((c) => c.type !== 'item')),
    items: items.map(modelItem),
    origin: index + 1,
    fresh: false,
    itemsChanged: false,
  };
}

export function modelArticle(article: Article): MArticle {
  return {
    origin: { ordinal: article.ordinal, suffix: article.suffix },
    mergedOrigins: [],
    ordinal: article.ordinal,
    suffix: article.suffix,
    heading: article.heading,
    separator: article.separator,
    paras: article.children.map(modelParagraph),
    fresh: false,
    plainInsert: false,
  };
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end < 0 ? source.length : end;
}

/** Builds the model from the reader's tree and the source it was read from. */
export function modelFromTree(tree: Root, source: string): TextModel {
  const articles: MArticle[] = [];
  const blocks: Array<MHeading | MVerbatim> = [];
  const pending: Array<MHeading | MVerbatim> = [];
  let preambleEnd: number | undefined;

  const visit = (nodes: Root['children']): void => {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      if (node.type === 'part' || node.type === 'subpart' || node.type === 'chapter' || node.type === 'section') {
        const at = start ?? 0;
        const begin = lineStart(source, at);
        preambleEnd ??= begin;
        const line = source.slice(begin, lineEnd(source, at)).replace(/\r$/, '');
        const prefix = source.slice(begin, at);
        const afterNum = line.slice(prefix.length + node.num.length);
        const separator = /^[\s\u3000]*/.exec(afterNum)![0];
        const heading: MHeading = {
          kind: 'heading',
          type: node.type,
          ordinal: node.ordinal,
          originOrdinal: node.ordinal,
          num: node.num,
          heading: node.heading,
          prefix,
          separator,
          line,
          changed: false,
          anchor: null,
        };
        blocks.push(heading);
        pending.push(heading);
        visit(node.children as Root['children']);
      } else if (node.type === 'article') {
        preambleEnd ??= lineStart(source, start ?? 0);
        const article = modelArticle(node);
        for (const block of pending) block.anchor = article;
        pending.length = 0;
        articles.push(article);
      } else if (preambleEnd !== undefined && node.position) {
        const text = source.slice(lineStart(source, node.position.start.offset!), lineEnd(source, node.position.end.offset!));
        const block: MVerbatim = { kind: 'verbatim', text: text.replace(/\r$/, ''), anchor: null };
        blocks.push(block);
        pending.push(block);
      }
    }
  };
  visit(tree.children);
  const separators = new Map<string, number>();
  for (const a of articles) separators.set(a.separator, (separators.get(a.separator) ?? 0) + 1);
  const separator = [...separators.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '\u3000';
  return {
    preamble: source.slice(0, preambleEnd ?? source.length),
    articles,
    blocks,
    separator: separator === '' ? '\u3000' : separator,
  };
}

const labelOf = (ordinal: number, suffix?: number): string => {
  return `第${formatNumeral(ordinal)}条${suffix ? `之${formatNumeral(suffix)}` : ''}`;
};

import { formatChineseNumeral as formatNumeral } from '../../numbering/chinese-numerals.js';

export function articleLines(article: MArticle): string[] {
  const lines: string[] = [];
  const head = `${labelOf(article.ordinal, article.suffix)}${article.heading ? `（${article.heading}）` : ''}${article.separator}`;
  article.paras.forEach((para, index) => {
    lines.push((index === 0 ? head : '') + stripMarks(para.text));
    for (const item of para.items) {
      lines.push(`${item.num}${stripMarks(item.text)}`);
      for (const sub of item.subitems) lines.push(stripMarks(sub));
    }
  });
  if (lines.length === 0) lines.push(head.trimEnd());
  return lines;
}

function headingLine(heading: MHeading): string {
  if (!heading.changed) return heading.line;
  return `${heading.prefix}${heading.num}${heading.separator || ' '}${heading.heading}`;
}

/** The model as regdoc Markdown in the form of the source (one paragraph per line, blank lines between). */
export function serializeModel(model: TextModel): string {
  const out: string[] = [];
  const byAnchor = new Map<MArticle | null, Array<MHeading | MVerbatim>>();
  for (const block of model.blocks) {
    const list = byAnchor.get(block.anchor) ?? [];
    list.push(block);
    byAnchor.set(block.anchor, list);
  }
  const emitBlock = (block: MHeading | MVerbatim): void => {
    out.push(block.kind === 'heading' ? headingLine(block) : block.text);
  };
  for (const article of model.articles) {
    for (const block of byAnchor.get(article) ?? []) emitBlock(block);
    out.push(...articleLines(article));
  }
  for (const block of byAnchor.get(null) ?? []) emitBlock(block);
  let preamble = model.preamble.replace(/\r\n/g, '\n');
  if (preamble && !preamble.endsWith('\n\n')) preamble = preamble.replace(/\n*$/, '\n\n');
  return preamble + out.join('\n\n') + '\n';
}
