/**
 * Everything a rule needs, computed once per document: the source and a locator for narrow places,
 * the articles and divisions in order, the lists of 项/目, the 公文 levels, and (lazily) the resolved
 * cross-references. Rules read these lists instead of walking the tree again.
 */
import type { VFile } from 'vfile';
import type {
  Article, Chapter, Item, Level, Note, Paragraph, Part, Root, Section, Subitem, Subpart, Title, Toc, Inline,
} from '../tree/types.js';
import { buildProvisionIndex, itemsOf, subitemsOf, type ProvisionIndex } from '../references/provision-index.js';
import { collectReferences, type DocumentReferences } from '../references/collect-references.js';
import { createLocator, lineEnd, type SourceLocator } from '../references/source-location.js';
import { findLabel, nodeEnd, nodeStart } from '../references/provision-texts.js';
import type { DisableMap } from './disable-comments.js';
import type { Severity } from './rule.js';

type Positioned = { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } };

/** A span in the source (offsets) or a node (its whole position). */
export type Place = { start: number; end: number } | Positioned;

export interface ReportExtra {
  actual?: string;
  expected?: string;
  /** Report at most this severity (a rule whose lesser findings are warnings, e.g. clause-reference captions). */
  maxSeverity?: 'warning' | 'info';
}

/** A list of 项 that belong together (one 款 or one free paragraph). */
export interface ItemList {
  container: Paragraph;
  article?: Article;
  items: Item[];
}
export interface SubitemList {
  container: Item;
  article?: Article;
  subitems: Subitem[];
}

export type DivisionNode = Part | Subpart | Chapter | Section;

export interface DivisionEntry {
  node: DivisionNode;
  /** Enclosing 编 / 章 (sections restart per chapter, subparts per part). */
  parent?: DivisionNode;
}

export interface LevelEntry {
  node: Level;
  parent?: Level;
}

export interface CheckContext {
  tree: Root;
  file: VFile;
  source: string;
  locator: SourceLocator;
  index: ProvisionIndex;
  articles: Article[];
  divisions: DivisionEntry[];
  itemLists: ItemList[];
  subitemLists: SubitemList[];
  levels: LevelEntry[];
  /** Top-level level lists (under root or a paragraph-free container) keyed by parent. */
  title?: Title;
  notes: Note[];
  tocs: Toc[];
  /** Genre word of the document (办法, 条例, 法 …): front matter doctype or the title's ending. */
  genre?: string;
  /** Rule options (preset defaults merged with the user's). */
  options: Record<string, unknown>;
  /** Resolved references (computed on first use). */
  references(): DocumentReferences;
  report(reason: string, place: Place | undefined, extra?: ReportExtra): void;
  /** Span of a label (第十条, （一）, 第二章) at the start of a node, else the node's first line. */
  labelPlace(node: Positioned, label: string): Place | undefined;
  /** Plain text of a node's inline children. */
  inlineText(node: { children: unknown[] }): string;
  /** The block just before `node` among its parent's children (undefined for a first child). */
  previousBlock(node: object): { type: string; children?: unknown[] } | undefined;
  /** Source span of a 款/项/目's own text (without its sub-blocks), trimmed. */
  ownTextSpan(node: Paragraph | Item | Subitem): { start: number; end: number } | undefined;
  /** Each 款 of each 条 with its own text as written and the offset where that text starts. */
  articleParagraphTexts(): Array<{ article: Article; paragraph: Paragraph; text: string; start: number }>;
}

export interface Reporter {
  ruleId: string;
  severity: Severity;
  disable: DisableMap;
}

const GENRE_ENDINGS = [
  '实施细则', '实施办法', '暂行规定', '暂行办法', '暂行条例', '条例', '规定', '办法', '细则', '规则', '决定', '意见',
  '通知', '规范', '标准', '制度', '章程', '准则', '纲要', '方案', '计划', '法典', '法',
];

/** Genre word a title ends with (×市停车管理办法 → 办法; 民法典 → 法典). */
export function titleGenre(title: string): string | undefined {
  const clean = title.replace(/[（(][^（）()]*[）)]$/, '').replace(/\s+/g, '');
  return GENRE_ENDINGS.find((ending) => clean.endsWith(ending));
}

export function inlineText(node: { children: unknown[] }): string {
  let out = '';
  for (const child of node.children as Array<{ type: string; value?: string; children?: unknown[] }>) {
    if (child.type === 'text') out += child.value ?? '';
    else if (child.type === 'reference') out += child.value ?? '';
  }
  return out;
}

