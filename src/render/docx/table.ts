/**
 * A GFM table in the regulation text (裁量基准表, 制定计划表) as a bordered DOCX table across the 版心.
 * GB/T 9704-2012 fixes no table layout beyond the 版心 (§5.2.1) and §8 (wide tables turned landscape), so this
 * follows 公文 practice:
 * - text in 仿宋 at `theme.sizes.tableBody` (小四, 12 pt): a five-column plan table needs some 36 字 a line,
 *   which 3号 (28 字) or 4号 (31 字) cannot give without wrapping every cell; 小四 is the usual size of a
 *   公文 附表 and stays readable on A4;
 * - header row in 黑体, centred, repeated at the top of every page (`w:tblHeader`);
 * - exact single line spacing (1.3 × the size, Word's “single” for CJK faces) with grid snapping off, so a
 *   row is as tall as its text and not a multiple of the 28.95 pt body grid;
 * - columns proportional to their content (table-columns.ts), cells vertically centred, small cell margins;
 *   a column whose body cells never wrap is centred (序号, 时间); wrapping text is set flush left, since
 *   justifying it in a narrow column spreads the characters of a line broken before “、”.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Table as TreeTable } from '../../tree/types.js';
import { ptToTwips } from '../theme.js';
import { inlineRuns, inlineText, type RunStyle } from './inline.js';
import type { DocxState } from './state.js';
import { columnNeeds, columnWidths, textWidthChars } from './table-columns.js';

/** Exact line height of table text as a multiple of its size (Word's single spacing of 仿宋/黑体). */
export const TABLE_LINE_FACTOR = 1.3;
/** Cell margins in twips: 1.4 mm left and right keep text off the rules; 0.5 mm above and below. */
export const TABLE_CELL_MARGINS = { left: 80, right: 80, top: 30, bottom: 30 } as const;
/** Room for the rules and rounding, in twips, so that a cell measured to fit on one line does fit. */
const FIT_SLACK_TWIPS = 20;

export function renderTable(node: TreeTable, state: DocxState, offGridStyle: string): Table[] {
  const { theme } = state;
  const columns = Math.max(1, ...node.children.map((row) => row.children.length));
  const texts = node.children.map((row) => row.children.map((cell) => inlineText(cell.children)));
  const size = theme.sizes.tableBody;
  const charTwips = ptToTwips(size);
  const padding = TABLE_CELL_MARGINS.left + TABLE_CELL_MARGINS.right + FIT_SLACK_TWIPS;
  const total = Math.round(state.metrics.typeAreaWidthPt * 20);
  const needs = columnNeeds(texts, columns);
  const widths = columnWidths(needs, total, (chars) => Math.ceil(chars * charTwips) + padding);
  // A column whose body cells all fit on one line reads best centred (序号, 2009年5月, 新制定).
  const bodyFits = widths.map((width, c) =>
    texts.slice(1).every((row) => Math.ceil(textWidthChars(row[c] ?? '') * charTwips) + padding <= width),
  );
  const alignment = (c: number) => {
    const align = node.align[c];
    if (align === 'center') return AlignmentType.CENTER;
    if (align === 'right') return AlignmentType.RIGHT;
    if (align === 'left') return AlignmentType.LEFT;
    return bodyFits[c] ? AlignmentType.CENTER : AlignmentType.LEFT;
  };
  const spacing = { line: ptToTwips(size * TABLE_LINE_FACTOR), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const border = { style: BorderStyle.SINGLE, size: 4, color: theme.colors.text };
  const rows = node.children.map((row, r) => {
    const header = r === 0;
    const style: RunStyle = { size, role: header ? 'heading' : 'body', characterSpacing: 0 };
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map((width, c) => {
        const cell = row.children[c];
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({
              style: offGridStyle,
              spacing,
              alignment: header ? AlignmentType.CENTER : alignment(c),
              children: cell ? inlineRuns(state, cell.children, style) : [],
            }),
          ],
        });
      }),
    });
  });
  return [
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { ...TABLE_CELL_MARGINS, marginUnitType: WidthType.DXA },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows,
    }),
  ];
}
