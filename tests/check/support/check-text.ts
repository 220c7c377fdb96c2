/** Test helper: parses a Markdown source with the real reader and runs the check rules on it. */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { parseDocument } from '../../../src/parse/parse-document.js';
import { runChecks, type CheckSettings } from '../../../src/check/run-checks.js';

export interface CheckResult {
  file: VFile;
  /** Messages of the check rules only (not the reader's). */
  messages: VFileMessage[];
}

export function checkText(source: string, settings: CheckSettings = {}, path = 'test.md'): CheckResult {
  const file = new VFile({ path, value: source });
  const tree = parseDocument(file);
  const readerMessages = new Set(file.messages);
  runChecks(tree, file, settings);
  return { file, messages: file.messages.filter((message) => !readerMessages.has(message)) };
}

/** Messages of one rule. */
export function ruleMessages(source: string, ruleId: string, settings: CheckSettings = {}): VFileMessage[] {
  return checkText(source, settings).messages.filter((m) => m.ruleId === ruleId);
}

/** A small 办法 in drafter format, with `body` as its articles. */
export function doc(body: string, title = '某市停车管理办法'): string {
  return `# ${title}\n\n${body.trim()}\n`;
}
