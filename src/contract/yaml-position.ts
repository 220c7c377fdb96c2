/** Maps YAML nodes and parse errors to 行:列, so that every data and declaration problem is located. */
import { isNode, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';

export interface ParsedYaml {
  document: Document;
  lineCounter: LineCounter;
}

/** Parses YAML keeping node ranges; returns the first syntax error, located, instead of throwing. */
export function parseYamlWithPositions(text: string): ParsedYaml & { error?: { message: string; line: number; column: number } } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first: YAMLError | undefined = document.errors[0];
  if (first) {
    const position = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    return { document, lineCounter, error: { message: describeYamlError(first), line: position.line, column: position.col } };
  }
  return { document, lineCounter };
}

/** Position of the node at `path` (or of its closest existing parent); 1:1 when nothing matches. */
export function positionOf(parsed: ParsedYaml, path: ReadonlyArray<string | number>, key = false): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = key && depth === path.length ? keyNode(parsed, path) : parsed.document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const position = parsed.lineCounter.linePos(node.range[0]);
      return { line: position.line, column: position.col };
    }
  }
  return { line: 1, column: 1 };
}

/** The key node of the pair at `path` (for “unknown key” messages, which point at the key). */
function keyNode(parsed: ParsedYaml, path: ReadonlyArray<string | number>): unknown {
  const parent = parsed.document.getIn(path.slice(0, -1), true) as { items?: Array<{ key: unknown }> } | undefined;
  const last = path[path.length - 1];
  const pair = parent?.items?.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === last);
  return pair?.key;
}

function describeYamlError(error: YAMLError): string {
  const byCode: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次',
    BAD_INDENT: '缩进不对',
    MISSING_CHAR: '缺少字符（如引号或括号没有配对）',
    MULTILINE_IMPLICIT_KEY: '冒号后的内容换行了，或缺少冒号',
    BLOCK_AS_IMPLICIT_KEY: '缩进或冒号有误',
    UNEXPECTED_TOKEN: '出现了不该有的符号',
    TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
    BAD_DQ_ESCAPE: '双引号中的转义写法有误',
  };
  const detail = byCode[error.code] ?? error.message.split('\n')[0];
  return `YAML 格式错误：${detail}`;
}
