/**
 * A heading never ends a page alone (编/章/节 headings keep with the first line that follows them, as
 * Word's “与下段同页”): the heading and that first line form one unbreakable block.
 */
import type { Content } from 'pdfmake/interfaces.js';

type Block = { stack?: Content[]; margin?: unknown; unbreakable?: boolean; pageBreak?: unknown };

/** Splits off the first line of a block (a leaf in nested stacks without margins of their own). */
function firstLine(node: Content): { line: Content; rest: Content[] } | undefined {
  const block = node as Block;
  // An unbreakable block (a heading already kept with its next line) moves as one.
  if (!block.stack || block.unbreakable) return { line: node, rest: [] };
  if (block.margin !== undefined || block.pageBreak !== undefined || block.stack.length === 0) return undefined;
  const [head, ...tail] = block.stack;
  const inner = firstLine(head);
  if (!inner) return undefined;
  return { line: inner.line, rest: [...inner.rest, ...tail] };
}

export function keepWithNext(heading: Content, following: Content[]): Content[] {
  const [next, ...others] = following;
  const split = next === undefined ? undefined : firstLine(next);
  if (!split) return [heading, ...following];
  return [{ stack: [heading, split.line], unbreakable: true }, ...split.rest, ...others];
}
