/**
 * `regdoc build --to pdf` output properties beyond the grid: same input → same bytes, the 印发通知 and
 * 政府令 wrappers at their GB/T 9704 positions (§7.2.4 35 mm, §10.2 20 mm, §7.4.1 版记 on the type area's
 * bottom edge), no pdfmake warnings, and rare characters outside the GB 2312 stand-in subsets still printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analysePdfLayout, MM } from '../support/pdf-layout.js';
import { CORPUS, FIXTURES, renderPdf } from './pdf-render-helpers.js';

const TYPE_TOP = 37 * MM;
const TYPE_BOTTOM = (297 - 35) * MM;

describe('PDF output', () => {
  it('gives the same bytes for the same input', async () => {
    const first = await renderPdf(`${CORPUS}guizhang-zhiding.2017.md`);
    const second = await renderPdf(`${CORPUS}guizhang-zhiding.2017.md`);
    expect(first.bytes.length).toBeGreaterThan(10_000);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    // The info dates come from the document, not from the clock.
    expect(Buffer.from(first.bytes).toString('latin1')).not.toContain(`D:${new Date().getUTCFullYear()}`);
  });

  it('prints no pdfmake warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    await renderPdf(`${FIXTURES}none.md`);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('draws the 印发通知: red organ mark 35 mm down, 发文字号, title, 署名, and the 版记 ending on the type area bottom', async () => {
    const { path } = await renderPdf(`${FIXTURES}notice.md`);
    const pages = analysePdfLayout(path);
    const first = pages[0].body.map((l) => l.text.replace(/\s/g, ''));
    expect(first[0]).toBe('××市人民政府文件');
    const markTop = Math.min(...pages[0].body[0].words.map((w) => w.yMin));
    expect(Math.abs(markTop - TYPE_TOP - 35 * MM)).toBeLessThan(1.5 * MM);
    expect(first[1]).toBe('×政发〔2009〕12号');
    expect(first.join('')).toContain('关于印发《××市行政执法协调办法》的通知');
    expect(first.join('')).toContain('2009年10月28日');
    const last = pages[pages.length - 1].body;
    const printLine = last[last.length - 1];
    expect(printLine.text.replace(/\s/g, '')).toBe('××市人民政府办公室2009年10月29日印发');
    // The last line of the 版记 sits in the last body line of the page.
    expect(TYPE_BOTTOM - printLine.y).toBeLessThan(28.95);
    expect(TYPE_BOTTOM - printLine.y).toBeGreaterThan(0);
    // The regulation starts on a new page, after the whole notice (附件说明 and 附注 included).
    const textPage = pages.findIndex((p) => p.body[0]?.text.replace(/\s/g, '') === '××市行政执法协调办法');
    expect(textPage).toBeGreaterThan(0);
    const notice = pages.slice(0, textPage).flatMap((p) => p.body.map((l) => l.text)).join('').replace(/\s/g, '');
    expect(notice).toContain('附件：1.行政执法协调申请书（式样）2.行政执法协调流程图');
    expect(notice).toContain('（此件公开发布）');
    expect(notice).not.toContain('第一条');
  });

  it('draws the 政府令: organ mark 20 mm down, 令号 under it, the text on the next page', async () => {
    const { path } = await renderPdf(`${FIXTURES}order.md`);
    const pages = analysePdfLayout(path);
    const lines = pages[0].body.map((l) => l.text.replace(/\s/g, ''));
    expect(lines[0]).toBe('××市人民政府令');
    const markTop = Math.min(...pages[0].body[0].words.map((w) => w.yMin));
    expect(Math.abs(markTop - TYPE_TOP - 20 * MM)).toBeLessThan(1.5 * MM);
    expect(lines[1]).toBe('第85号');
    expect(lines.join('')).toContain('市长张××');
    expect(pages[1].body[0].text.replace(/\s/g, '')).toBe('××市重大行政决策程序规定');
  });

  it('prints characters outside GB 2312 with the stand-in’s whole font', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regdoc-pdf-rare-'));
    const source = join(folder, 'rare.md');
    // 堃 and 喆 are common in names but not in GB 2312.
    writeFileSync(source, '# 关于表彰张堃等同志的决定\n\n第一条　授予张堃、李喆同志先进个人称号。\n');
    const { path } = await renderPdf(source);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(text).toContain('授予张堃、李喆同志先进个人称号。');
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).not.toMatch(/\bno\b/);
  });
});
