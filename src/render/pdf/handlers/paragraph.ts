/**
 * 款 (or a free paragraph): indented two characters, justified on the 28-字 line (GB/T 9704 §7.3.3:
 * 每个自然段左空二字，回行顶格). Its inline text comes first, then its 项 as paragraphs of their own.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Inline, Item, Paragraph } from '../../../tree/types.js';
import { chars, textBlock, textStyle, type PdfContext } from '../context.js';
import { inlineContent, type PdfInline } from '../inline.js';

/** A body paragraph of inline texts with the first-line indent. */
export function bodyParagraph(ctx: PdfContext, inlines: PdfInline[], indentChars = ctx.theme.indentChars): Content {
  return textBlock(ctx, inlines, textStyle(ctx, 'body'), { firstIndent: chars(ctx, indentChars), alignment: 'justify' });
}

export function renderParagraph(node: Paragraph, ctx: PdfContext, lead: PdfInline[] = []): Content[] {
  const inline = node.children.filter((child): child is Inline => child.type !== 'item');
  const items = node.children.filter((child): child is Item => child.type === 'item');
  const out: Content[] = [];
  if (inline.length || lead.length || !items.length) out.push(bodyParagraph(ctx, [...lead, ...inlineContent(inline)]));
  out.push(...ctx.render(items));
  return out;
}
