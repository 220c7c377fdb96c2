/**
 * The blocks above a regulation's text: 标题 in 2号小标宋, centred, broken into 梯形 lines
 * (GB/T 9704 §7.3.1; breakTitle is shared with the DOCX renderer), and 题注 centred in 3号楷体
 * (standards §2.3). Both sit on the 28.95 pt grid like the body.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Note, Title, Unknown } from '../../../tree/types.js';
import { breakTitle } from '../../docx/title-lines.js';
import { textBlock, textStyle, type PdfContext } from '../context.js';
import { textInlines } from '../inline.js';
import { bodyParagraph } from './paragraph.js';

export function titleLines(text: string, ctx: PdfContext): string[] {
  return breakTitle(text, Math.floor(ctx.metrics.typeAreaWidthPt / ctx.theme.sizes.title));
}

export function renderTitle(node: Title, ctx: PdfContext): Content[] {
  const style = textStyle(ctx, 'title', ctx.theme.sizes.title);
  return titleLines(node.value, ctx).map((line) => textBlock(ctx, textInlines(line), style, { alignment: 'center' }));
}

export function renderNote(node: Note, ctx: PdfContext): Content[] {
  return [textBlock(ctx, textInlines(node.value), textStyle(ctx, 'kai'), { alignment: 'center' })];
}

/** Text that fits no rule is printed as written, never dropped. */
export function renderUnknown(node: Unknown, ctx: PdfContext): Content[] {
  return [bodyParagraph(ctx, textInlines(node.value))];
}
