/**
 * Prints diagnostics the way compilers and remark-cli do — 文件:行:列  级别  说明  规则 — in Chinese,
 * and as JSON for tools. Severity follows vfile: fatal true = 错误, false = 警告, null/undefined = 提示.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import pc from 'picocolors';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

export function countSeverities(files: VFile[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const message of file.messages) counts[severityOf(message)]++;
  return counts;
}

/** One line per message: `content/a.md:12:1  错误  条序号应为“第十一条”，实为“第十二条”  article-sequence`. */
export function formatMessageLine(path: string, message: VFileMessage, color = false): string {
  const severity = severityOf(message);
  const label = SEVERITY_LABEL[severity];
  const painted = !color ? label : severity === 'error' ? pc.red(label) : severity === 'warning' ? pc.yellow(label) : pc.cyan(label);
  const where = `${path}:${message.line ?? 1}:${message.column ?? 1}`;
  const rule = message.ruleId ? `  ${color ? pc.dim(message.ruleId) : message.ruleId}` : '';
  return `${where}  ${painted}  ${message.reason}${rule}`;
}

export function formatFileMessages(path: string, file: VFile, color = false): string[] {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((message) => formatMessageLine(path, message, color));
}

export interface JsonMessage {
  ruleId: string | null;
  severity: Severity;
  line: number | null;
  column: number | null;
  reason: string;
  actual: string | null;
  expected: string | null;
}

export function toJsonMessages(file: VFile): JsonMessage[] {
  return file.messages.map((message) => ({
    ruleId: message.ruleId ?? null,
    severity: severityOf(message),
    line: message.line ?? null,
    column: message.column ?? null,
    reason: message.reason,
    actual: message.actual ?? null,
    expected: Array.isArray(message.expected) ? (message.expected[0] ?? null) : (message.expected ?? null),
  }));
}

/** Summary line such as `共检查 3 个文件：2 个错误，1 个警告`, and the files that could not be read. */
export function formatSummary(fileCount: number, counts: Record<Severity, number>, unreadCount = 0): string {
  const parts = [`${counts.error} 个错误`, `${counts.warning} 个警告`];
  if (counts.info) parts.push(`${counts.info} 条提示`);
  const unread = unreadCount ? `；${unreadCount} 个文件未能读取，见上方说明` : '';
  return `共检查 ${fileCount} 个文件：${parts.join('，')}${unread}`;
}
