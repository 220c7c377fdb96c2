/**
 * The 修改对照表 (standards §4) as a GFM table: deletions ~~struck~~, insertions **<u>bold + underlined</u>**
 * (GFM has no underline, so inline HTML is used), 款 separated by <br>.
 */
import type { ComparisonTableModel, TableCellModel, TableRun } from './comparison-table.js';

const escapeCell = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_~`<>[\]])/g, '\\$1');

function run(r: TableRun): string {
  const text = escapeCell(r.text);
  if (!text.trim()) return text;
  if (r.mark === 'delete') return `~~${text}~~`;
  if (r.mark === 'insert') return `**<u>${text}</u>**`;
  return r.label ? `**${text}**` : text;
}

const cell = (c: TableCellModel): string => c.paragraphs.map((p) => p.runs.map(run).join('')).join('<br>');

export function comparisonTableMarkdown(table: ComparisonTableModel): string {
  const lines = [`# ${table.title}`, '', table.legend, '', `| ${table.columns.join(' | ')} |`, '| --- | --- | --- |'];
  for (const row of table.rows) {
    if (row.kind === 'heading') lines.push(`| **${escapeCell(row.text)}** | | |`);
    else lines.push(`| ${cell(row.old)} | ${cell(row.new)} | ${escapeCell(row.note)} |`);
  }
  return lines.join('\n') + '\n';
}
