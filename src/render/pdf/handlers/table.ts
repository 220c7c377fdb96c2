/**
 * GFM tables: bordered, the header row in 黑体 and repeated on each page, cells in 小四 仿宋
 * (theme.sizes.tableBody) wrapping inside their columns. Tables leave the 22-line grid, as in Word.
 */
import type { Content, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import type { Table } from '../../../tree/types.js';
import { textStyle, type PdfContext } from '../context.js';
import { inlineContent } from '../inline.js';

export function renderTable(node: Table, ctx: PdfContext): Content[] {
  const size = ctx.theme.sizes.tableBody;
  const pitch = size * 1.5;
  const columns = Math.max(1, ...node.children.map((row) => row.children.length));
  const body: PdfCell[][] = node.children.map((row, rowIndex) =>
    Array.from({ length: columns }, (_, column) => {
      const cell = row.children[column];
      const style = textStyle(ctx, rowIndex === 0 ? 'heading' : 'body', size, pitch);
      return {
        text: inlineContent(cell?.children ?? [], style),
        ...style,
        alignment: rowIndex === 0 ? 'center' : (node.align[column] ?? 'left'),
      } as PdfCell;
    }),
  );
  const border = 0.5;
  return [
    {
      table: { headerRows: node.children.length > 1 ? 1 : 0, widths: Array(columns).fill('*'), body },
      layout: { hLineWidth: () => border, vLineWidth: () => border, paddingTop: () => 2, paddingBottom: () => 2 },
      margin: [0, ctx.metrics.linePitchPt / 4, 0, ctx.metrics.linePitchPt / 4],
    },
  ];
}
