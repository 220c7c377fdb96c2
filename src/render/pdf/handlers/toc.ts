/**
 * 目录, generated from the headings whenever the text has 编/章/节 (立法技术规范（一）1·1: “法律设章、节的，
 * 在正文前须列“目录”…条、款、项、目不列入目录中”). `目　　录` centred, then one line per division,
 * each level indented one more character under its parent. A 目录 written in the source is replaced.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Division, Root, Toc } from '../../../tree/types.js';
import { textBlock, textStyle, type PdfContext } from '../context.js';
import { divisionLine } from '../heading-text.js';
import { textInlines } from '../inline.js';
import { bodyParagraph } from './paragraph.js';

const DIVISIONS = new Set(['part', 'subpart', 'chapter', 'section']);

/** Divisions in reading order with their nesting depth (0 for the outermost). */
export function divisionsOf(root: Root): Array<{ node: Division; depth: number }> {
  const out: Array<{ node: Division; depth: number }> = [];
  const walk = (children: readonly unknown[], depth: number) => {
    for (const child of children as Array<{ type: string; children?: unknown[] }>) {
      if (!DIVISIONS.has(child.type)) continue;
      out.push({ node: child as Division, depth });
      walk(child.children ?? [], depth + 1);
    }
  };
  walk(root.children, 0);
  return out;
}

export function generatedToc(ctx: PdfContext): Content[] {
  const divisions = divisionsOf(ctx.root);
  if (!divisions.length) return [];
  const heading = textBlock(ctx, textInlines('目\u3000\u3000录'), textStyle(ctx, 'heading'), { alignment: 'center' });
  const entries = divisions.map(({ node, depth }) =>
    bodyParagraph(ctx, textInlines(divisionLine(node, ctx.theme)), ctx.theme.indentChars + depth),
  );
  return [heading, ...entries];
}

/** A 目录 as written: replaced by the generated one when there are headings, else printed as written. */
export function renderToc(node: Toc, ctx: PdfContext): Content[] {
  if (divisionsOf(ctx.root).length) return [];
  return node.children.map((entry) => bodyParagraph(ctx, textInlines(entry.value)));
}
