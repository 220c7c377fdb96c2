/**
 * Markdown → mdast, fast. Legal texts are mostly plain paragraphs with no Markdown syntax at all;
 * running micromark over 320 KB of them (民法典) costs most of a second. So the body is cut into
 * blank-line-separated blocks: a block with no character that Markdown could read as syntax becomes
 * an mdast paragraph (or ATX heading) directly, and only the other blocks — runs of them kept
 * together so lists, fences and HTML stay whole — go through remark-parse + remark-gfm.
 * Positions are the positions in the whole file either way.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type * as Md from 'mdast';
import type { Node } from 'unist';

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/** Line openers that Markdown reads as block syntax (headings, quotes, lists, tables, HTML, fences, setext, code). */
const BLOCK_SYNTAX = /^(?: {0,3}(?:[#>+*\-=|<`~:_]|\d{1,9}[.)])| {4}|\t)/;
/** Characters that may start inline syntax (emphasis, code, links, HTML, entities, escapes, tables, strikethrough). */
const INLINE_SYNTAX = /[*_`[\]<>&\\~|]/;
/** GFM autolink literals. */
const AUTOLINK = /(?:https?:\/\/|www\.|@)/i;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks of CommonMark kinds 1–5 may contain blank lines; they end at these markers. */
const HTML_SPANNING: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

const isBlank = (line: string) => /^[ \t]*\r?$/.test(line);

export function parseMarkdownBody(body: string): Md.Root {
  const starts: number[] = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineCount = starts.length;
  const lineAt = (n: number) => {
    const end = n + 1 < lineCount ? starts[n + 1] - 1 : body.length;
    return body.slice(starts[n], end).replace(/\r$/, '');
  };
  const endOf = (n: number) => (n + 1 < lineCount ? starts[n + 1] - 1 - (body[starts[n + 1] - 2] === '\r' ? 1 : 0) : body.length);
  const children: Md.RootContent[] = [];
  let pendingFrom = -1;
  let pendingTo = -1;

  const flush = () => {
    if (pendingFrom < 0) return;
    const from = starts[pendingFrom];
    const to = endOf(pendingTo);
    const chunk = body.slice(from, to);
    const tree = markdown.parse(chunk) as Md.Root;
    keepUnderscoreBlanks(tree, chunk);
    shift(tree, pendingFrom, from);
    children.push(...tree.children);
    pendingFrom = pendingTo = -1;
  };

  let i = 0;
  while (i < lineCount) {
    if (isBlank(lineAt(i))) {
      i++;
      continue;
    }
    // One block: up to the next blank line, or further for fences and spanning HTML.
    let j = i;
    let complex = false;
    const first = lineAt(i);
    const fence = FENCE_OPEN.exec(first);
    const spanning = HTML_SPANNING.find(([open]) => open.test(first));
    if (fence) {
      complex = true;
      const closer = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*\\r?$`);
      j = i + 1;
      while (j < lineCount && !closer.test(lineAt(j))) j++;
      j = Math.min(j + 1, lineCount);
    } else if (spanning) {
      complex = true;
      j = i;
      while (j < lineCount && !spanning[1].test(lineAt(j))) j++;
      j = Math.min(j + 1, lineCount);
    }
    while (j < lineCount && !isBlank(lineAt(j))) {
      const line = lineAt(j);
      if (!complex && (BLOCK_SYNTAX.test(line) || INLINE_SYNTAX.test(line) || AUTOLINK.test(line))) complex = true;
      // A fence or spanning HTML opening inside a block takes the rest of the document's blank lines with it.
      if (j > i && (FENCE_OPEN.test(line) || HTML_SPANNING.some(([open]) => open.test(line)))) break;
      j++;
    }
    if (j === i) j = i + 1;
    const atx = j === i + 1 ? ATX.exec(first) : null;
    if (complex && !(atx && !INLINE_SYNTAX.test(atx[2]) && !AUTOLINK.test(atx[2]))) {
      if (pendingFrom < 0) pendingFrom = i;
      pendingTo = j - 1;
    } else {
      flush();
      children.push(atx ? headingNode(atx, i, starts[i], first) : paragraphNode(body, starts, i, j - 1, endOf));
    }
    i = j;
  }
  flush();
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(starts, lineCount - 1, body.length) } };
}

function pointAt(starts: number[], line: number, offset: number) {
  return { line: line + 1, column: offset - starts[line] + 1, offset };
}

function paragraphNode(body: string, starts: number[], from: number, to: number, endOf: (n: number) => number): Md.Paragraph {
  const startOffset = starts[from];
  const endOffset = endOf(to);
  const value = body
    .slice(startOffset, endOffset)
    .split('\n')
    .map((l) => l.replace(/^[ \t]+/, '').replace(/[ \t\r]+$/, ''))
    .join('\n');
  const position = { start: pointAt(starts, from, startOffset), end: pointAt(starts, to, endOffset) };
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position };
}

function headingNode(m: RegExpExecArray, line: number, offset: number, text: string): Md.Heading {
  const position = {
    start: { line: line + 1, column: 1, offset },
    end: { line: line + 1, column: text.length + 1, offset: offset + text.length },
  };
  return { type: 'heading', depth: m[1].length as Md.Heading['depth'], children: [{ type: 'text', value: m[2], position }], position };
}

/**
 * Underscores in legal texts are blanks to fill in (合同示范文本 “甲方：____，乙方：____。”), never
 * emphasis; CommonMark would pair two blanks around CJK punctuation into `_emphasis_` and drop them.
 * Such emphasis nodes go back to their source text.
 */
function keepUnderscoreBlanks(node: Node, chunk: string): void {
  if (!('children' in node) || !Array.isArray(node.children)) return;
  const children = node.children as Node[];
  children.forEach((child, index) => {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if ((child.type === 'emphasis' || child.type === 'strong') && start !== undefined && end !== undefined && chunk[start] === '_') {
      children[index] = { type: 'text', value: chunk.slice(start, end), position: child.position } as Node;
    } else {
      keepUnderscoreBlanks(child, chunk);
    }
  });
}

/** Moves positions of a chunk's mdast to where the chunk stands in the body. */
function shift(node: Node, lineOffset: number, charOffset: number): void {
  if (node.position) {
    node.position.start.line += lineOffset;
    node.position.end.line += lineOffset;
    if (node.position.start.offset !== undefined) node.position.start.offset += charOffset;
    if (node.position.end.offset !== undefined) node.position.end.offset += charOffset;
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) shift(child, lineOffset, charOffset);
}
