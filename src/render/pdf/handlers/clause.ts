/**
 * Decimal contract clauses `1.1`, `4.4.2` (通用合同条款, standards §5): the number and heading in 黑体,
 * then the clause's paragraphs; without a heading the number runs into the first paragraph.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Clause } from '../../../tree/types.js';
import { textStyle, type PdfContext } from '../context.js';
import { textInlines } from '../inline.js';
import { bodyParagraph, renderParagraph } from './paragraph.js';

export function renderClause(node: Clause, ctx: PdfContext): Content[] {
  const style = textStyle(ctx, 'heading');
  if (node.heading) {
    return [bodyParagraph(ctx, textInlines(`${node.num}\u3000${node.heading}`, style)), ...ctx.render(node.children)];
  }
  const [first, ...rest] = node.children;
  const label = textInlines(`${node.num}\u3000`, style);
  if (first?.type === 'paragraph') return [...renderParagraph(first, ctx, label), ...ctx.render(rest)];
  return [bodyParagraph(ctx, label), ...ctx.render(node.children)];
}
