/**
 * 公文 structural levels (GB/T 9704 §7.3.3): `一、` 黑体, `（一）` 楷体, `1.` and `（1）` 仿宋. A heading
 * standing alone is a line of its own in that face; otherwise the number runs into the first paragraph.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Inline, Item, Level, Paragraph } from '../../../tree/types.js';
import { textStyle, type PdfContext } from '../context.js';
import type { FontRole } from '../font-plan.js';
import { inlineText, textInlines } from '../inline.js';
import { bodyParagraph, renderParagraph } from './paragraph.js';

const LEVEL_ROLES: Record<Level['depth'], FontRole> = { 1: 'heading', 2: 'kai', 3: 'body', 4: 'body' };

export function renderLevel(node: Level, ctx: PdfContext): Content[] {
  const style = textStyle(ctx, LEVEL_ROLES[node.depth]);
  if (node.heading !== undefined) {
    return [bodyParagraph(ctx, textInlines(`${node.num}${node.heading}`, style)), ...ctx.render(node.children)];
  }
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph') {
    const inline = first.children.filter((child): child is Inline => child.type !== 'item');
    const text = inlineText(inline);
    // A run-in heading “（一）指导思想。…” keeps the level's face up to its first 。, as the DOCX does.
    const runIn = node.depth <= 2 ? /^[^。；，：！？]{1,20}。/.exec(text)?.[0] : undefined;
    if (runIn && runIn.length < text.length) {
      const items = first.children.filter((child): child is Item => child.type === 'item');
      return [
        bodyParagraph(ctx, [...textInlines(`${node.num}${runIn}`, style), ...textInlines(text.slice(runIn.length))]),
        ...ctx.render(items),
        ...ctx.render(rest),
      ];
    }
    return [...renderParagraph(first as Paragraph, ctx, textInlines(node.num, style)), ...ctx.render(rest)];
  }
  return [bodyParagraph(ctx, textInlines(node.num, style)), ...ctx.render(node.children)];
}
