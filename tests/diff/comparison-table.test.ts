import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/diff/align.js';
import { comparisonTable, LEGEND, type TableRowModel } from '../../src/diff/comparison-table.js';
import { comparisonTableMarkdown } from '../../src/diff/comparison-table-markdown.js';
import { buildComparisonTableDocx } from '../../src/render/docx/comparison-table.js';
import { packDocx } from '../../src/render/docx/pack.js';
import { comparisonTableHtml } from '../../src/render/html/comparison-table.js';
import { buildComparisonTablePdf } from '../../src/render/pdf/comparison-table.js';
import { gbt9704Theme } from '../../src/render/theme.js';
import { corpusTree, tree } from './load.js';

const kuaiji = () => align(corpusTree('kuaiji-fa.2017.md'), corpusTree('kuaiji-fa.2024.md'), { ignorePunctuationWidth: true });
type UnitRow = Extract<TableRowModel, { kind: 'unit' }>;
const units = (rows: TableRowModel[]) => rows.filter((r): r is UnitRow => r.kind === 'unit');
const cellText = (cell: UnitRow['old']) => cell.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');

/** Unzips one part of a DOCX with the system `unzip` (installed with LibreOffice's dependencies). */
function docxPart(bytes: Uint8Array, part: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'regdoc-diff-'));
  const file = join(folder, 'x.docx');
  writeFileSync(file, bytes);
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('修改对照表 model (standards §4)', () => {
  it('labels a merged article with its old numbers and a deleted one with （删除）, and explains each row', () => {
    const table = comparisonTable(kuaiji());
    const rows = units(table.rows);
    const merged = rows.find((r) => r.change === 'merge')!;
    expect(cellText(merged.new)).toMatch(/^第四十一条（原第四十三条、第四十四条）/);
    expect(cellText(merged.old)).toContain('第四十三条');
    expect(cellText(merged.old)).toContain('第四十四条');
    expect(merged.note).toMatch(/^合并/);
    const deleted = rows.find((r) => r.change === 'delete' && cellText(r.old).startsWith('第二十四条'))!;
    expect(cellText(deleted.new)).toBe('（删除）');
    expect(deleted.note).toBe('删除');
    expect(deleted.old.paragraphs.flatMap((p) => p.runs).filter((r) => !r.label && r.text.trim()).every((r) => r.mark === 'delete')).toBe(true);
    const inserted = rows.find((r) => r.change === 'insert')!;
    expect(cellText(inserted.old)).toBe('（新增）');
    expect(cellText(inserted.new)).toMatch(/^第四十六条/);
    expect(table.legend).toBe(LEGEND);
    expect(table.title).toBe('《中华人民共和国会计法》修改对照表');
  });

  it('labels a renumbered, modified article 第二十四条（原第二十六条）, marks deletions in the old column and insertions in the new one', () => {
    const rows = units(comparisonTable(kuaiji()).rows);
    const row = rows.find((r) => cellText(r.new).startsWith('第二十四条（原第二十六条）'))!;
    expect(row.old.paragraphs[0].runs).toContainEqual({ text: '公司、企业', mark: 'delete' });
    expect(row.new.paragraphs[0].runs).toContainEqual({ text: '各单位', mark: 'insert' });
    // Neither column shows the other column's changes.
    expect(cellText(row.old)).not.toContain('各单位进行');
    expect(cellText(row.new)).not.toContain('公司、企业进行');
  });

  it('leaves unchanged articles out, and shows them all (with every heading) with --all', () => {
    const result = kuaiji();
    const changedArticles = result.changes.filter((c) => c.unit === 'article').length;
    expect(units(comparisonTable(result).rows).filter((r) => cellText(r.old).startsWith('第') || cellText(r.new).startsWith('第'))).toHaveLength(
      changedArticles + result.changes.filter((c) => c.unit === 'division').length,
    );
    const all = comparisonTable(result, { all: true });
    const articleRows = units(all.rows).filter((r) => /^第[^章]+条/.test(cellText(r.new)) || /^第[^章]+条/.test(cellText(r.old)));
    expect(articleRows.length).toBe(result.entries.filter((e) => e.unit === 'article').length);
    expect(all.rows.filter((r) => r.kind === 'heading').map((r) => (r as { text: string }).text)).toContain('第六章　附则');
  });

  it('shows a chapter heading as a spanning row only above a changed article', () => {
    const before = tree('# 办法\n\n## 第一章　总则\n\n第一条　甲。\n\n## 第二章　管理\n\n第二条　乙方面的规定。\n');
    const after = tree('# 办法\n\n## 第一章　总则\n\n第一条　甲。\n\n## 第二章　管理\n\n第二条　乙方面的新规定。\n');
    const table = comparisonTable(align(before, after));
    expect(table.rows.map((r) => r.kind)).toEqual(['heading', 'unit']);
    expect(table.rows[0]).toEqual({ kind: 'heading', text: '第二章　管理' });
  });

  it('writes Markdown with ~~struck~~ deletions and bold underlined insertions', () => {
    const md = comparisonTableMarkdown(comparisonTable(kuaiji()));
    expect(md).toContain('| 修改前 | 修改后 | 修改说明 |');
    expect(md).toContain('~~公司、企业~~');
    expect(md).toContain('**<u>各单位</u>**');
    expect(md.split('\n')[2]).toBe(LEGEND);
  });

  it('writes one self-contained HTML page (inline CSS, no external resources, no script)', () => {
    const html = comparisonTableHtml(comparisonTable(kuaiji()), gbt9704Theme);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|href=/);
    expect(html).toContain('<del>公司、企业</del>');
    expect(html).toContain('<ins>各单位</ins>');
    expect(html).toContain('<thead>');
    expect(html).toContain('colspan="3"');
  });

  it('builds a landscape A4 DOCX whose bordered table repeats its header row and strikes/underlines the changes', async () => {
    const table = comparisonTable(kuaiji());
    const bytes = await packDocx(buildComparisonTableDocx(table, gbt9704Theme), table.title, '2012-07-01');
    const xml = docxPart(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:strike/>');
    expect(xml).toMatch(/<w:u w:val="single"\/>/);
    expect(xml).toContain('<w:tblBorders>');
    expect(xml).toContain('w:gridSpan w:val="3"');
    expect(xml).toContain('仿宋_GB2312');
    // Same input, same bytes.
    const again = await packDocx(buildComparisonTableDocx(table, gbt9704Theme), table.title, '2012-07-01');
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('builds a pdfmake definition in landscape with the header row repeated', () => {
    const definition = buildComparisonTablePdf(comparisonTable(kuaiji()), { theme: gbt9704Theme });
    expect(definition.pageOrientation).toBe('landscape');
    const content = definition.content as Array<{ table?: { headerRows: number; body: unknown[][] } }>;
    const tableNode = content.find((c) => c.table)!;
    expect(tableNode.table!.headerRows).toBe(1);
    expect(tableNode.table!.body[0]).toHaveLength(3);
    expect(JSON.stringify(tableNode)).toContain('"decoration":"lineThrough"');
  });
});
