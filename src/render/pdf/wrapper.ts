/**
 * The 公文 wrapper pages before the regulation text, drawn from the shared WrapperModel
 * (src/render/wrapper-model.ts) so the PDF shows the same words as the DOCX:
 * 文件格式 (GB/T 9704 §7.2–§7.3): red 发文机关标志 35 mm below the type area's top, 发文字号 two lines
 * under it, a red rule 4 mm under the 发文字号, the title two lines under the rule, 主送, body, 附件说明,
 * 署名 and 成文日期, 附注; 命令格式 (§10.2): the mark 20 mm down, 令号 two lines under it, text two lines
 * under that, 签发人 and date. The 版记 (§7.4.1) closes the last page, its last rule on the type area's
 * bottom edge, thick rules 0.35 mm, thin 0.25 mm.
 */
import type { Content, ContentCanvas } from 'pdfmake/interfaces.js';
import { mmToPt } from '../theme.js';
import type { WrapperModel } from '../wrapper-model.js';
import { widthInChars } from '../wrapper-model.js';
import { chars, emBoxTop, lines, textBlock, textStyle, type PdfContext } from './context.js';
import { titleLines } from './handlers/front-matter-blocks.js';
import { bodyParagraph } from './handlers/paragraph.js';
import { textInlines } from './inline.js';

function rule(ctx: PdfContext, widthPt: number, color: string, marginTop = 0): ContentCanvas {
  return {
    canvas: [
      { type: 'line', x1: 0, y1: widthPt / 2, x2: ctx.metrics.typeAreaWidthPt, y2: widthPt / 2, lineWidth: widthPt, lineColor: color },
    ],
    // A line's measured height is its centre line; the bottom margin makes the rule occupy its full width.
    margin: [0, marginTop, 0, widthPt / 2],
  };
}

/** 发文机关标志: red 小标宋, as large as the theme says but never wider than the type area. */
function organMark(model: WrapperModel, ctx: PdfContext): Content {
  const width = widthInChars(model.organMark);
  const size = Math.min(ctx.theme.sizes.organMark, Math.floor((ctx.metrics.typeAreaWidthPt / width) * 10) / 10);
  const box = size * 1.25;
  const style = textStyle(ctx, 'title', size, box);
  // The mark's upper edge (its em box top) sits organMarkOffsetMm below the type area's top edge.
  const top = mmToPt(model.organMarkOffsetMm) - emBoxTop(box, size);
  // Below the characters (not the taller line box) come the two empty lines before the 发文字号/令号.
  const pad = size - box;
  return { text: model.organMark, ...style, characterSpacing: 0, color: `#${ctx.theme.colors.red}`, alignment: 'center', margin: [0, top, 0, pad] };
}

function rightAligned(ctx: PdfContext, text: string, rightIndentChars: number, marginTop = 0): Content {
  return { text: textInlines(text), ...textStyle(ctx, 'body'), alignment: 'right', margin: [0, marginTop, chars(ctx, rightIndentChars), 0] };
}

