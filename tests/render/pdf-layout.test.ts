/**
 * The PDF of a real law (行政处罚法 2021, 86 articles) measured on the PDF itself with poppler:
 * GB/T 9704 §5.2 grid (22 lines × 28 characters, 28.95 pt pitch), margins, 禁则, text fidelity, page
 * numbers (§7.5) and embedded font subsets. The 28-character count also guards the pdfmake
 * characterSpacing patch (rendering-notes §4; pdfmake pinned at 0.3.11).
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePdfLayout, lineBreakViolations, MM, type PdfLine, type PdfPage } from '../support/pdf-layout.js';
import { CORPUS, renderPdf, type RenderedPdf } from './pdf-render-helpers.js';
import type { Article, LegalNode } from '../../src/tree/types.js';

const LEFT = 28 * MM;
const TYPE_WIDTH = 156 * MM;
const CHAR_PITCH = TYPE_WIDTH / 28;

/** Width of a line in 字 from the left edge of the type area: indent and gaps by position, ASCII as half. */
function cellsOf(line: PdfLine): number {
  let cells = Math.round((line.xMin - LEFT) / CHAR_PITCH);
  line.words.forEach((word, i) => {
    if (i > 0) cells += Math.round((word.xMin - line.words[i - 1].xMax) / CHAR_PITCH);
    for (const ch of word.text) cells += ch.charCodeAt(0) < 0x2e80 && ch !== '—' && ch !== '…' ? 0.5 : 1;
  });
  return cells;
}

function textOf(node: LegalNode): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'item' || node.type === 'subitem') return node.num + (node.children as LegalNode[]).map(textOf).join('');
  if ('children' in node && Array.isArray(node.children)) return (node.children as LegalNode[]).map(textOf).join('');
  return '';
}

function articlesOf(node: LegalNode): Article[] {
  if (node.type === 'article') return [node];
  if ('children' in node && Array.isArray(node.children)) return (node.children as LegalNode[]).flatMap(articlesOf);
  return [];
}

