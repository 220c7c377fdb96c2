/**
 * 编、分编、章、节 headings (立法法 第六十五条): a centred line `第一章　总　　则` on the body grid,
 * followed by the division's content. 编/分编/章 in 黑体, 节 in 楷体 (standards §2.3).
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Division } from '../../../tree/types.js';
import { textBlock, textStyle, type PdfContext } from '../context.js';
import { textInlines } from '../inline.js';
import { keepWithNext } from '../keep-with-next.js';
import { divisionLine } from '../heading-text.js';

export function renderDivision(node: Division, ctx: PdfContext): Content[] {
  const role = node.type === 'section' ? 'kai' : 'heading';
  const heading = textBlock(ctx, textInlines(divisionLine(node, ctx.theme)), textStyle(ctx, role), { alignment: 'center' });
  return keepWithNext(heading, ctx.render(node.children));
}
