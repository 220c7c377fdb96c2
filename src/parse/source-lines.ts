/**
 * Turns the mdast of a body into the reader's input: a flat stream of logical lines (plain text with
 * markup removed, each with its source place) and of ready-made blocks (tables, signature blocks,
 * verbatim `unknown` blocks). Legal structure lives in lines, not in Markdown syntax: the same
 * 第一章 may be a `##` heading, a plain line, or a line inside `<p>…</p>`, so the reader classifies
 * lines after this step. remark's ordered lists (`1.` at a line start) are turned back into lines
 * whose text starts with their marker.
 */
import type * as Md from 'mdast';
import type { Block, Table, TableRow, TableCell, Signatures, Unknown, Position } from '../tree/types.js';
import { parse as parseYaml } from 'yaml';
import { decodeEntities, htmlLineText, HTML_TAG, stripComments } from './html-text.js';
import { hasLeadingWhitespace, trimWhitespace } from './patterns.js';

export type LineKind = 'text' | 'heading' | 'quote' | 'html' | 'list' | 'code';

export interface SourceLine {
  type: 'line';
  /** Plain text, leading and trailing whitespace removed. */
  text: string;
  line: number;
  /** 1-based column where `text` starts in the source line. */
  column: number;
  kind: LineKind;
  headingDepth?: number;
  /** Index of the Markdown block the line belongs to (soft-wrapped lines share it). */
  block: number;
  /** First line of its block. */
  first: boolean;
  /**
   * The source line starts a paragraph by its layout: typographic indentation (U+3000, &emsp;, NBSP)
   * in plain-text layouts, or in HTML a block tag (`<p>`) or the `<br>`/`</p>` that ended the line before.
   */
  indented: boolean;
}

export interface BlockEvent {
  type: 'block';
  node: Block;
  /** A problem to report with the block (for unknown blocks). */
  note?: { severity: 'warning' | 'info'; reason: string; ruleId: string };
}

export interface MarkerEvent {
  type: 'marker';
  /** `<!-- INFO END -->` of LawRefBook files: the metadata header ends here. */
  name: 'info-end';
  line: number;
}

export type SourceEvent = SourceLine | BlockEvent | MarkerEvent;

/** Line starts of the source, for turning (line, column) into offsets. */
export class LineIndex {
  readonly starts: number[] = [0];
  constructor(readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** Source line without its line ending (1-based). */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.source.length;
    const next = this.starts[line];
    let end = next === undefined ? this.source.length : next - 1;
    if (this.source[end - 1] === '\r') end--;
    return this.source.slice(start, end);
  }
  point(line: number, column: number) {
    return { line, column, offset: (this.starts[line - 1] ?? this.source.length) + column - 1 };
  }
  /** Position from a column on `line` to the end of `endLine`. */
  span(line: number, column: number, endLine = line): Position {
    return { start: this.point(line, column), end: this.point(endLine, this.lineText(endLine).length + 1) };
  }
}

interface Context {
  index: LineIndex;
  events: SourceEvent[];
  block: number;
}

/** Flattens phrasing content; every `\n` in the result is a line break of the source. */
function phrasingText(nodes: Md.PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'html':
        // Inline tags are markup (`<b>`, `<br>`); a `<br>` is followed by the real line break.
        out += decodeEntities(stripComments(node.value).replace(HTML_TAG, ''));
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      default:
        if ('children' in node) out += phrasingText(node.children as Md.PhrasingContent[]);
    }
  }
  return out;
}

