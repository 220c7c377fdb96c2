/**
 * Contract signature block in DOCX (standards §5.3; 民法典 第四百九十条): a borderless table of two
 * equal columns, one party per column, left-aligned in 小四 (theme.sizes.tableBody); the role line in
 * 黑体, then an empty line that leaves room for the seal. Rows do not split across pages and every
 * paragraph keeps with the next, so the whole block stays on one page.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Signatures } from '../../tree/types.js';
import { PARTIES_PER_ROW, signatureRows } from '../../contract/signature-layout.js';
import { textRuns } from './inline.js';
import type { DocxState } from './state.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export function renderSignatures(node: Signatures, state: DocxState): Array<Paragraph | Table> {
  const size = state.theme.sizes.tableBody;
  const width = Math.round(state.metrics.typeAreaWidthPt * 20);
  const gapTwips = Math.round(state.metrics.charPitchPt * 20);
  const columnWidth = Math.floor(width / PARTIES_PER_ROW);
  // One character of slack: a blank (underlined spaces) must not wrap at the column edge.
  const columnChars = Math.floor((columnWidth - gapTwips) / 20 / size) - 1;
  const line = (text: string, role: 'heading' | 'body') =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      keepNext: true,
      keepLines: true,
      children: textRuns(state, text, { role, size, characterSpacing: 0 }),
    });
  const rows = signatureRows(node, columnChars).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: Array.from({ length: PARTIES_PER_ROW }, (_, i) => {
          const party = row[i];
          const children = party
            ? [...party.role.map((text) => line(text, 'heading')), line('', 'body'), ...party.lines.map((text) => line(text, 'body'))]
            : [new Paragraph({ children: [] })];
          return new TableCell({
            width: { size: columnWidth, type: WidthType.DXA },
            margins: { right: gapTwips },
            borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
            children,
          });
        }),
      }),
  );
  return [
    new Paragraph({ children: [], keepNext: true }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: Array.from({ length: PARTIES_PER_ROW }, () => columnWidth),
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      rows,
    }),
  ];
}
