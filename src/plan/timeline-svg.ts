/**
 * The year at a glance: an SVG picture with the twelve months of the plan year as columns and one
 * row per plan item, a marker at the month the plan names (filled in the colour of the drafting
 * stage; documents as diamonds, other work as circles), overdue items ringed in red, and a dashed
 * line at the report date. Pure: the same report gives the same bytes.
 */
import type { PlanReport, PlanRow } from './plan-model.js';
import { ACTIVITY_COLOR, markerColor, OVERDUE_COLOR, STAGE_COLORS, stateLabel } from './stage-style.js';
import { displayWidth, truncate } from './plan-text.js';
import { escapeXml } from '../render/escape-xml.js';
import type { PlanStage } from './plan-schema.js';

export const TIMELINE_FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','Microsoft YaHei','SimHei',sans-serif";

const LAYOUT = {
  width: 1100,
  labelWidth: 350,
  monthWidth: 56,
  undatedWidth: 64,
  headerHeight: 80,
  rowHeight: 22,
  sectionHeight: 24,
  legendHeight: 64,
  fontSize: 13,
};


// In the SVG the … takes a full-width character's room.
const clip = (text: string, maxWidth: number): string => truncate(text, maxWidth, 2);

/** x of the centre of a month column (1–12), or of the 未定 column (0). */
function columnCentre(month: number): number {
  const x0 = LAYOUT.labelWidth;
  if (month === 0) return x0 + 12 * LAYOUT.monthWidth + LAYOUT.undatedWidth / 2;
  return x0 + (month - 0.5) * LAYOUT.monthWidth;
}

function marker(row: PlanRow, cx: number, cy: number): string {
  const fill = `#${markerColor(row)}`;
  const stroke = row.overdue ? `#${OVERDUE_COLOR}` : '#333333';
  const strokeWidth = row.overdue ? 2.5 : 0.8;
  const title = `<title>${escapeXml(`${row.id} ${row.title}：${stateLabel(row)}${row.due ? `，期限 ${row.due}` : '，未定期限'}${row.overdue ? '，逾期' : ''}`)}</title>`;
  const undated = !row.due;
  const paint = undated ? `fill="#ffffff" stroke="${fill}" stroke-width="2"` : `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"`;
  if (row.kind === 'document') {
    const r = 7.5;
    return `<path d="M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z" ${paint}>${title}</path>`;
  }
  return `<circle cx="${cx}" cy="${cy}" r="6" ${paint}>${title}</circle>`;
}

