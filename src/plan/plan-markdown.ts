/** Markdown (GFM table) form of the plan report, for pasting into a 工作简报 or a wiki page. */
import type { PlanReport } from './plan-model.js';
import { KIND_LABEL, monthLabel, stateLabel } from './stage-style.js';
import { checkLabel } from './plan-text.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function planMarkdown(report: PlanReport): string {
  const out = [`# ${report.title}任务进度`, '', `截至 ${report.today}。`, ''];
  out.push('| 编号 | 类别 | 任务 | 牵头单位 | 会同单位 | 期限 | 状态 | 检查 | 源稿 |');
  out.push('|---|---|---|---|---|---|---|---|---|');
  for (const row of report.rows) {
    const state = stateLabel(row) + (row.overdue ? '（逾期）' : '');
    const links = row.sources.map((path) => `[${path.split('/').pop()}](${path})`).join('<br>');
    out.push(
      `| ${[row.id, KIND_LABEL[row.kind], row.title, row.lead, row.coLead ?? '', monthLabel(row.due), state, checkLabel(row), links]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  const s = report.summary;
  out.push('');
  out.push(
    `共 ${s.items} 项任务（文件 ${s.documents} 项，工作 ${s.activities} 项），逾期 ${s.overdue} 项；源稿检查 ${s.errors} 个错误，${s.warnings} 个警告。`,
  );
  return out.join('\n') + '\n';
}
