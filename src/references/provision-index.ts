/**
 * An index of the provisions a reference can point at (条、款、项、目; 立法法 第六十五条), built once per tree:
 * articles by number (duplicates kept, so that ambiguity can be reported), and stable ids for
 * `Reference.resolved`.
 */
import type { Article, Item, Paragraph, Root, Subitem } from '../tree/types.js';

export interface ArticleEntry {
  node: Article;
  /** Position in document order (0-based). */
  index: number;
  id: string;
}

export interface ProvisionIndex {
  articles: ArticleEntry[];
  byKey: Map<string, ArticleEntry[]>;
}

export const articleNumberKey = (ordinal: number, suffix?: number): string => (suffix ? `${ordinal}之${suffix}` : String(ordinal));

/** Articles in document order, wherever they sit (编、章、节 or directly under the root). */
export function collectArticles(tree: Root): Article[] {
  const out: Article[] = [];
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'article') {
      out.push(node as Article);
      return;
    }
    if (node.type === 'part' || node.type === 'subpart' || node.type === 'chapter' || node.type === 'section' || node.type === 'root') {
      for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(child);
    }
  };
  walk(tree);
  return out;
}

export function buildProvisionIndex(tree: Root): ProvisionIndex {
  const articles: ArticleEntry[] = [];
  const byKey = new Map<string, ArticleEntry[]>();
  collectArticles(tree).forEach((node, index) => {
    const key = articleNumberKey(node.ordinal, node.suffix);
    const list = byKey.get(key) ?? [];
    const id = `art-${key}${list.length ? `#${list.length + 1}` : ''}`;
    const entry = { node, index, id };
    list.push(entry);
    byKey.set(key, list);
    articles.push(entry);
  });
  return { articles, byKey };
}

export const itemsOf = (node: Paragraph | Item): Item[] => node.children.filter((c): c is Item => c.type === 'item');
export const subitemsOf = (node: Item): Subitem[] => node.children.filter((c): c is Subitem => c.type === 'subitem');

/** The items an article-level 第X项 (no 款) points into: the only 款 with items, else the first. */
export function articleItemParagraph(article: Article): number | undefined {
  const withItems = article.children.map((p, i) => (itemsOf(p).length ? i + 1 : 0)).filter(Boolean);
  if (withItems.length === 1) return withItems[0];
  if (withItems.includes(1)) return 1;
  return undefined;
}
