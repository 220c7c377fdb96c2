/**
 * GB/T 9704 layout of regdoc's DOCX as an independent renderer (LibreOffice) sets it: the DOCX is converted
 * to PDF with `soffice --headless` and measured with poppler (`pdftotext -bbox`, `pdftoppm`).
 * Fonts: tests/support/fontconfig/fonts.conf maps the 公文 font names to installed stand-ins.
 * Skipped only when LibreOffice (soffice) is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/parse/parse-document.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { themeMetrics, gbt9704Theme } from '../../src/render/theme.js';
import { widthInChars } from '../../src/render/wrapper-model.js';
import type { Article, Inline, Item, LegalNode, Paragraph, Root } from '../../src/tree/types.js';
import { analysePdfLayout, bodyText, lineBreakViolations, linePitch, MM, type PdfLine, type PdfPage } from '../support/pdf-layout.js';
import { CORPUS, fixtureTree, parseFile } from './docx-support.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const FONTS_CONF = fileURLToPath(new URL('../support/fontconfig/fonts.conf', import.meta.url));
const metrics = themeMetrics(gbt9704Theme);
const { margins } = gbt9704Theme;
const LEFT = margins.leftMm * MM;
const RIGHT = (gbt9704Theme.page.widthMm - margins.rightMm) * MM;
const TYPE_BOTTOM_MM = gbt9704Theme.page.heightMm - margins.bottomMm;
/** Advance of one body character: 16 pt with Normal's −0.3 pt tracking. */
const CHAR = gbt9704Theme.sizes.body - 0.3;

/** The 2009 plan from content/: a five-column table that runs over a page break. */
function planTree(): Root {
  const path = fileURLToPath(new URL('../../content/xingzheng-guifanxing-wenjian-zhiding-jihua.md', import.meta.url));
  return parseDocument(new VFile({ path, value: readFileSync(path, 'utf8').replaceAll('{{city}}', '乐清市') }));
}

let work = '';
let law: Root;
let lawPages: PdfPage[] = [];
const pdfOf = (name: string) => join(work, `${name}.pdf`);

beforeAll(async () => {
  if (!hasSoffice) return;
  work = mkdtempSync(join(tmpdir(), 'regdoc-docx-layout-'));
  law = parseFile(`${CORPUS}xingzheng-chufa-fa.2021.md`);
  const docs: Array<[string, Root]> = [
    ['law', law],
    ['notice', fixtureTree('notice')],
    ['order', fixtureTree('order')],
    ['plan', planTree()],
  ];
  for (const [name, tree] of docs) writeFileSync(join(work, `${name}.docx`), await renderDocx(tree));
  // One LibreOffice start for all three files (it costs ~7 s); a private profile keeps runs independent.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docs.map(([n]) => join(work, `${n}.docx`))],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, stdio: 'pipe', timeout: 110_000 },
  );
  lawPages = analysePdfLayout(pdfOf('law'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Characters a line occupies on the 28-字 grid: its indent, its glyphs (ASCII half), and wide gaps (U+3000). */
function gridChars(line: PdfLine): number {
  let count = Math.round((line.xMin - LEFT) / CHAR);
  line.words.forEach((word, i) => {
    count += widthInChars(word.text);
    if (i > 0) {
      const gap = word.xMin - line.words[i - 1].xMax;
      if (gap > CHAR / 2) count += Math.round(gap / CHAR);
    }
  });
  return count;
}

const inlineText = (nodes: ReadonlyArray<Inline | LegalNode>): string =>
  nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'reference') return inlineText(node.children);
      if (node.type === 'item' || node.type === 'subitem') return (node as Item).num + inlineText((node as Item).children);
      return '';
    })
    .join('');

function articleTexts(tree: Root): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly LegalNode[]) => {
    for (const node of nodes) {
      if (node.type === 'article') {
        const article = node as Article;
        const text = article.num + article.children.map((p: Paragraph) => inlineText(p.children)).join('');
        out.push(text.replace(/\s/g, ''));
      } else if ('children' in node && Array.isArray(node.children)) walk(node.children as LegalNode[]);
    }
  };
  walk(tree.children as LegalNode[]);
  return out;
}

