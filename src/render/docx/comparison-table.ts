/**
 * The 修改对照表 (standards §4) as DOCX: landscape A4 (tables are wide; standards §4 “Page”), a bordered
 * three-column table whose header row repeats on every page (`w:tblHeader`, rendering-notes §2), deletions
 * struck through in 修改前, insertions bold + underlined in 修改后, 章/节 as spanning rows, the 注： legend
 * under the title. Fonts come from the theme (src/render/theme.ts). Pure: model in, Document out.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { ComparisonTableModel, TableCellModel, TableRun } from '../../diff/comparison-table.js';
import { gbt9704Theme, mmToTwips, type Theme } from '../theme.js';
import { runOptions } from './inline.js';
import { createState, fontOf, halfPoints, LANGUAGE, type DocxState } from './state.js';

/** Share of the type-area width per column: 修改前, 修改后, 修改说明. */
const COLUMN_SHARES = [0.42, 0.42, 0.16];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function runsOf(state: DocxState, runs: TableRun[], size: number): TextRun[] {
  return runs
    .filter((r) => r.text !== '')
    .map((r) => {
      const base: IRunOptions = runOptions(state, { role: r.label ? 'heading' : 'body', size });
      if (r.mark === 'delete') return new TextRun({ ...base, text: r.text, strike: true });
      if (r.mark === 'insert') return new TextRun({ ...base, text: r.text, bold: true, underline: { type: 'single' } });
      return new TextRun({ ...base, text: r.text });
    });
}

function cellParagraphs(state: DocxState, cell: TableCellModel, size: number): Paragraph[] {
  const indent = Math.round(size * 20 * 2);
  return cell.paragraphs.map(
    (p) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: indent, firstLineChars: 200 },
        children: runsOf(state, p.runs, size),
      }),
  );
}

export function buildComparisonTableDocx(table: ComparisonTableModel, theme: Theme = gbt9704Theme): Document {
  const state = createState(theme);
  const size = theme.sizes.tableBody;
  // Landscape: the portrait margins turned a quarter (top ↔ left), so the binding edge stays the same.
  const { margins, page } = theme;
  const width = mmToTwips(page.heightMm);
  const height = mmToTwips(page.widthMm);
  const margin = {
    top: mmToTwips(margins.leftMm),
    bottom: mmToTwips(margins.rightMm),
    left: mmToTwips(margins.topMm),
    right: mmToTwips(margins.bottomMm),
  };
  const typeWidth = width - margin.left - margin.right;
  const columnWidths = COLUMN_SHARES.map((share) => Math.floor(typeWidth * share));

  const headerCell = (text: string, i: number) =>
    new TableCell({
      width: { size: columnWidths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      shading: { fill: 'F2F2F2', type: 'clear', color: 'auto' },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...runOptions(state, { role: 'heading', size }), text })] })],
    });
  const rows: TableRow[] = [new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map(headerCell) })];
  for (const row of table.rows) {
    if (row.kind === 'heading') {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: 3,
              width: { size: typeWidth, type: WidthType.DXA },
              children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...runOptions(state, { role: 'heading', size }), text: row.text })] })],
            }),
          ],
        }),
      );
      continue;
    }
    rows.push(
      new TableRow({
        children: [
          new TableCell({ width: { size: columnWidths[0], type: WidthType.DXA }, children: cellParagraphs(state, row.old, size) }),
          new TableCell({ width: { size: columnWidths[1], type: WidthType.DXA }, children: cellParagraphs(state, row.new, size) }),
          new TableCell({
            width: { size: columnWidths[2], type: WidthType.DXA },
            children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ ...runOptions(state, { size }), text: row.note })] })],
          }),
        ],
      }),
    );
  }

  const bodyRun = { font: fontOf(theme, 'body'), size: halfPoints(size), language: LANGUAGE };
  const pageNumberRun = { ...runOptions(state, { role: 'song', size: theme.sizes.pageNumber - 2, latinInRole: true }) };
  return new Document({
    creator: 'regdoc',
    title: table.title,
    styles: {
      default: { document: { run: bodyRun } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: bodyRun }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm), orientation: PageOrientation.LANDSCAPE },
            margin: { ...margin, header: mmToTwips(10), footer: mmToTwips(10), gutter: 0 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ ...pageNumberRun, text: '— ' }), new TextRun({ ...pageNumberRun, children: [PageNumber.CURRENT] }), new TextRun({ ...pageNumberRun, text: ' —' })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ ...runOptions(state, { role: 'title', size: theme.sizes.title - 4 }), text: table.title })],
          }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { after: 160 },
            children: [new TextRun({ ...runOptions(state, { role: 'kai', size }), text: table.legend })],
          }),
          new Table({
            width: { size: typeWidth, type: WidthType.DXA },
            columnWidths,
            borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
            rows,
          }),
        ],
      },
    ],
  });
}
