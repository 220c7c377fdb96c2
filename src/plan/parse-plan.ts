/**
 * Reads the text of content/plan.yaml (after `{{city}}` expansion) into a checked PlanFile. A YAML
 * or schema problem becomes a PlanParseError with the line and column of the offending node, so
 * the command can say 文件:行:列 in Chinese.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { planFileSchema, type PlanFile } from './plan-schema.js';

export class PlanParseError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

export function parsePlanText(text: string): PlanFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const position = error.linePos?.[0] ?? { line: 1, col: 1 };
    throw new PlanParseError(`计划台账 YAML 格式错误：${error.message.split('\n')[0]}`, position.line, position.col);
  }
  const result = planFileSchema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    // Point at the deepest node that exists on the issue's path.
    let line = 1;
    let column = 1;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const position = lineCounter.linePos(node.range[0]);
        line = position.line;
        column = position.col;
        break;
      }
    }
    const where = describePath(document.toJS() as unknown, path);
    throw new PlanParseError(`计划台账${where}有误：${issue.message}`, line, column);
  }
  return result.data;
}

/** `items.3.due` → `第4项（一（四））的 due`. */
function describePath(data: unknown, path: (string | number)[]): string {
  if (path[0] === 'items' && typeof path[1] === 'number') {
    const item = (data as { items?: { id?: string }[] }).items?.[path[1]];
    const field = path.slice(2).join('.');
    return `第${path[1] + 1}条目${item?.id ? `（${item.id}）` : ''}${field ? `的 ${field}` : ''}`;
  }
  return path.length ? `的 ${path.join('.')}` : '';
}