export function timelineSvg(report: PlanReport): string {
  const { width, labelWidth, monthWidth, undatedWidth, headerHeight, rowHeight, sectionHeight, legendHeight, fontSize } = LAYOUT;
  const sections = [...new Set(report.rows.map((r) => r.section))];
  const bodyHeight = report.rows.length * rowHeight + sections.length * sectionHeight;
  const height = headerHeight + bodyHeight + legendHeight;
  const gridRight = labelWidth + 12 * monthWidth + undatedWidth;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${TIMELINE_FONT}" font-size="${fontSize}" role="img" aria-label="${escapeXml(`${report.title}年度时间轴`)}">`,
  );
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="12" y="24" font-size="17" font-weight="bold">${escapeXml(`${report.year}年任务时间轴`)}</text>`);
  parts.push(`<text x="12" y="46" font-size="12" fill="#555555">${escapeXml(`截至 ${report.today}；◆ 文件（颜色表示阶段），● 其他工作；红圈为逾期`)}</text>`);
  // Month header and column bands.
  for (let month = 1; month <= 12; month++) {
    const x = labelWidth + (month - 1) * monthWidth;
    if (month % 2 === 0) parts.push(`<rect x="${x}" y="${headerHeight}" width="${monthWidth}" height="${bodyHeight}" fill="#f4f6f8"/>`);
    parts.push(`<text x="${x + monthWidth / 2}" y="${headerHeight - 8}" text-anchor="middle" font-weight="bold">${month}月</text>`);
  }
  parts.push(`<text x="${columnCentre(0)}" y="${headerHeight - 8}" text-anchor="middle" fill="#555555">未定</text>`);
  parts.push(`<line x1="${labelWidth}" y1="${headerHeight}" x2="${labelWidth}" y2="${headerHeight + bodyHeight}" stroke="#999999"/>`);
  parts.push(`<line x1="${labelWidth + 12 * monthWidth}" y1="${headerHeight}" x2="${labelWidth + 12 * monthWidth}" y2="${headerHeight + bodyHeight}" stroke="#999999" stroke-dasharray="3 3"/>`);
  parts.push(`<line x1="0" y1="${headerHeight}" x2="${gridRight}" y2="${headerHeight}" stroke="#333333"/>`);
  let y = headerHeight;
  let section = '';
  for (const row of report.rows) {
    if (row.section !== section) {
      section = row.section;
      parts.push(`<rect x="0" y="${y}" width="${gridRight}" height="${sectionHeight}" fill="#e3e8ee"/>`);
      parts.push(`<text x="8" y="${y + sectionHeight / 2 + 5}" font-weight="bold">${escapeXml(`${row.section}、${row.sectionTitle ?? ''}`)}</text>`);
      y += sectionHeight;
    }
    const cy = y + rowHeight / 2;
    parts.push(`<line x1="0" y1="${y + rowHeight}" x2="${gridRight}" y2="${y + rowHeight}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="8" y="${cy + 4.5}">${escapeXml(`${row.id}　${clip(row.title, 40)}`)}</text>`);
    const month = row.due && row.due.slice(0, 4) === String(report.year) ? Number(row.due.slice(5, 7)) : 0;
    const cx = columnCentre(month);
    if (row.due && month > 1) {
      // A faint lead line from the start of the year to the due month.
      parts.push(`<line x1="${labelWidth + 4}" y1="${cy}" x2="${cx - 9}" y2="${cy}" stroke="#${markerColor(row)}" stroke-opacity="0.45" stroke-width="3"/>`);
    }
    parts.push(marker(row, cx, cy));
    if (row.overdue) parts.push(`<text x="${cx + 11}" y="${cy + 4}" font-size="11" fill="#${OVERDUE_COLOR}">逾期</text>`);
    y += rowHeight;
  }
  // Report date as a dashed line when it falls within the plan year.
  if (report.today.slice(0, 4) === String(report.year)) {
    const month = Number(report.today.slice(5, 7));
    const day = Number(report.today.slice(8, 10));
    const x = labelWidth + (month - 1 + (day - 1) / 31) * monthWidth;
    parts.push(`<line x1="${x.toFixed(1)}" y1="${headerHeight - 4}" x2="${x.toFixed(1)}" y2="${headerHeight + bodyHeight}" stroke="#${OVERDUE_COLOR}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    parts.push(`<text x="${x.toFixed(1)}" y="${headerHeight + bodyHeight + 14}" text-anchor="middle" font-size="11" fill="#${OVERDUE_COLOR}">${escapeXml(report.today)}</text>`);
  }
  // Legend.
  let lx = 12;
  const ly = headerHeight + bodyHeight + 40;
  const stages = Object.keys(STAGE_COLORS) as PlanStage[];
  for (const stage of stages) {
    parts.push(`<path d="M${lx + 7} ${ly - 7}L${lx + 14} ${ly}L${lx + 7} ${ly + 7}L${lx} ${ly}Z" fill="#${STAGE_COLORS[stage]}" stroke="#333333" stroke-width="0.8"/>`);
    parts.push(`<text x="${lx + 20}" y="${ly + 4.5}">${stage}</text>`);
    lx += 28 + displayWidth(stage) * 7 + 14;
  }
  for (const [label, color] of [['工作进行中', ACTIVITY_COLOR.open], ['工作已完成', ACTIVITY_COLOR.done]] as const) {
    parts.push(`<circle cx="${lx + 7}" cy="${ly}" r="6" fill="#${color}" stroke="#333333" stroke-width="0.8"/>`);
    parts.push(`<text x="${lx + 20}" y="${ly + 4.5}">${label}</text>`);
    lx += 28 + displayWidth(label) * 7 + 14;
  }
  parts.push(`<circle cx="${lx + 7}" cy="${ly}" r="6" fill="#ffffff" stroke="#${OVERDUE_COLOR}" stroke-width="2.5"/>`);
  parts.push(`<text x="${lx + 20}" y="${ly + 4.5}">逾期</text>`);
  lx += 28 + 4 * 7 + 14;
  parts.push(`<circle cx="${lx + 7}" cy="${ly}" r="6" fill="#ffffff" stroke="#9AA5B1" stroke-width="2"/>`);
  parts.push(`<text x="${lx + 20}" y="${ly + 4.5}">未定期限</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