export function wrapperContent(model: WrapperModel, ctx: PdfContext): Content[] {
  const body = textStyle(ctx, 'body');
  const out: Content[] = [organMark(model, ctx)];
  const number = model.docNumber ?? model.orderNumber;
  // 发文机关标志下空二行 (§7.2.5, §10.2).
  if (number) out.push({ text: number, ...body, alignment: 'center', margin: [0, lines(ctx, 2), 0, 0] });
  let gapBeforeTitle = lines(ctx, 2);
  if (model.redRule) {
    // 4 mm below the 发文字号's characters (their em box bottom), across the type area.
    const glyphBottom = emBoxTop(ctx.metrics.linePitchPt, body.fontSize) + body.fontSize;
    const below = glyphBottom + mmToPt(ctx.theme.redRule.gapMm) - ctx.metrics.linePitchPt;
    out.push(rule(ctx, ctx.theme.redRule.widthPt, `#${ctx.theme.colors.red}`, below));
    gapBeforeTitle -= below + ctx.theme.redRule.widthPt;
  }
  if (model.title) {
    const title = textStyle(ctx, 'title', ctx.theme.sizes.title);
    titleLines(model.title, ctx).forEach((line, i) => {
      out.push({ text: line, ...title, alignment: 'center', margin: [0, i === 0 ? gapBeforeTitle : 0, 0, 0] });
    });
  }
  if (model.recipients) {
    out.push({ stack: [textBlock(ctx, textInlines(model.recipients), body, { alignment: 'justify' })], margin: [0, lines(ctx, 1), 0, 0] });
  }
  model.body.forEach((paragraph, i) => {
    const content = bodyParagraph(ctx, textInlines(paragraph));
    // 令号下空二行编排正文 (§10.2).
    out.push(i === 0 && !model.recipients && !model.title ? { stack: [content], margin: [0, lines(ctx, 2), 0, 0] } : content);
  });
  if (model.attachments) {
    const [first, ...more] = model.attachments.items;
    const hang = chars(ctx, ctx.theme.indentChars + 3);
    const block = (text: string, firstIndent: number) => textBlock(ctx, textInlines(text), body, { alignment: 'justify', firstIndent, restIndent: hang });
    out.push({ stack: [block(`${model.attachments.label}${first}`, chars(ctx, ctx.theme.indentChars))], margin: [0, lines(ctx, 1), 0, 0] });
    for (const item of more) out.push(block(item, hang));
  }
  const signature = model.signature;
  signature.lines.forEach((line, i) => {
    const isDate = i === signature.lines.length - 1;
    const before = i === 0 ? signature.blankLinesBefore : isDate ? signature.blankLinesBeforeDate : 0;
    out.push(rightAligned(ctx, line.text, line.rightIndentChars, lines(ctx, before)));
  });
  if (model.note) out.push(bodyParagraph(ctx, textInlines(model.note)));
  return out;
}

/** Height of the 版记 block, so the text can leave room for it on the last page. */
export function colophonHeight(model: WrapperModel, ctx: PdfContext): number {
  const colophon = model.colophon;
  if (!colophon) return 0;
  const size = ctx.theme.sizes.colophon;
  // 抄送 text wraps in a column after the label, 左右各空一字.
  const perLine = Math.floor((ctx.metrics.typeAreaWidthPt - 5 * size) / size);
  const ccLines = colophon.cc ? Math.ceil(widthInChars(colophon.cc.slice(3)) / perLine) : 0;
  const { thickMm, thinMm } = ctx.theme.colophonRules;
  return lines(ctx, ccLines + 1) + 2 * mmToPt(thickMm) + (ccLines ? mmToPt(thinMm) : 0);
}

/** 版记: thick rule, 抄送 (4号仿宋, 左右各空一字), thin rule, 印发机关 (左空一字) and 印发日期 (右空一字), thick rule. */
export function colophonContent(model: WrapperModel, ctx: PdfContext): Content | undefined {
  const colophon = model.colophon;
  if (!colophon) return undefined;
  const size = ctx.theme.sizes.colophon;
  const style = { ...textStyle(ctx, 'body', size), characterSpacing: 0 };
  const thick = mmToPt(ctx.theme.colophonRules.thickMm);
  const thin = mmToPt(ctx.theme.colophonRules.thinMm);
  const black = `#${ctx.theme.colors.text}`;
  const stack: Content[] = [rule(ctx, thick, black)];
  if (colophon.cc) {
    const label = '抄送：';
    stack.push({
      columns: [
        { width: size * 4, text: label, ...style, margin: [size, 0, 0, 0] },
        { width: '*', text: textInlines(colophon.cc.slice(label.length)), ...style, margin: [0, 0, size, 0] },
      ],
    });
    stack.push(rule(ctx, thin, black));
  }
  stack.push({
    columns: [
      { width: '*', text: colophon.printer, ...style, margin: [size, 0, 0, 0] },
      { width: 'auto', text: colophon.printDate, ...style, margin: [0, 0, size, 0] },
    ],
  });
  stack.push(rule(ctx, thick, black));
  // Drawn from the footer (whose top is the type area's bottom edge), shifted up by its own height.
  const { left, right } = ctx.metrics.marginsPt;
  return { margin: [left, 0, right, 0], stack: [{ stack, relativePosition: { x: 0, y: -colophonHeight(model, ctx) } }] } as Content;
}
