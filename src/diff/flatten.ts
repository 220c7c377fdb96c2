/**
 * Flattens a legal tree (src/tree/types.ts) into the units a comparison pairs: division headings
 * (编/分编/章/节), articles (条, with their 款 → 项 → 目) and free blocks (title, 题注, paragraphs outside
 * articles), each with its plain text, in document order.
 */
import type {
  Article,
  Division,
  Inline,
  Item,
  Paragraph,
  Root,
  Subitem,
  Block,
  Level,
  Clause,
} from '../tree/types.js';
import { normalizeWidth } from './normalize-width.js';
import { profile, type Profile } from './similarity.js';
import type { ArticleRef, DivisionRef } from './types.js';

export interface SubitemUnit {
  num: string;
  ordinal: number;
  text: string;
}

export interface ItemUnit {
  /** Width-normalised, whitespace-free text of number, text and 目 (identical keys = identical 项). */
  key: string;
  num: string;
  ordinal: number;
  text: string;
  subitems: SubitemUnit[];
  /** Number + text + 目, for pairing. */
  full: string;
}

export interface ParagraphUnit {
  /** Identity key: lead text and 项 keys, structure kept. */
  key: string;
  /** Lead text (inline text before the 项). */
  text: string;
  items: ItemUnit[];
  /** Lead + 项 lines, joined by '\n'. */
  full: string;
}

interface UnitBase {
  /** 0-based position among all units of the document. */
  order: number;
  key: string;
  profile: Profile;
}

export interface ArticleUnit extends UnitBase {
  unit: 'article';
  ref: ArticleRef;
  paras: ParagraphUnit[];
}

export interface DivisionUnit extends UnitBase {
  unit: 'division';
  ref: DivisionRef;
}

export interface BlockUnit extends UnitBase {
  unit: 'block';
  blockType: 'title' | 'note' | 'paragraph' | 'other';
  index: number;
  text: string;
}

export type DocUnit = ArticleUnit | DivisionUnit | BlockUnit;

export interface FlatDocument {
  title: string;
  units: DocUnit[];
  articles: ArticleUnit[];
  divisions: DivisionUnit[];
  blocks: BlockUnit[];
}

/** Text of inline nodes (references keep their text). */
export function inlineText(nodes: ReadonlyArray<Inline | Item | Subitem>): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'reference') out += node.children.map((c) => c.value).join('');
  }
  return out.trim();
}

/** Key used to recognise identical units: width-normalised, whitespace removed. */
export const unitKey = (text: string): string => normalizeWidth(text).replace(/\s+/gu, '');

/** Separators inside identity keys, so that identical keys mean identical structure too. */
const SUB_SEPARATOR = '\u0003';
const ITEM_SEPARATOR = '\u0002';
const PARAGRAPH_SEPARATOR = '\u0001';

/** A profile computed on first use: most units are identical to their counterpart and never need one. */
export function lazyProfile<T extends object>(target: T, text: () => string): T & { profile: Profile } {
  let cached: Profile | undefined;
  return Object.defineProperty(target, 'profile', {
    get: () => (cached ??= profile(text())),
    enumerable: false,
  }) as T & { profile: Profile };
}

function subitemUnit(node: Subitem): SubitemUnit {
  return { num: node.num, ordinal: node.ordinal, text: inlineText(node.children) };
}

function itemUnit(node: Item): ItemUnit {
  const subitems = node.children.filter((c): c is Subitem => c.type === 'subitem').map(subitemUnit);
  const text = inlineText(node.children);
  const full = [`${node.num}${text}`, ...subitems.map((s) => `${s.num}${s.text}`)].join('\n');
  const key = [`${node.num}${text}`, ...subitems.map((s) => `${s.num}${s.text}`)].map(unitKey).join(SUB_SEPARATOR);
  return { key, num: node.num, ordinal: node.ordinal, text, subitems, full };
}

export function paragraphUnit(node: Paragraph): ParagraphUnit {
  const items = node.children.filter((c): c is Item => c.type === 'item').map(itemUnit);
  const text = inlineText(node.children);
  const full = [text, ...items.map((i) => i.full)].filter((s) => s !== '').join('\n');
  const key = [unitKey(text), ...items.map((i) => i.key)].join(ITEM_SEPARATOR);
  return { key, text, items, full };
}

const DIVISION_TYPES = new Set(['part', 'subpart', 'chapter', 'section']);