describe('PDF of 行政处罚法 (2021)', () => {
  let rendered: RenderedPdf;
  let pages: PdfPage[];

  beforeAll(async () => {
    rendered = await renderPdf(`${CORPUS}xingzheng-chufa-fa.2021.md`);
    pages = analysePdfLayout(rendered.path);
  });

  it('holds 22 lines at a 28.95 pt pitch on every page but the first and the last', () => {
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages.slice(1, -1)) {
      // The page that ends the 目录 keeps one empty line before the text, and a page whose last line
      // would be a 章/节 heading gives it to the next page (keep with next).
      const next = pages[page.number]?.body[0];
      const headingMoved = !!next && next.xMin > LEFT + 3 * CHAR_PITCH && /^第[一二三四五六七八九十]+[章节]/.test(next.text.replace(/\s/g, ''));
      const expected = page.number === 2 || headingMoved ? [21, 22] : [22];
      expect(expected, `page ${page.number}`).toContain(page.body.length);
      for (let i = 1; i < page.body.length; i++) {
        const gap = page.body[i].y - page.body[i - 1].y;
        // An empty line counts as one more pitch.
        const pitch = gap / Math.round(gap / 28.95);
        expect(Math.abs(pitch - 28.95), `page ${page.number} line ${i + 1}`).toBeLessThan(0.1);
      }
    }
  });

  it('fills at least 90% of the lines that do not end a paragraph with 28 characters, and none with more than 29', () => {
    const counts: number[] = [];
    for (const page of pages.slice(1)) {
      page.body.forEach((line, i) => {
        const next = page.body[i + 1] ?? pages[page.number]?.body[0];
        // A line is filled when the paragraph goes on at the left edge of the next line.
        if (next && Math.abs(next.xMin - LEFT) < 1 && Math.abs(line.xMax - (LEFT + TYPE_WIDTH)) < CHAR_PITCH * 1.5) counts.push(cellsOf(line));
      });
    }
    expect(counts.length).toBeGreaterThan(200);
    const full = counts.filter((n) => n === 28).length;
    expect(full / counts.length).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...counts)).toBeLessThanOrEqual(29);
  });

  it('keeps the 28 mm left margin and the 37 mm top margin, hanging only commas and stops past the right edge', () => {
    for (const page of pages.slice(1, -1)) {
      const left = Math.min(...page.body.map((line) => line.xMin)) / MM;
      expect(Math.abs(left - 28), `page ${page.number}`).toBeLessThan(1);
      const top = Math.min(...page.body[0].words.map((w) => w.yMin)) / MM;
      expect(Math.abs(top - 37), `page ${page.number}`).toBeLessThan(1);
      for (const line of page.body) {
        // Only a comma or stop may hang past the right edge, by at most its own width.
        if (line.xMax / MM <= 210 - 26 + 0.1) continue;
        expect('，。、；：？！', `page ${page.number}: ${line.text}`).toContain(line.text.trim().slice(-1));
        expect(line.xMax / MM).toBeLessThanOrEqual(210 - 26 + 5.7);
      }
    }
  });

  it('breaks no line against the 禁则', () => {
    expect(lineBreakViolations(pages)).toEqual([]);
  });

  it('prints every article, in order, with its whole text', () => {
    const printed = pages.flatMap((p) => p.body.map((l) => l.text)).join('').replace(/\s/g, '');
    const articles = articlesOf(rendered.document.tree);
    expect(articles.length).toBe(86);
    let from = 0;
    for (const article of articles) {
      const text = `${article.num}${article.children.map((p) => textOf(p as unknown as LegalNode)).join('')}`.replace(/\s/g, '');
      const at = printed.indexOf(text, from);
      expect(at, article.num).toBeGreaterThanOrEqual(from);
      from = at + text.length;
    }
  });

  it('numbers pages “— N —” 7 mm below the type area, odd on the right and even on the left', () => {
    for (const page of pages) {
      expect(page.footer.map((l) => l.text.replace(/\s/g, ''))).toEqual([`—${page.number}—`]);
      const [footer] = page.footer;
      const top = Math.min(...footer.words.map((w) => w.yMin)) / MM;
      expect(top).toBeGreaterThan(297 - 35 + 3);
      expect(top).toBeLessThan(297 - 35 + 9);
      if (page.number % 2) expect(Math.abs(footer.xMax / MM - (184 - 14 / MM))).toBeLessThan(1.5);
      else expect(Math.abs(footer.xMin / MM - (28 + 14 / MM))).toBeLessThan(1.5);
    }
  });

  it('embeds every font as a subset', () => {
    const table = execFileSync('pdffonts', [rendered.path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(table.length).toBeGreaterThanOrEqual(3);
    for (const row of table) {
      expect(row).toMatch(/^[A-Z]{6}\+/);
      expect(row).toMatch(/\s+yes\s+yes\s+yes\s+/);
    }
  });

  it('says once per font which stand-in replaced a missing licensed font', () => {
    expect(rendered.notices.some((n) => /^字体：未找到“仿宋_GB2312”，以 Noto Serif SC 代替（排版尺寸不变）$/.test(n))).toBe(true);
    expect(new Set(rendered.notices).size).toBe(rendered.notices.length);
  });
});


describe('PDF of 民法典 (1,260 articles)', () => {
  it('renders all of it and never leaves a 编/章/节 heading alone at the foot of a page', async () => {
    const rendered = await renderPdf(`${CORPUS}minfadian.2020.md`);
    const pages = analysePdfLayout(rendered.path);
    expect(pages.length).toBeGreaterThan(200);
    const articles = articlesOf(rendered.document.tree);
    expect(articles.length).toBe(1260);
    const text = pages.flatMap((p) => p.body.map((l) => l.text)).join('').replace(/\s/g, '');
    expect(text).toContain('第一千二百六十条本法自2021年1月1日起施行。');
    // Past the 目录 (whose lines are headings too), no page ends with a heading.
    const tocEnd = pages.findIndex((p) => p.body.some((l) => l.text.replace(/\s/g, '') === '第一编总则' && l.xMin > LEFT + 3 * CHAR_PITCH));
    const endsWithHeading = pages
      .slice(tocEnd + 1)
      .filter((p) => /^(第[一二三四五六七八九十百]+[编章节]|附则)/.test(p.body[p.body.length - 1]?.text.replace(/\s/g, '') ?? '') && !/条/.test(p.body[p.body.length - 1].text.slice(0, 10)));
    expect(endsWithHeading.map((p) => p.number)).toEqual([]);
    expect(lineBreakViolations(pages)).toEqual([]);
  });
});
