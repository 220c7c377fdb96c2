/**
 * DOCX form of the plan report (docx 9 model, packed by the command): a landscape page with a
 * Gantt-style table of the year — one row per item, twelve month columns, the due month's cell
 * shaded in the stage colour and the months before it in a lighter tint — then the document sources
 * with their check results. Fonts come from the one theme (src/render/theme.ts).
 */
import {
  AlignmentType, BorderStyle, Document, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Theme } from '../render/theme.js';
import type { PlanReport, PlanRow } from './plan-model.js';
import { checkLabel } from './plan-text.js';
import { ACTIVITY_COLOR, markerColor, monthLabel, OVERDUE_COLOR, STAGE_COLORS, stateLabel } from './stage-style.js';
import type { PlanStage } from './plan-schema.js';

const SIZE = 20; // 10 pt in half-points: a dense table on a landscape page.
const WIDTHS = { id: 1000, title: 3000, lead: 1900, month: 540, state: 1100, undated: 600 };

/** Mixes a hex colour with white (`amount` 0 → colour, 1 → white). */
export function tint(hex: string, amount: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(value + (255 - value) * amount).toString(16).padStart(2, '0').toUpperCase();
  };
  return channel(0) + channel(2) + channel(4);
}

export function planDocx(report: PlanReport, theme: Theme): Document {
  const font = (name: string) => ({ ascii: theme.fonts.latin, hAnsi: theme.fonts.latin, eastAsia: name, cs: name, hint: 'eastAsia' as const });
  const bodyFont = font(theme.fonts.body);
  const headingFont = font(theme.fonts.heading);
  const run = (text: string, options: { bold?: boolean; color?: string; heading?: boolean; size?: number } = {}) =>
    new TextRun({ text, font: options.heading ? headingFont : bodyFont, size: options.size ?? SIZE, bold: options.bold, color: options.color });
  const para = (children: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ children, alignment, spacing: { before: 0, after: 0, line: 260 } });
  const cell = (
    children: TextRun[],
    width: number,
    options: { fill?: string; center?: boolean; columnSpan?: number } = {},
  ) =>
    new TableCell({
      children: [para(children, options.center ? AlignmentType.CENTER : AlignmentType.LEFT)],
      width: { size: width, type: WidthType.DXA },
      columnSpan: options.columnSpan,
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

  // The report month is highlighted in the header, as the dashed line marks it in the SVG timeline.
  const todayMonth = report.today.slice(0, 4) === String(report.year) ? Number(report.today.slice(5, 7)) : 0;
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([run('编号', { heading: true })], WIDTHS.id, { fill: 'E3E8EE', center: true }),
      cell([run('任务', { heading: true })], WIDTHS.title, { fill: 'E3E8EE', center: true }),
      cell([run('牵头单位', { heading: true })], WIDTHS.lead, { fill: 'E3E8EE', center: true }),
      ...Array.from({ length: 12 }, (_, i) =>
        i + 1 === todayMonth
          ? cell([run(`${i + 1}月`, { heading: true, size: 18, color: OVERDUE_COLOR })], WIDTHS.month, { fill: tint(OVERDUE_COLOR, 0.8), center: true })
          : cell([run(`${i + 1}月`, { heading: true, size: 18 })], WIDTHS.month, { fill: 'E3E8EE', center: true }),
      ),
      cell([run('未定', { heading: true, size: 18 })], WIDTHS.undated, { fill: 'E3E8EE', center: true }),
      cell([run('状态', { heading: true })], WIDTHS.state, { fill: 'E3E8EE', center: true }),
    ],
  });
  const totalColumns = 3 + 12 + 2;
  const rows: TableRow[] = [header];
  let section = '';
  for (const row of report.rows) {
    if (row.section !== section) {
      section = row.section;
      rows.push(
        new TableRow({
          children: [cell([run(`${row.section}、${row.sectionTitle ?? ''}`, { heading: true })], 0, { fill: 'EEF1F4', columnSpan: totalColumns })],
        }),
      );
    }
    rows.push(ganttRow(row));
  }

  function ganttRow(row: PlanRow): TableRow {
    const colour = markerColor(row);
    const dueMonth = row.due && row.due.slice(0, 4) === String(report.year) ? Number(row.due.slice(5, 7)) : 0;
    const symbol = row.kind === 'document' ? '◆' : '●';
    const months = Array.from({ length: 12 }, (_, i) => {
      const month = i + 1;
      if (month === dueMonth) {
        return cell([run(symbol, { color: row.overdue ? OVERDUE_COLOR : 'FFFFFF', bold: row.overdue })], WIDTHS.month, { fill: colour, center: true });
      }
      if (dueMonth && month < dueMonth) return cell([], WIDTHS.month, { fill: tint(colour, 0.72) });
      return cell([], WIDTHS.month);
    });
    const undated = dueMonth ? cell([], WIDTHS.undated) : cell([run('○', { color: colour })], WIDTHS.undated, { center: true });
    const state = [run(stateLabel(row))];
    if (row.overdue) state.push(run(' 逾期', { color: OVERDUE_COLOR, bold: true }));
    return new TableRow({
      cantSplit: true,
      children: [
        cell([run(row.id)], WIDTHS.id),
        cell([run(row.title)], WIDTHS.title),
        cell([run(row.lead)], WIDTHS.lead),
        ...months,
        undated,
        cell(state, WIDTHS.state, { fill: tint(colour, 0.75) }),
      ],
    });
  }

  const gantt = new Table({
    rows,
    width: { size: WIDTHS.id + WIDTHS.title + WIDTHS.lead + 12 * WIDTHS.month + WIDTHS.undated + WIDTHS.state, type: WidthType.DXA },
    columnWidths: [WIDTHS.id, WIDTHS.title, WIDTHS.lead, ...Array(12).fill(WIDTHS.month), WIDTHS.undated, WIDTHS.state],
    borders,
  });

  const legend: TextRun[] = [run('图例：', { heading: true })];
  for (const stage of Object.keys(STAGE_COLORS) as PlanStage[]) {
    legend.push(new TextRun({ text: '　◆　', font: bodyFont, size: SIZE, color: 'FFFFFF', shading: { type: ShadingType.CLEAR, fill: STAGE_COLORS[stage], color: 'auto' } }));
    legend.push(run(` ${stage}　`));
  }
  for (const [label, colour] of [['工作进行中', ACTIVITY_COLOR.open], ['工作已完成', ACTIVITY_COLOR.done]] as const) {
    legend.push(new TextRun({ text: '　●　', font: bodyFont, size: SIZE, color: 'FFFFFF', shading: { type: ShadingType.CLEAR, fill: colour, color: 'auto' } }));
    legend.push(run(` ${label}　`));
  }
  legend.push(run(`红色符号为逾期；浅色格为期限前的月份；○ 为计划未定期限；红色月份为报告日期（${report.today}）所在月。`));

  const sourceRows = [
    new TableRow({
      tableHeader: true,
      children: [
        cell([run('编号', { heading: true })], 1000, { fill: 'E3E8EE', center: true }),
        cell([run('文件', { heading: true })], 3300, { fill: 'E3E8EE', center: true }),
        cell([run('期限', { heading: true })], 900, { fill: 'E3E8EE', center: true }),
        cell([run('阶段', { heading: true })], 1100, { fill: 'E3E8EE', center: true }),
        cell([run('源稿', { heading: true })], 5600, { fill: 'E3E8EE', center: true }),
        cell([run('检查结果', { heading: true })], 2300, { fill: 'E3E8EE', center: true }),
      ],
    }),
    ...report.rows
      .filter((row) => row.kind === 'document')
      .map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([run(row.id)], 1000),
              cell([run(row.title)], 3300),
              cell([run(monthLabel(row.due))], 900, { center: true }),
              cell([run(stateLabel(row), { color: 'FFFFFF' })], 1100, { fill: markerColor(row), center: true }),
              cell([run(row.sources.join('\n'), { size: 16 })], 5600),
              cell([run(checkLabel(row), { color: row.check?.errors ? OVERDUE_COLOR : undefined })], 2300),
            ],
          }),
      ),
  ];
  const sourceTable = new Table({ rows: sourceRows, width: { size: 14200, type: WidthType.DXA }, columnWidths: [1000, 3300, 900, 1100, 5600, 2300], borders });

  const s = report.summary;
  const summary =
    `共 ${s.items} 项任务（制定文件 ${s.documents} 项，其他工作 ${s.activities} 项）。文件阶段：` +
    Object.entries(s.stages).map(([stage, n]) => `${stage} ${n} 项`).join('，') +
    `。截至 ${report.today} 逾期 ${s.overdue} 项；源稿检查 ${s.errors} 个错误，${s.warnings} 个警告。`;

  return new Document({
    title: `${report.title}任务进度`,
    creator: 'regdoc',
    styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { font: bodyFont, size: SIZE } }] },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
            margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 },
          },
        },
        children: [
          new Paragraph({ children: [run(`${report.title}任务进度`, { heading: true, size: 32 })], alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
          new Paragraph({ children: [run(summary)], spacing: { after: 120 } }),
          new Paragraph({ children: [run('一、全年时间轴', { heading: true, size: 24 })], spacing: { after: 80 } }),
          gantt,
          new Paragraph({ children: legend, spacing: { before: 80, after: 200 } }),
          new Paragraph({ children: [run('二、文件源稿与检查结果', { heading: true, size: 24 })], spacing: { after: 80 }, pageBreakBefore: true }),
          sourceTable,
        ],
      },
    ],
  });
}