export function divisionLabel(num: string, heading: string): string {
  return [num, heading].filter(Boolean).join('\u3000');
}

export function flatten(tree: Root): FlatDocument {
  const units: DocUnit[] = [];
  const articles: ArticleUnit[] = [];
  const divisions: DivisionUnit[] = [];
  const blocks: BlockUnit[] = [];
  let title = '';
  const stack: DivisionRef[] = [];

  const addBlock = (blockType: BlockUnit['blockType'], text: string): void => {
    if (!text.trim()) return;
    const unit: BlockUnit = {
      unit: 'block',
      blockType,
      index: blocks.length,
      text,
      order: units.length,
      key: `${blockType}:${unitKey(text)}`,
      profile: profile(text),
    };
    blocks.push(unit);
    units.push(unit);
  };

  const visitArticle = (node: Article): void => {
    const paras = node.children.filter((c) => c.type === 'paragraph').map(paragraphUnit);
    const ref: ArticleRef = {
      ordinal: node.ordinal,
      ...(node.suffix ? { suffix: node.suffix } : {}),
      label: node.num,
      ...(node.heading ? { heading: node.heading } : {}),
      index: articles.length,
      divisions: stack.map((d) => d),
      paragraphs: paras.map((p) => p.full),
    };
    const unit: ArticleUnit = lazyProfile(
      {
        unit: 'article' as const,
        ref,
        paras,
        order: units.length,
        key: [unitKey(node.heading ?? ''), ...paras.map((p) => p.key)].join(PARAGRAPH_SEPARATOR),
      },
      () => [node.heading ? `（${node.heading}）` : '', ...paras.map((p) => p.full)].join('\n'),
    );
    articles.push(unit);
    units.push(unit);
  };

  const visitLevel = (node: Level): void => {
    addBlock('other', [node.num, node.heading ?? ''].join(''));
    for (const child of node.children) visitBlock(child);
  };

  const visitClause = (node: Clause): void => {
    addBlock('other', [node.num, node.heading ?? ''].filter(Boolean).join(' '));
    for (const child of node.children) {
      if (child.type === 'clause') visitClause(child);
      else addBlock('paragraph', paragraphUnit(child).full);
    }
  };

  const visitBlock = (node: Block): void => {
    switch (node.type) {
      case 'title':
        if (!title) title = node.value;
        addBlock('title', node.value);
        break;
      case 'note':
        addBlock('note', node.value);
        break;
      case 'paragraph':
        addBlock('paragraph', paragraphUnit(node).full);
        break;
      case 'table':
        addBlock('other', node.children.map((row) => row.children.map((cell) => inlineText(cell.children)).join(' | ')).join('\n'));
        break;
      case 'level':
        visitLevel(node);
        break;
      case 'clause':
        visitClause(node);
        break;
      case 'unknown':
        addBlock('other', node.value);
        break;
      case 'signatures':
        addBlock('other', node.parties.map((p) => [p.role, ...p.lines].join(' ')).join('\n'));
        break;
      case 'toc':
        // A 目录 is derived from the headings, which are compared themselves.
        break;
    }
  };

  const visit = (node: Division | Article | Block): void => {
    if (node.type === 'article') return visitArticle(node);
    if (DIVISION_TYPES.has(node.type)) {
      const division = node as Division;
      const ref: DivisionRef = {
        type: division.type,
        num: division.num,
        ordinal: division.ordinal,
        heading: division.heading,
        label: divisionLabel(division.num, division.heading),
        index: divisions.length,
      };
      const unit: DivisionUnit = {
        unit: 'division',
        ref,
        order: units.length,
        key: `${division.type}:${unitKey(division.heading)}`,
        profile: profile(division.heading),
      };
      divisions.push(unit);
      units.push(unit);
      // Keep only enclosing divisions of a higher rank on the stack.
      while (stack.length && rank(stack[stack.length - 1].type) >= rank(division.type)) stack.pop();
      stack.push(ref);
      for (const child of division.children as Array<Division | Article | Block>) visit(child);
      stack.pop();
      return;
    }
    visitBlock(node as Block);
  };

  for (const child of tree.children) visit(child);
  if (!title && typeof tree.meta?.title === 'string') title = tree.meta.title;
  return { title, units, articles, divisions, blocks };
}

const RANKS = { part: 0, subpart: 1, chapter: 2, section: 3 } as const;
const rank = (type: DivisionRef['type']): number => RANKS[type];
