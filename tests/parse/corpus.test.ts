/**
 * The reader on every real text of ../shared/corpus: 条 counts and 编/章/节 counts as MANIFEST.md
 * gives them (the table is parsed here, not copied), and nothing of any file dropped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/index.js';
import { collectArticles, fullText, visitLegal } from '../../src/tree/query.js';
import { normaliseText, sourceBody } from './normalise-text.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');

interface ManifestRow {
  file: string;
  articles: number;
  parts?: number;
  chapters?: number;
  sections?: number;
}

/** Reads the `| file | title | version | articles | …` table of MANIFEST.md. */
function readManifest(): ManifestRow[] {
  const text = readFileSync(join(CORPUS, 'MANIFEST.md'), 'utf8');
  const rows: ManifestRow[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6 || !/\.(md|txt)$/.test(cells[1])) continue;
    const [file, , , articlesCell] = cells.slice(1);
    const head = articlesCell.split('(')[0];
    // "452 + 53 `之N`" counts both kinds of article node; "—" marks a decision (no articles).
    const numbers = head.match(/\d+/g);
    if (!numbers) continue;
    const count = (unit: string) => {
      const m = new RegExp(`(\\d+) ${unit}`).exec(articlesCell);
      return m ? Number(m[1]) : undefined;
    };
    rows.push({
      file,
      articles: numbers.reduce((sum, n) => sum + Number(n), 0),
      parts: count('编'),
      chapters: count('章'),
      sections: count('节'),
    });
  }
  return rows;
}

const manifest = readManifest();
const regulationTexts = manifest.filter((row) => !/\.decision\.md$|\.amendment-/.test(row.file));
const allFiles = readdirSync(CORPUS).filter((f) => /\.(md|txt)$/.test(f) && !/^(MANIFEST|README)\.md$/.test(f));

function parseCorpusFile(name: string) {
  const source = readFileSync(join(CORPUS, name), 'utf8');
  return { source, ...parseMarkdown(source, name) };
}

describe('the reader on the corpus', () => {
  it('finds the MANIFEST table with every regulation text of the corpus', () => {
    expect(regulationTexts.length).toBeGreaterThanOrEqual(40);
    for (const row of manifest) expect(allFiles).toContain(row.file);
  });

  for (const row of regulationTexts) {
    it(`reads ${row.file} with the article and division counts of MANIFEST.md`, () => {
      const { tree } = parseCorpusFile(row.file);
      expect(collectArticles(tree)).toHaveLength(row.articles);
      const numbered = { part: 0, chapter: 0, section: 0 };
      for (const type of ['part', 'chapter', 'section'] as const) {
        visitLegal(tree, type, (node) => {
          if (Number.isFinite(node.ordinal)) numbered[type]++;
        });
      }
      if (row.parts !== undefined) expect(numbered.part).toBe(row.parts);
      if (row.chapters !== undefined) expect(numbered.chapter).toBe(row.chapters);
      if (row.sections !== undefined) expect(numbered.section).toBe(row.sections);
      // Every article has a readable number and some text.
      for (const article of collectArticles(tree)) {
        expect(Number.isFinite(article.ordinal)).toBe(true);
        expect(article.children.length).toBeGreaterThan(0);
      }
    });
  }

  for (const name of allFiles) {
    it(`drops nothing of ${name}`, () => {
      const { source, tree } = parseCorpusFile(name);
      expect(normaliseText(fullText(tree))).toBe(normaliseText(sourceBody(source)));
    });
  }

  it('numbers the 之N articles of the Criminal Law as suffixes of their base article', () => {
    const { tree } = parseCorpusFile('xingfa.2023.md');
    const articles = collectArticles(tree);
    const withSuffix = articles.filter((a) => a.suffix !== undefined);
    expect(withSuffix).toHaveLength(53);
    const a133_1 = articles.find((a) => a.num === '第一百三十三条之一');
    expect(a133_1).toMatchObject({ ordinal: 133, suffix: 1 });
  });

  it('keeps the unnumbered 附则 of the Civil Code as a chapter beside the 编', () => {
    const { tree } = parseCorpusFile('minfadian.2020.md');
    const last = tree.children[tree.children.length - 1];
    expect(last).toMatchObject({ type: 'chapter', num: '', heading: '附则' });
    expect(Number.isNaN((last as { ordinal: number }).ordinal)).toBe(true);
    let subparts = 0;
    visitLegal(tree, 'subpart', () => subparts++);
    expect(subparts).toBe(8);
  });

  it('reads the flk export with its BOM, CRLF line ends and 目录', () => {
    const { tree, file } = parseCorpusFile('xingzheng-chufa-fa.2021.flk.txt');
    expect(tree.children[0]).toMatchObject({ type: 'title', value: '中华人民共和国行政处罚法' });
    const toc = tree.children.find((n) => n.type === 'toc');
    expect(toc).toMatchObject({ type: 'toc' });
    expect((toc as { children: unknown[] }).children).toHaveLength(12);
    expect(file.messages.filter((m) => m.fatal)).toHaveLength(0);
    const fifth = collectArticles(tree)[4];
    expect(fifth.num).toBe('第五条');
    expect(fifth.children).toHaveLength(3);
  });

  it('keeps the LawRefBook info block as notes', () => {
    const { tree } = parseCorpusFile('minfadian.2020.md');
    const notes = tree.children.filter((n) => n.type === 'note').map((n) => (n as { value: string }).value);
    expect(notes.join('')).toContain('第十三届全国人民代表大会第三次');
    expect(notes.join('')).toContain('会议通过）');
  });

  it('reads the VuePress page: HTML paragraphs, &emsp; and containers', () => {
    const { tree, file } = parseCorpusFile('jiangmen.shengtai-huanjing-chufa-cailiang.2020.md');
    const articles = collectArticles(tree);
    expect(articles[0]).toMatchObject({ num: '第一条', separator: '\u2003' });
    expect(articles[3].children[0].children.filter((c) => c.type === 'item')).toHaveLength(4);
    const unknownKeys = file.messages.filter((m) => m.ruleId === 'front-matter-unknown-key');
    expect(unknownKeys.map((m) => m.line)).toEqual([3, 4, 5, 6, 9]);
    expect(tree.children.filter((n) => n.type === 'unknown')).toHaveLength(3);
  });
});
