/**
 * 页码 (GB/T 9704 §7.5): “— 1 —” in 4号半角宋体, 一字线上距版心下边缘 7 mm; odd pages 居右空一字,
 * even pages 居左空一字. pdfmake places the footer in the bottom margin, whose top is the type area's edge.
 */
import type { Content, DynamicContent } from 'pdfmake/interfaces.js';
import { mmToPt } from '../theme.js';
import { emBoxTop, textStyle, type PdfContext } from './context.js';

export function pageNumberFooter(ctx: PdfContext, extra?: (page: number, pageCount: number) => Content | undefined): DynamicContent {
  const size = ctx.theme.sizes.pageNumber;
  const box = size * 1.25;
  const style = { ...textStyle(ctx, 'song', size, box), characterSpacing: 0 };
  // Put the top of the characters' em box 7 mm below the type area.
  const top = mmToPt(ctx.theme.pageNumberGapMm) - emBoxTop(box, size);
  const { left, right } = ctx.metrics.marginsPt;
  const indent = size; // 一字 of the page number's own size
  return (page: number, pageCount: number) => {
    const odd = page % 2 === 1;
    const number: Content = {
      text: `— ${page} —`,
      ...style,
      alignment: odd ? 'right' : 'left',
      margin: [left + (odd ? 0 : indent), top, right + (odd ? indent : 0), 0],
    };
    const more = extra?.(page, pageCount);
    return more ? { stack: [more, number] } : number;
  };
}
