/**
 * Self-contained HTML page of the plan report (no external files): summary, the SVG timeline of the
 * year and the item table with stage badges and check results.
 */
import type { PlanReport, PlanRow } from './plan-model.js';
import { checkLabel } from './plan-text.js';
import { TIMELINE_FONT, timelineSvg } from './timeline-svg.js';
import { escapeXml } from '../render/escape-xml.js';
import { KIND_LABEL, markerColor, monthLabel, OVERDUE_COLOR, stateLabel } from './stage-style.js';

function rowHtml(row: PlanRow): string {
  const badge = `<span class="badge" style="background:#${markerColor(row)}">${escapeXml(stateLabel(row))}</span>`;
  const overdue = row.overdue ? ' <span class="overdue">逾期</span>' : '';
  const check = row.check
    ? `<span class="${row.check.errors ? 'bad' : row.check.warnings ? 'warn' : 'ok'}">${escapeXml(checkLabel(row))}</span>`
    : '';
  const sources =
    row.sources.map((path) => `<code>${escapeXml(path)}</code>`).join('<br>') +
    (row.related.length ? `<div class="note">相关文本：${row.related.map((path) => `<code>${escapeXml(path)}</code>`).join('<br>')}</div>` : '');
  const mismatch = row.stageMismatch ? `<div class="note">${escapeXml(row.stageMismatch)}</div>` : '';
  return (
    `<tr class="${row.kind}"><td class="id">${escapeXml(row.id)}</td><td>${KIND_LABEL[row.kind]}</td>` +
    `<td>${escapeXml(row.title)}${row.note ? `<div class="note">${escapeXml(row.note)}</div>` : ''}</td>` +
    `<td>${escapeXml(row.lead)}${row.coLead ? `<div class="note">会同：${escapeXml(row.coLead)}</div>` : ''}</td>` +
    `<td>${monthLabel(row.due)}</td><td>${badge}${overdue}</td><td>${check}${mismatch}</td><td>${sources}</td></tr>`
  );
}

export function planHtml(report: PlanReport): string {
  const s = report.summary;
  const stageText = Object.entries(s.stages).map(([stage, n]) => `${stage} ${n}`).join('，');
  let body = '';
  let section = '';
  for (const row of report.rows) {
    if (row.section !== section) {
      section = row.section;
      body += `<tr class="section"><td colspan="8">${escapeXml(`${row.section}、${row.sectionTitle ?? ''}`)}</td></tr>\n`;
    }
    body += rowHtml(row) + '\n';
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeXml(report.title)}任务进度</title>
<style>
body { font-family: ${TIMELINE_FONT}; margin: 24px 32px; color: #222; }
h1 { font-size: 22px; margin: 0 0 6px; }
.meta { color: #555; margin-bottom: 16px; }
.cards { display: flex; gap: 12px; margin-bottom: 18px; }
.card { border: 1px solid #d0d5db; border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.card b { display: block; font-size: 22px; }
.card.alert b { color: #${OVERDUE_COLOR}; }
figure { margin: 0 0 20px; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #d0d5db; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eef1f4; white-space: nowrap; }
tr.section td { background: #e3e8ee; font-weight: bold; }
td.id { white-space: nowrap; }
.badge { color: #fff; border-radius: 3px; padding: 1px 6px; white-space: nowrap; }
.overdue { color: #${OVERDUE_COLOR}; font-weight: bold; white-space: nowrap; }
.note { color: #666; font-size: 12px; }
.ok { color: #2E9E5B; } .warn { color: #B7791F; } .bad { color: #${OVERDUE_COLOR}; font-weight: bold; }
code { font-size: 12px; }
</style>
</head>
<body>
<h1>${escapeXml(report.title)}任务进度</h1>
<div class="meta">截至 ${escapeXml(report.today)}。文件阶段：${escapeXml(stageText)}。</div>
<div class="cards">
<div class="card"><b>${s.items}</b>任务总数</div>
<div class="card"><b>${s.documents}</b>制定文件</div>
<div class="card"><b>${s.activities}</b>其他工作</div>
<div class="card"><b>${s.stages['公布']}</b>文件已公布</div>
<div class="card alert"><b>${s.overdue}</b>逾期</div>
<div class="card"><b>${s.errors} / ${s.warnings}</b>源稿错误 / 警告</div>
</div>
<figure>
${timelineSvg(report)}</figure>
<table>
<thead><tr><th>编号</th><th>类别</th><th>任务</th><th>牵头单位</th><th>期限</th><th>状态</th><th>检查</th><th>源稿</th></tr></thead>
<tbody>
${body}</tbody>
</table>
</body>
</html>
`;
}
