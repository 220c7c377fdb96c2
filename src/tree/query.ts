/**
 * Small read-only helpers over the legal tree (types.ts), shared by check, diff and render.
 * 条 keys follow the numbering of 立法法 第六十五条 and 条之N insertions (刑法 第一百三十三条之一 → '133-1').
 */
import { visit } from 'unist-util-visit';
import type { Node, Parent } from 'unist';
import type { Article, LegalNode, LegalNodeType, Root, Title } from './types.js';

export { visit };

/** Calls `fn` for every node of the given type, in document order. */
export function visitLegal<T extends LegalNodeType>(
  tree: Node,
  type: T,
  fn: (node: Extract<LegalNode, { type: T }>, parent: Parent | undefined) => void,
): void {
  visit(tree, type, (node, _index, parent) => {
    fn(node as Extract<LegalNode, { type: T }>, parent as Parent | undefined);
  });
}

/** Every 条 of the document in order, at any depth (编/分编/章/节 or none). */
export function collectArticles(root: Root): Article[] {
  const out: Article[] = [];
  visit(root, 'article', (node) => {
    out.push(node as Article);
    return 'skip';
  });
  return out;
}

/** '133' for 第一百三十三条, '133-1' for 第一百三十三条之一; 'NaN' when the numeral was unreadable. */
export function articleKey(article: Pick<Article, 'ordinal' | 'suffix'>): string {
  return article.suffix ? `${article.ordinal}-${article.suffix}` : String(article.ordinal);
}

/**
 * Plain text of a node: its `value` (text, title, note, unknown, tocEntry …) or the concatenated
 * values of its descendants. Labels (num) and headings are NOT included — see `fullText`.
 */
export function inlineText(node: Node): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'reference') return node.value;
  if (!('children' in node) || !Array.isArray(node.children)) return '';
  let out = '';
  for (const child of node.children as Node[]) out += inlineText(child);
  return out;
}

/**
 * Everything a reader sees of a node: labels, 条标题, headings, separators and text, in document order
 * (第十条　text…, （一）text…). Used to check that the reader drops nothing.
 */
export function fullText(node: Node): string {
  const n = node as LegalNode;
  switch (n.type) {
    case 'text':
    case 'title':
    case 'note':
    case 'unknown':
    case 'tocEntry':
      return n.value;
    case 'reference':
      return n.children.map(fullText).join('');
    case 'signatures':
      return n.parties.map((p) => p.role + p.lines.join('')).join('');
    case 'part':
    case 'subpart':
    case 'chapter':
    case 'section':
      return n.num + n.heading + n.children.map(fullText).join('');
    case 'article':
      return n.num + (n.heading !== undefined ? `（${n.heading}）` : '') + n.separator + n.children.map(fullText).join('');
    case 'clause':
      return n.num + (n.heading ?? '') + n.children.map(fullText).join('');
    case 'level':
      return n.num + (n.heading ?? '') + n.children.map(fullText).join('');
    case 'toc':
      return (n.heading ?? '') + n.children.map(fullText).join('');
    case 'item':
    case 'subitem':
      return n.num + n.children.map(fullText).join('');
    default:
      return 'children' in n ? (n.children as Node[]).map(fullText).join('') : '';
  }
}

/** Depth-first walk over every node with its ancestors (root first). */
export function walk(node: Node, fn: (node: Node, ancestors: Parent[]) => void, ancestors: Parent[] = []): void {
  fn(node, ancestors);
  if ('children' in node && Array.isArray(node.children)) {
    const next = [...ancestors, node as Parent];
    for (const child of node.children as Node[]) walk(child, fn, next);
  }
}

/** The document title: front matter `title`, else the `# 标题` line; '' when there is neither. */
export function documentTitle(tree: Root): string {
  const node = tree.children.find((child): child is Title => child.type === 'title');
  return tree.meta?.title ?? node?.value ?? '';
}
