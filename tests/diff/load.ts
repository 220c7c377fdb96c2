/** Test helpers: corpus laws and small sources through THE reader (src/parse). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../src/parse/index.js';
import type { Root } from '../../src/tree/types.js';
import type { ArticleChange, Change, DiffResult } from '../../src/diff/types.js';

export const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

export const corpusText = (name: string): string => readFileSync(join(CORPUS, name), 'utf8');
export const corpusTree = (name: string): Root => parseMarkdown(corpusText(name), name).tree;
export const tree = (source: string): Root => parseMarkdown(source, 'fixture.md').tree;

export const articleChanges = (changes: Change[]): ArticleChange[] => changes.filter((c): c is ArticleChange => c.unit === 'article');

/** “第九条+第十条→第八条” style summary of article changes, for readable assertions. */
export const describe = (c: ArticleChange): string =>
  `${c.kind} ${c.old.map((r) => r.label).join('+')}→${c.new.map((r) => r.label).join('+')}`;

/** Every old and every new article appears in exactly one entry. */
export function articleCoverage(result: DiffResult): { old: number[]; new: number[] } {
  const old = new Array<number>(result.old.articles).fill(0);
  const neu = new Array<number>(result.new.articles).fill(0);
  for (const e of articleChanges(result.entries)) {
    for (const r of e.old) old[r.index]++;
    for (const r of e.new) neu[r.index]++;
  }
  return { old, new: neu };
}
