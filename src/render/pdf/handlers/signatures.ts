/**
 * Contract signature block (standards §5.3; 民法典 第四百九十条: a 合同书 is formed when the parties
 * sign and seal): parties in two equal columns, left-aligned in 小四 (theme.sizes.tableBody), the role
 * line in 黑体 followed by an empty line that leaves room for the seal; the block is never split
 * across pages, so no party signs on a page of its own.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Signatures } from '../../../tree/types.js';
import { signatureRows, PARTIES_PER_ROW } from '../../../contract/signature-layout.js';
import { textStyle, type PdfContext } from '../context.js';
import { textInlines } from '../inline.js';

export function renderSignatures(node: Signatures, ctx: PdfContext): Content[] {
  const size = ctx.theme.sizes.tableBody;
  const pitch = ctx.metrics.linePitchPt * 0.75;
  const body = { ...textStyle(ctx, 'body', size, pitch), characterSpacing: 0 };
  const heading = { ...textStyle(ctx, 'heading', size, pitch), characterSpacing: 0 };
  const gap = ctx.metrics.charPitchPt * 2;
  const columnWidth = (ctx.metrics.typeAreaWidthPt - gap * (PARTIES_PER_ROW - 1)) / PARTIES_PER_ROW;
  // One character of slack: a blank (underlined spaces) must not wrap at the column edge.
  const columnChars = Math.floor(columnWidth / size) - 1;
  const rows = signatureRows(node, columnChars).map((row) => ({
    columns: Array.from({ length: PARTIES_PER_ROW }, (_, i) => {
      const party = row[i];
      if (!party) return { width: '*', text: '' };
      return {
        width: '*',
        stack: [
          ...party.role.map((line) => ({ text: textInlines(line), ...heading, alignment: 'left' })),
          { text: ' ', ...body },
          ...party.lines.map((line) => ({ text: textInlines(line), ...body, alignment: 'left' })),
        ],
      };
    }),
    columnGap: gap,
    margin: [0, ctx.metrics.linePitchPt, 0, 0],
  }));
  return [{ stack: rows, unbreakable: true } as Content];
}
