/**
 * The 修改对照表 (standards §4) as one self-contained HTML page (inline CSS, no scripts, no external
 * files): deletions struck through in 修改前, insertions bold + underlined in 修改后, 章/节 as spanning rows,
 * header row repeated when printed (thead), landscape A4 for printing.
 */
import type { ComparisonTableModel, TableCellModel, TableRun } from '../../diff/comparison-table.js';
import type { Theme } from '../theme.js';
import { escapeXml } from '../escape-xml.js';


function run(r: TableRun): string {
  const text = escapeXml(r.text);
  if (r.mark === 'delete') return `<del>${text}</del>`;
  if (r.mark === 'insert') return `<ins>${text}</ins>`;
  return r.label ? `<span class="label">${text}</span>` : text;
}

const cell = (c: TableCellModel): string =>
  c.paragraphs.map((p) => `<p${p.item ? ' class="item"' : ''}>${p.runs.map(run).join('')}</p>`).join('');

/** CSS font stack: the theme's font first (as installed on Windows/WPS), then free CJK fonts. */
const stack = (name: string, generic: 'serif' | 'sans-serif'): string =>
  [`"${name}"`, generic === 'serif' ? '"Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", SimSun, "Songti SC"' : '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", SimHei, "Heiti SC"', generic].join(', ');

export function comparisonTableHtml(table: ComparisonTableModel, theme: Theme): string {
  const body = stack(theme.fonts.body, 'serif');
  const heading = stack(theme.fonts.heading, 'sans-serif');
  const title = stack(theme.fonts.title, 'serif');
  const rows = table.rows
    .map((row) =>
      row.kind === 'heading'
        ? `<tr class="division"><td colspan="3">${escapeXml(row.text)}</td></tr>`
        : `<tr class="${row.change}"><td>${cell(row.old)}</td><td>${cell(row.new)}</td><td class="note">${escapeXml(row.note)}</td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(table.title)}</title>
<style>
@page { size: A4 landscape; margin: 20mm 18mm; }
body { font-family: ${body}; font-size: ${theme.sizes.tableBody + 2}pt; line-height: 1.6; color: #${theme.colors.text}; margin: 2em auto; max-width: 1400px; padding: 0 1.5em; }
h1 { font-family: ${title}; font-weight: 700; font-size: ${theme.sizes.title - 4}pt; text-align: center; margin: 0 0 .6em; }
.legend { font-size: ${theme.sizes.tableBody}pt; margin: 0 0 1em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.old, col.new { width: 42%; } col.note { width: 16%; }
th, td { border: 1px solid #000; padding: .4em .6em; vertical-align: top; text-align: justify; }
th { font-family: ${heading}; font-weight: 400; background: #f2f2f2; text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td p { margin: 0; text-indent: 2em; }
td p.item { text-indent: 2em; }
td.note { font-size: ${theme.sizes.tableBody}pt; }
td.note, tr.division td { text-indent: 0; }
tr.division td { font-family: ${heading}; text-align: center; background: #fafafa; }
.label { font-family: ${heading}; }
del { text-decoration: line-through; color: inherit; }
ins { text-decoration: underline; font-weight: 700; }
</style>
</head>
<body>
<h1>${escapeXml(table.title)}</h1>
<p class="legend">${escapeXml(table.legend)}</p>
<table>
<colgroup><col class="old"><col class="new"><col class="note"></colgroup>
<thead><tr>${table.columns.map((c) => `<th>${escapeXml(c)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
