/**
 * The 修改对照表 (standards §4) as a pdfmake 0.3 document definition: landscape A4, a bordered three-column
 * table whose header row repeats on each page (`headerRows: 1`), deletions struck through (lineThrough) in
 * 修改前, insertions underlined in the heading face (黑体 stands for bold: fonts are registered with their
 * normal face only) in 修改后, 章/节 as spanning rows, the 注： legend under the title. Font families per
 * role come from a plan decided at the edge (src/cli), as for the regulation PDF. Pure data.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ComparisonTableModel, TableCellModel, TableRun } from '../../diff/comparison-table.js';
import { themeMetrics, type Theme } from '../theme.js';
import type { FontRole } from './font-plan.js';

/** pdfmake family per role (e.g. from resolveFonts); the role names themselves while drafting. */
export type FamilyPlan = Record<FontRole, string>;

export const roleFamilies: FamilyPlan = { title: 'title', body: 'body', heading: 'heading', kai: 'kai', song: 'song' };

/** Roles the comparison table prints in. */
export const COMPARISON_ROLES: readonly FontRole[] = ['title', 'body', 'heading', 'kai', 'song'];

const COLUMN_SHARES = [0.42, 0.42, 0.16];

export interface ComparisonPdfOptions {
  theme: Theme;
  plan?: FamilyPlan;
  /** Info dictionary date (fixed for reproducible bytes). */
  date?: Date;
}

export function buildComparisonTablePdf(table: ComparisonTableModel, options: ComparisonPdfOptions): TDocumentDefinitions {
  const { theme } = options;
  const plan = options.plan ?? roleFamilies;
  const metrics = themeMetrics(theme);
  const size = theme.sizes.tableBody;
  // Landscape: the portrait margins turned a quarter (top ↔ left).
  const margins: [number, number, number, number] = [metrics.marginsPt.top, metrics.marginsPt.left, metrics.marginsPt.bottom, metrics.marginsPt.right];
  const typeWidth = metrics.pageHeightPt - margins[0] - margins[2];
  // Cell padding (4 pt each side) and rules come out of each column.
  const widths = COLUMN_SHARES.map((share) => Math.floor(typeWidth * share) - 9);

  const run = (r: TableRun): Content => {
    if (r.mark === 'delete') return { text: r.text, decoration: 'lineThrough' };
    if (r.mark === 'insert') return { text: r.text, font: plan.heading, decoration: 'underline' };
    return r.label ? { text: r.text, font: plan.heading } : { text: r.text };
  };
  const cell = (c: TableCellModel): TableCell => ({
    stack: c.paragraphs.map((p) => ({ text: p.runs.filter((r) => r.text !== '').map(run), leadingIndent: size * 2, alignment: 'justify' as const })),
  });
  const header = (text: string): TableCell => ({ text, font: plan.heading, alignment: 'center', fillColor: '#f2f2f2' });
  const body: TableCell[][] = [table.columns.map(header)];
  for (const row of table.rows) {
    if (row.kind === 'heading') body.push([{ text: row.text, font: plan.heading, alignment: 'center', colSpan: 3 }, {}, {}]);
    else body.push([cell(row.old), cell(row.new), { text: row.note, fontSize: size - 1 }]);
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: margins,
    info: {
      title: table.title,
      creator: 'regdoc',
      producer: 'regdoc',
      ...(options.date ? { creationDate: options.date, modDate: options.date } : {}),
    },
    defaultStyle: { font: plan.body, fontSize: size, lineHeight: 1.3 },
    footer: (current: number) => ({ text: `— ${current} —`, font: plan.song, fontSize: theme.sizes.pageNumber - 2, alignment: 'center', margin: [0, 10, 0, 0] }),
    content: [
      { text: table.title, font: plan.title, fontSize: theme.sizes.title - 4, alignment: 'center', margin: [0, 0, 0, 12] },
      { text: table.legend, font: plan.kai, fontSize: size, margin: [0, 0, 0, 8] },
      {
        table: { headerRows: 1, widths, body, dontBreakRows: false },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          paddingLeft: () => 4,
          paddingRight: () => 4,
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
    ],
  };
}
