/**
 * 条: `第一条` in 3号黑体, one ideographic space U+3000 (never a tab), then the first 款 run in;
 * later 款 are paragraphs of their own, each with a two-character first-line indent (standards §2.2–§2.3).
 * An optional 条标题 `（目的依据）` follows the label in the same face (成都 241号令, S67).
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Article } from '../../../tree/types.js';
import { textStyle, type PdfContext } from '../context.js';
import type { PdfInline } from '../inline.js';
import { renderParagraph } from './paragraph.js';

export function renderArticle(node: Article, ctx: PdfContext): Content[] {
  const label: PdfInline = {
    text: `${node.num}${node.heading ? `（${node.heading}）` : ''}\u3000`,
    ...textStyle(ctx, 'heading'),
  };
  const [first, ...rest] = node.children;
  if (!first) return renderParagraph({ type: 'paragraph', children: [] }, ctx, [label]);
  return [...renderParagraph(first, ctx, [label]), ...rest.flatMap((paragraph) => renderParagraph(paragraph, ctx))];
}
