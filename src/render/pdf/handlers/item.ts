/**
 * 项 `（一）` and 目 `1.` (立法法 第六十五条): paragraphs of their own with the two-character indent,
 * the number in 仿宋 like the text (standards §2.3: not 楷体 as in 公文 level 2). A 项's 目 follow it.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Inline, Item, Subitem } from '../../../tree/types.js';
import type { PdfContext } from '../context.js';
import { inlineContent, textInlines } from '../inline.js';
import { bodyParagraph } from './paragraph.js';

export function renderItem(node: Item, ctx: PdfContext): Content[] {
  const inline = node.children.filter((child): child is Inline => child.type !== 'subitem');
  const subitems = node.children.filter((child): child is Subitem => child.type === 'subitem');
  return [bodyParagraph(ctx, [...textInlines(node.num), ...inlineContent(inline)]), ...ctx.render(subitems)];
}

export function renderSubitem(node: Subitem, ctx: PdfContext): Content[] {
  return [bodyParagraph(ctx, [...textInlines(node.num), ...inlineContent(node.children)])];
}