/** Rows (in mm from the page top) where a PPM page image has ink matching `test`, grouped into runs. */
function inkRuns(pdf: string, page: number, test: (r: number, g: number, b: number) => boolean): Array<[number, number]> {
  const dpi = 254; // 10 pixels per mm
  const base = join(work, `ink-${page}-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  const data = readFileSync(`${base}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = data.subarray(header[0].length);
  const runs: Array<[number, number]> = [];
  for (let y = 0; y < height; y++) {
    let hit = false;
    for (let x = 0; x < width && !hit; x++) {
      const i = (y * width + x) * 3;
      hit = test(pixels[i], pixels[i + 1], pixels[i + 2]);
    }
    if (!hit) continue;
    const last = runs.at(-1);
    if (last && y / 10 - last[1] <= 0.15) last[1] = y / 10;
    else runs.push([y / 10, y / 10]);
  }
  return runs;
}
const isRed = (r: number, g: number, b: number) => r > 180 && g < 110 && b < 110;
const isDark = (r: number, g: number, b: number) => r < 100 && g < 100 && b < 100;

describe.skipIf(!hasSoffice)('DOCX layout in LibreOffice (GB/T 9704 §5.2, §7.5) — skipped when soffice is not installed', () => {
  it('holds 22 lines at a 28.95 pt pitch on every page but the first and last', () => {
    const inner = lawPages.slice(1, -1);
    expect(inner.length).toBeGreaterThan(10);
    const top = margins.topMm * MM;
    let fullPages = 0;
    for (const page of inner) {
      expect(linePitch(page), `第 ${page.number} 页行距`).toBeCloseTo(metrics.linePitchPt, 0);
      // Every line sits in one of the 22 grid slots (an empty line keeps its slot but shows no text).
      const slots = page.body.map((line) => (line.y - top) / metrics.linePitchPt - 0.5);
      for (const slot of slots) {
        expect(Math.abs(slot - Math.round(slot)), `第 ${page.number} 页网格`).toBeLessThan(0.25);
        expect(Math.round(slot)).toBeGreaterThanOrEqual(0);
      }
      // The page is used to its last (22nd) slot: widow/orphan control never shortens a page.
      expect(Math.round(slots.at(-1)!), `第 ${page.number} 页末行`).toBe(gbt9704Theme.grid.linesPerPage - 1);
      if (page.body.length === gbt9704Theme.grid.linesPerPage) fullPages++;
    }
    expect(fullPages).toBeGreaterThanOrEqual(inner.length - 2);
  });

  it('fills full lines with exactly 28 characters (a hanging punctuation mark may stand in the margin)', () => {
    let filled = 0;
    for (const page of lawPages.slice(1, -1)) {
      for (const line of page.body) {
        if (line.xMax < RIGHT - 3) continue; // a paragraph's last line or a centred heading
        filled++;
        const hangs = line.xMax > RIGHT + 2;
        expect(gridChars(line) - (hangs ? 1 : 0), `第 ${page.number} 页：${line.text}`).toBe(gbt9704Theme.grid.charsPerLine);
      }
    }
    expect(filled).toBeGreaterThan(150);
  });

  it('starts the text block 28 mm from the left and 37 mm from the top', () => {
    for (const page of lawPages.slice(1, -1)) {
      expect(Math.min(...page.body.map((l) => l.xMin)) / MM).toBeCloseTo(margins.leftMm, 0);
      const top = Math.min(...page.body[0].words.map((w) => w.yMin)) / MM;
      // The first line box starts at 37 mm; its glyphs begin a little below.
      expect(top).toBeGreaterThanOrEqual(margins.topMm);
      expect(top).toBeLessThan(margins.topMm + 4);
    }
  });

  it('puts “— N —” about 7 mm under the type area, right on odd pages and left on even pages, one 字 in', () => {
    const oneChar = gbt9704Theme.sizes.pageNumber;
    for (const page of lawPages) {
      expect(page.footer, `第 ${page.number} 页页码`).toHaveLength(1);
      const [footer] = page.footer;
      expect(footer.text.replace(/\s/g, '')).toBe(`—${page.number}—`);
      const below = footer.y / MM - TYPE_BOTTOM_MM;
      expect(below).toBeGreaterThan(gbt9704Theme.pageNumberGapMm - 1.5);
      expect(below).toBeLessThan(gbt9704Theme.pageNumberGapMm + 1.5);
      if (page.number % 2 === 1) expect(Math.abs(footer.xMax - (RIGHT - oneChar)) / MM).toBeLessThan(1);
      else expect(Math.abs(footer.xMin - (LEFT + oneChar)) / MM).toBeLessThan(1);
    }
  });

  it('shows every article’s text, in order, with no character (such as hanging punctuation) lost', () => {
    const text = bodyText(lawPages);
    const articles = articleTexts(law);
    expect(articles).toHaveLength(86);
    let from = 0;
    for (const article of articles) {
      const at = text.indexOf(article, from);
      expect(at, `缺失或残缺：${article.slice(0, 30)}…`).toBeGreaterThanOrEqual(0);
      from = at + article.length;
    }
  });

  it('breaks no line before a closing or after an opening punctuation mark', () => {
    expect(lineBreakViolations(lawPages)).toEqual([]);
  });

  it('places the red 发文机关标志 35 mm under the type area’s top and the red rule 4 mm under the 发文字号', () => {
    const red = inkRuns(pdfOf('notice'), 1, isRed);
    const [mark, rule] = [red[0], red.at(-1)!];
    expect(mark[0] - margins.topMm).toBeCloseTo(gbt9704Theme.organMarkOffsetMm.notice, 0);
    const dark = inkRuns(pdfOf('notice'), 1, isDark).filter(([top, bottom]) => top > mark[1] && bottom < rule[0]);
    expect(dark.length).toBeGreaterThan(0);
    expect(rule[0] - dark.at(-1)![1]).toBeGreaterThan(gbt9704Theme.redRule.gapMm - 0.7);
    expect(rule[0] - dark.at(-1)![1]).toBeLessThan(gbt9704Theme.redRule.gapMm + 0.7);
  });

  it('keeps the whole notice, down to 成文日期 and 附注, on its first page (§7.3.5.5 调整行距)', () => {
    const [first, second] = analysePdfLayout(pdfOf('notice'));
    const text = bodyText([first]);
    expect(text).toContain('附件：1.行政执法协调申请书（式样）');
    expect(text).toMatch(/××市人民政府2009年10月28日（此件公开发布）$/);
    expect(bodyText([second]).startsWith('××市行政执法协调办法')).toBe(true);
  });

  it('places the red “…令” mark 20 mm under the type area’s top in the 命令格式', () => {
    const [mark] = inkRuns(pdfOf('order'), 1, isRed);
    expect(mark[0] - margins.topMm).toBeCloseTo(gbt9704Theme.organMarkOffsetMm.order, 0);
  });

  it('ends the 版记 on the last page with its last rule on the type area’s bottom edge', () => {
    const pages = analysePdfLayout(pdfOf('notice'));
    const last = pages.at(-1)!;
    expect(bodyText([last])).toContain('抄送：');
    expect(bodyText([last])).toMatch(/印发$/);
    const ink = inkRuns(pdfOf('notice'), last.number, isDark).filter(([top]) => top < TYPE_BOTTOM_MM + 2);
    expect(Math.abs(ink.at(-1)![1] - TYPE_BOTTOM_MM)).toBeLessThan(1.5);
  });
  it('sets table rows in 小四 at single spacing, well under the 28.95 pt body grid', () => {
    const lines = analysePdfLayout(pdfOf('order')).flatMap((page) => page.body);
    const row1 = lines.find((line) => line.text.startsWith('公开征求意见'))!;
    const row2 = lines.find((line) => line.text.startsWith('听证'))!;
    const pitch = row2.y - row1.y;
    expect(pitch).toBeGreaterThan(gbt9704Theme.sizes.tableBody);
    expect(pitch).toBeLessThan(metrics.linePitchPt * 0.8);
    // 小四 glyphs: table text is 12/16 the height of the 3号 body text.
    const height = (line: PdfLine) => Math.max(...line.words.map((word) => word.yMax - word.yMin));
    const body = lines.find((line) => line.text.startsWith('第一条'))!;
    expect(height(row1) / height(body)).toBeCloseTo(gbt9704Theme.sizes.tableBody / gbt9704Theme.sizes.body, 1);
  });

  it('repeats the table’s header row at the top of the page the table continues on, and wraps no short cell', () => {
    const pages = analysePdfLayout(pdfOf('plan'));
    const header = (line: PdfLine) => line.text.replace(/\s/g, '') === '序号文件名称起草单位报送审核时间备注';
    const withHeader = pages.filter((page) => page.body.some(header));
    expect(withHeader.length).toBe(2);
    // On the continuation page the header is the first line of the type area.
    expect(header(withHeader[1].body[0])).toBe(true);
    // Dates such as “2009年10月” stay on one line in their column.
    const lines = pages.flatMap((page) => page.body.map((line) => line.text.replace(/\s/g, '')));
    for (const month of ['2009年10月', '2009年11月']) expect(lines.some((line) => line.includes(month))).toBe(true);
  });
});
