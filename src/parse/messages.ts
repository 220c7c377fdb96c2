/**
 * Reader messages on the vfile. Severity follows src/cli/report.ts: fatal true = 错误,
 * false = 警告, undefined = 提示. Every message has a place and a `parse-…`/`front-matter-…` rule id.
 */
import type { VFile } from 'vfile';

export type ReaderSeverity = 'error' | 'warning' | 'info';

export interface Place {
  line: number;
  column: number;
}

export function report(
  file: VFile,
  severity: ReaderSeverity,
  reason: string,
  place: Place,
  ruleId: string,
  extra: { actual?: string; expected?: string } = {},
): void {
  const message = file.message(reason, { place: { line: place.line, column: place.column }, ruleId, source: 'regdoc' });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (extra.actual !== undefined) message.actual = extra.actual;
  if (extra.expected !== undefined) message.expected = [extra.expected];
}
