/**
 * The texts of an article that may contain references, each with its context (which 条/款/项 it
 * stands in) and its span in the source. Labels (第十条, （一）, 1.) and 条标题 are excluded, so a
 * label is never read as a reference to itself.
 */
import type { Article, Item, Paragraph, Subitem } from '../tree/types.js';
import type { ReferenceContext } from './resolve-target.js';
import { itemsOf, subitemsOf, type ArticleEntry, type ProvisionIndex } from './provision-index.js';
import { lineEnd, type SourceLocator } from './source-location.js';

export interface ProvisionText {
  context: ReferenceContext;
  node: Paragraph | Item | Subitem;
  /** Source offsets of the text (may include markup such as ** that the reader removed). */
  start: number;
  end: number;
}

export interface LabelSpan {
  start: number;
  end: number;
}

type Positioned = { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } };

export function nodeStart(node: Positioned, locator: SourceLocator): number | undefined {
  return node.position ? locator.toOffset(node.position.start) : undefined;
}
export function nodeEnd(node: Positioned, locator: SourceLocator): number | undefined {
  return node.position ? locator.toOffset(node.position.end) : undefined;
}

/**
 * Finds `label` (第十条, （一）, 第二章) in the source at or after the node's start, on its first line;
 * returns its span, or undefined when the source does not show it there.
 */
export function findLabel(node: Positioned, label: string, locator: SourceLocator): LabelSpan | undefined {
  const start = nodeStart(node, locator);
  if (start === undefined || label === '') return undefined;
  const stop = lineEnd(locator.source, start);
  const at = locator.source.indexOf(label, start);
  if (at === -1 || at + label.length > stop) return undefined;
  return { start: at, end: at + label.length };
}

/** End of the article's label and 条标题 in the source. */
function articleBodyStart(article: Article, locator: SourceLocator): number | undefined {
  const label = findLabel(article, article.num, locator);
  if (!label) return nodeStart(article, locator);
  let at = label.end;
  if (article.heading) {
    const close = locator.source.indexOf(article.heading, at);
    if (close !== -1 && close < lineEnd(locator.source, at)) at = close + article.heading.length + 1;
  }
  return at;
}

function ownEnd(node: Paragraph | Item, blocks: Array<Item | Subitem>, locator: SourceLocator): number | undefined {
  const first = blocks[0];
  return first ? nodeStart(first, locator) : nodeEnd(node, locator);
}

export function articleTexts(entry: ArticleEntry, locator: SourceLocator): ProvisionText[] {
  const out: ProvisionText[] = [];
  const article = entry.node;
  const bodyStart = articleBodyStart(article, locator) ?? 0;
  article.children.forEach((paragraph, p) => {
    if (paragraph.type !== 'paragraph') return;
    const context: ReferenceContext = { article: entry, paragraph: p + 1 };
    const items = itemsOf(paragraph);
    const start = Math.max(nodeStart(paragraph, locator) ?? bodyStart, bodyStart);
    const end = ownEnd(paragraph, items, locator);
    if (end !== undefined && end > start) out.push({ context, node: paragraph, start, end });
    items.forEach((item, i) => {
      const subitems = subitemsOf(item);
      const itemContext = { ...context, item: i + 1 };
      const s = nodeStart(item, locator);
      const e = ownEnd(item, subitems, locator);
      if (s !== undefined && e !== undefined && e > s) out.push({ context: itemContext, node: item, start: s, end: e });
      subitems.forEach((subitem, k) => {
        const ss = nodeStart(subitem, locator);
        const se = nodeEnd(subitem, locator);
        if (ss !== undefined && se !== undefined && se > ss) out.push({ context: { ...itemContext, subitem: k + 1 }, node: subitem, start: ss, end: se });
      });
    });
  });
  return out;
}

export function allProvisionTexts(index: ProvisionIndex, locator: SourceLocator): ProvisionText[] {
  return index.articles.flatMap((entry) => articleTexts(entry, locator));
}