function pushLines(ctx: Context, text: string, startLine: number, kind: LineKind, extra: Partial<SourceLine> = {}): void {
  const block = ctx.block++;
  const parts = text.replace(/\r/g, '').split('\n');
  let first = true;
  parts.forEach((part, k) => {
    const lineNo = startLine + k;
    const trimmed = trimWhitespace(part);
    if (trimmed === '') return;
    const raw = ctx.index.lineText(lineNo);
    // ASCII spaces, tabs and `>` are Markdown syntax; only typographic indentation (U+3000, NBSP,
    // &emsp; — the 首行缩进 of Chinese text) marks the start of a paragraph.
    const body = raw.replace(/^[ \t]*(?:>[ \t]?)*[ \t]*/, '');
    const htmlBreak =
      kind === 'html' &&
      (/^\s*<(?:p|div|li|h[1-6]|tr|td|th|br|section|article|blockquote)\b/i.test(raw) ||
        /(?:<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr)>)\s*$/i.test(ctx.index.lineText(lineNo - 1)));
    const found = raw.indexOf(trimmed.slice(0, 1));
    const column = found >= 0 ? found + 1 : raw.length - raw.trimStart().length + 1;
    ctx.events.push({
      type: 'line',
      text: trimmed,
      line: lineNo,
      column,
      kind,
      block,
      first,
      indented:
        htmlBreak ||
        ((k > 0 || kind !== 'heading') && (hasLeadingWhitespace(body) || /^&(?:emsp|ensp|nbsp|#12288);/.test(body))),
      ...extra,
    });
    first = false;
  });
}

function tableNode(node: Md.Table, index: LineIndex): Table {
  return {
    type: 'table',
    align: (node.align ?? []).map((a) => a ?? null),
    children: node.children.map(
      (row): TableRow => ({
        type: 'tableRow',
        children: row.children.map(
          (cell): TableCell => ({
            type: 'tableCell',
            children: (() => {
              const value = phrasingText(cell.children);
              return value === '' ? [] : [{ type: 'text', value, position: cell.position && copyPos(cell.position) }];
            })(),
            position: cell.position && copyPos(cell.position),
          }),
        ),
        position: row.position && copyPos(row.position),
      }),
    ),
    position: node.position ? copyPos(node.position) : index.span(1, 1),
  };
}

function copyPos(p: Position): Position {
  return { start: { ...p.start }, end: { ...p.end } };
}

function rawOf(ctx: Context, node: Md.Node): string {
  const p = node.position!;
  return ctx.index.source.slice(p.start.offset!, p.end.offset!);
}

function signaturesNode(ctx: Context, node: Md.Code): BlockEvent {
  let parties: Signatures['parties'] = [];
  let problem: string | undefined;
  try {
    const data: unknown = parseYaml(node.value);
    if (!Array.isArray(data)) throw new Error('not a list');
    parties = data.map((entry: unknown) => {
      const e = entry as { role?: unknown; lines?: unknown };
      if (typeof e?.role !== 'string') throw new Error('role');
      const lines = Array.isArray(e.lines) ? e.lines.map(String) : typeof e.lines === 'string' ? [e.lines] : [];
      return { role: e.role, lines };
    });
  } catch {
    problem = '签署栏（```signatures）应为 YAML 列表，每项写 role（当事人）和 lines（各行），已原样保留。';
  }
  if (problem) {
    return {
      type: 'block',
      node: { type: 'unknown', value: rawOf(ctx, node), position: copyPos(node.position!) },
      note: { severity: 'warning', reason: problem, ruleId: 'parse-signatures' },
    };
  }
  return { type: 'block', node: { type: 'signatures', parties, position: copyPos(node.position!) } };
}

function unknownBlock(ctx: Context, start: Md.Node, end: Md.Node, reason: string, ruleId: string, severity: 'warning' | 'info' = 'info'): BlockEvent {
  const s = start.position!.start;
  const e = end.position!.end;
  const node: Unknown = {
    type: 'unknown',
    value: ctx.index.source.slice(s.offset!, e.offset!),
    position: { start: { ...s }, end: { ...e } },
  };
  return { type: 'block', node, note: { severity, reason, ruleId } };
}

function firstLineOf(node: Md.RootContent): string {
  if (node.type !== 'paragraph') return '';
  return phrasingText(node.children).split('\n')[0].trim();
}

function lastLineOf(node: Md.RootContent): string {
  if (node.type !== 'paragraph') return '';
  const lines = phrasingText(node.children).split('\n');
  return lines[lines.length - 1].trim();
}

function walkBlocks(ctx: Context, nodes: Md.RootContent[], kind: LineKind, prefix?: string): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const startLine = node.position!.start.line;
    switch (node.type) {
      case 'paragraph': {
        const first = firstLineOf(node);
        // VuePress/markdown-it containers (`::: details 目录` … `:::`) are kept verbatim.
        if (first.startsWith(':::')) {
          let j = i;
          const selfClosed = lastLineOf(node) === ':::' && phrasingText(node.children).includes('\n');
          if (!selfClosed) {
            for (j = i + 1; j < nodes.length; j++) if (lastLineOf(nodes[j]) === ':::') break;
            if (j === nodes.length) j = i;
          }
          ctx.events.push(
            unknownBlock(ctx, node, nodes[j], `容器块“${first}”不属于法规结构，已原样保留。`, 'parse-container'),
          );
          i = j;
          break;
        }
        const text = phrasingText(node.children);
        pushLines(ctx, prefix !== undefined ? `${prefix}${text}` : text, startLine, kind);
        prefix = undefined;
        break;
      }
      case 'heading':
        pushLines(ctx, phrasingText(node.children), startLine, 'heading', { headingDepth: node.depth });
        break;
      case 'blockquote':
        walkBlocks(ctx, node.children, 'quote');
        break;
      case 'list':
        for (const item of node.children) {
          const firstChild = item.children[0];
          let marker: string | undefined;
          if (node.ordered && firstChild?.position && item.position) {
            marker = ctx.index.source.slice(item.position.start.offset!, firstChild.position.start.offset!).trim();
          }
          if (!firstChild) {
            if (marker) pushLines(ctx, marker, item.position!.start.line, 'list');
            continue;
          }
          if (firstChild.type !== 'paragraph' && marker) {
            pushLines(ctx, marker, item.position!.start.line, 'list');
            marker = undefined;
          }
          walkBlocks(ctx, item.children, 'list', marker);
        }
        break;
      case 'table':
        ctx.events.push({ type: 'block', node: tableNode(node, ctx.index) });
        break;
      case 'code': {
        const raw = rawOf(ctx, node);
        const fenced = /^[ \t]*(`{3,}|~{3,})/.test(raw);
        if (fenced && node.lang === 'signatures') {
          ctx.events.push(signaturesNode(ctx, node));
        } else if (fenced) {
          ctx.events.push(unknownBlock(ctx, node, node, '代码块不属于法规结构，已原样保留。', 'parse-code-block', 'warning'));
        } else {
          // Indented "code" is text pasted with tab or space indentation, not code.
          pushLines(ctx, node.value, startLine, 'code');
        }
        break;
      }
      case 'html': {
        const withoutComments = stripComments(node.value);
        if (/<!--\s*INFO END\s*-->/.test(node.value)) {
          ctx.events.push({ type: 'marker', name: 'info-end', line: startLine });
        }
        if (trimWhitespace(withoutComments) === '') break;
        const lines = withoutComments.split('\n').map(htmlLineText);
        pushLines(ctx, lines.join('\n'), startLine, 'html');
        break;
      }
      case 'thematicBreak': {
        // `____` alone on a line is a blank to fill in (contracts), not a rule: keep it as text.
        const raw = rawOf(ctx, node).trim();
        if (/^[_\s]+$/.test(raw)) pushLines(ctx, raw, startLine, 'text');
        break;
      }
      case 'definition':
      case 'footnoteDefinition':
        ctx.events.push(unknownBlock(ctx, node, node, '链接或脚注定义已原样保留。', 'parse-definition'));
        break;
      default:
        ctx.events.push(unknownBlock(ctx, node, node, `无法识别的内容（${node.type}），已原样保留。`, 'parse-unknown', 'warning'));
    }
  }
}

export function sourceEvents(root: Md.Root, index: LineIndex): SourceEvent[] {
  const ctx: Context = { index, events: [], block: 0 };
  walkBlocks(ctx, root.children, 'text');
  return ctx.events;
}
