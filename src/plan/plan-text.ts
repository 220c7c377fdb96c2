/**
 * Plain-text form of the plan report for the terminal: one line per item, columns aligned by
 * display width (a 汉字 is two columns wide), overdue items marked 逾期.
 */
import type { PlanReport, PlanRow } from './plan-model.js';
import { KIND_LABEL, monthLabel, stateLabel } from './stage-style.js';

/** Display width: East Asian wide and full-width characters count two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd)) ? 2 : 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` cut to `width` columns, ending in … ; `ellipsisWidth` is the room left for the … itself. */
export function truncate(text: string, width: number, ellipsisWidth = 1): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - ellipsisWidth) break;
    out += char;
  }
  return out + '…';
}

export function checkLabel(row: PlanRow): string {
  if (!row.check) return '';
  const missing = row.documents.filter((d) => !d.exists);
  if (missing.length) return `缺少源稿 ${missing.map((d) => d.path).join('、')}`;
  return `${row.check.errors} 错误 ${row.check.warnings} 警告`;
}

export function planText(report: PlanReport): string {
  const lines = [`${report.title}　任务进度（截至 ${report.today}）`, ''];
  const header = [padEnd('编号', 10), padEnd('类别', 6), padEnd('任务', 44), padEnd('牵头单位', 24), padEnd('期限', 6), padEnd('状态', 14), '检查  源稿'];
  lines.push(header.join(' '));
  let section = '';
  for (const row of report.rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push(`${row.section}、${row.sectionTitle ?? ''}`);
    }
    const state = stateLabel(row) + (row.overdue ? ' 逾期' : '');
    lines.push(
      [
        padEnd(row.id, 10),
        padEnd(KIND_LABEL[row.kind], 6),
        padEnd(truncate(row.title, 44), 44),
        padEnd(truncate(row.lead, 24), 24),
        padEnd(monthLabel(row.due), 6),
        padEnd(state, 14),
        [checkLabel(row), row.sources.join('、')].filter(Boolean).join('  '),
      ].join(' ').trimEnd(),
    );
    if (row.stageMismatch) lines.push(`${' '.repeat(18)}注意：${row.stageMismatch}`);
  }
  const s = report.summary;
  lines.push('');
  lines.push(
    `共 ${s.items} 项任务（文件 ${s.documents} 项，工作 ${s.activities} 项）；文件阶段：` +
      Object.entries(s.stages).map(([stage, n]) => `${stage} ${n}`).join('，') +
      `；逾期 ${s.overdue} 项；源稿检查 ${s.errors} 个错误，${s.warnings} 个警告`,
  );
  return lines.join('\n') + '\n';
}