export function createContext(tree: Root, file: VFile, options: { source?: string } = {}): Omit<CheckContext, 'report' | 'options'> {
  const source = options.source ?? String(file.value ?? '');
  const locator = createLocator(source);
  const index = buildProvisionIndex(tree);
  const divisions: DivisionEntry[] = [];
  const itemLists: ItemList[] = [];
  const subitemLists: SubitemList[] = [];
  const levels: LevelEntry[] = [];
  const notes: Note[] = [];
  const tocs: Toc[] = [];
  let title: Title | undefined;

  const previousSibling = new Map<object, { type: string; children?: unknown[] }>();
  const visitParagraph = (paragraph: Paragraph, article?: Article): void => {
    const items = itemsOf(paragraph);
    if (items.length === 0) return;
    itemLists.push({ container: paragraph, article, items });
    for (const item of items) {
      const subitems = subitemsOf(item);
      if (subitems.length) subitemLists.push({ container: item, article, subitems });
    }
  };
  const walk = (node: { type: string; children?: unknown[] }, division?: DivisionNode, chapter?: DivisionNode, part?: DivisionNode, level?: Level): void => {
    if (node.type !== 'article' && Array.isArray(node.children)) {
      const children = node.children as Array<{ type: string; children?: unknown[] }>;
      for (let i = 1; i < children.length; i++) if (children[i].type === 'level') previousSibling.set(children[i], children[i - 1]);
    }
    switch (node.type) {
      case 'part':
        divisions.push({ node: node as Part });
        for (const c of (node as Part).children) walk(c, node as Part, chapter, node as Part);
        return;
      case 'subpart':
        divisions.push({ node: node as Subpart, parent: part });
        for (const c of (node as Subpart).children) walk(c, node as Subpart, chapter, part);
        return;
      case 'chapter':
        divisions.push({ node: node as Chapter, parent: part });
        for (const c of (node as Chapter).children) walk(c, node as Chapter, node as Chapter, part);
        return;
      case 'section':
        divisions.push({ node: node as Section, parent: chapter });
        for (const c of (node as Section).children) walk(c, node as Section, chapter, part);
        return;
      case 'article':
        for (const p of (node as Article).children) if (p.type === 'paragraph') visitParagraph(p, node as Article);
        return;
      case 'paragraph':
        visitParagraph(node as Paragraph);
        return;
      case 'level':
        levels.push({ node: node as Level, parent: level });
        for (const c of (node as Level).children) walk(c, division, chapter, part, node as Level);
        return;
      case 'title':
        title ??= node as Title;
        return;
      case 'note':
        notes.push(node as Note);
        return;
      case 'toc':
        tocs.push(node as Toc);
        return;
      case 'root':
        for (const c of (node as Root).children) walk(c);
        return;
      default:
        return;
    }
  };
  walk(tree);

  const metaTitle = tree.meta?.title ?? title?.value;
  const doctype = tree.meta?.doctype;
  const genre = doctype ?? (metaTitle ? titleGenre(metaTitle) : undefined);

  let referencesCache: DocumentReferences | undefined;
  const ownTextSpan = (node: Paragraph | Item | Subitem): { start: number; end: number } | undefined => {
    let start = nodeStart(node as Positioned, locator);
    const blocks = (node.children as Array<Inline | Item | Subitem>).filter((c) => c.type === 'item' || c.type === 'subitem');
    let end = blocks[0] ? nodeStart(blocks[0] as Positioned, locator) : nodeEnd(node as Positioned, locator);
    if (start === undefined || end === undefined) return undefined;
    // Trim whitespace, HTML tags and emphasis markup at the end so the place is the last real character.
    const tail = /(?:\s|<[^<>]*>|&[a-z]+;|\*|_)+$/;
    const slice = source.slice(start, end);
    const trimmed = slice.replace(tail, '');
    end = start + trimmed.length;
    const lead = /^(?:\s|<[^<>]*>|&[a-z]+;)+/.exec(trimmed);
    if (lead) start += lead[0].length;
    return end > start ? { start, end } : undefined;
  };
  return {
    tree,
    file,
    source,
    locator,
    index,
    articles: index.articles.map((a) => a.node),
    divisions,
    itemLists,
    subitemLists,
    levels,
    title,
    notes,
    tocs,
    genre,
    references() {
      referencesCache ??= collectReferences(tree, source, index, locator);
      return referencesCache;
    },
    labelPlace(node, label) {
      const span = findLabel(node, label, locator);
      if (span) return span;
      const start = nodeStart(node, locator);
      return start === undefined ? node : { start, end: lineEnd(source, start) };
    },
    inlineText,
    ownTextSpan,
    articleParagraphTexts() {
      return index.articles.flatMap((entry) =>
        entry.node.children.flatMap((paragraph) => {
          const span = ownTextSpan(paragraph);
          return span ? [{ article: entry.node, paragraph, text: source.slice(span.start, span.end), start: span.start }] : [];
        }),
      );
    },
    previousBlock: (node) => previousSibling.get(node),
  };
}
