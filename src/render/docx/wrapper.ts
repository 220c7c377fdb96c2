/**
 * DOCX placement of the 公文 wrapper (src/render/wrapper-model.ts): 版头 of the 文件格式 (GB/T 9704 §7.2:
 * red 发文机关标志 35 mm below the type area's top, 发文字号 two lines under it, red rule 4 mm under that),
 * 命令格式 (§10.2: mark 20 mm down, 令号 two lines under it, text two lines under that), 主体 (§7.3:
 * title two lines under the rule, 主送 one line under the title, 附件说明, 署名/成文日期 §7.3.5) and
 * 版记 (§7.4: 抄送 and 印发机关/印发日期 between a 0.35 mm and a 0.25 mm rule, on the bottom of the last page).
 */
import {
  AlignmentType,
  BorderStyle,
  type IParagraphOptions,
  LineRuleType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  Textbox,
} from 'docx';
import { mmToPt, mmToTwips, ptToTwips } from '../theme.js';
import { widthInChars, type Colophon, type WrapperModel } from '../wrapper-model.js';
import { OFF_GRID_STYLE, TITLE_LINE_FACTOR, titleLineCount, titleBlocks, type DocxBlock } from './handlers.js';
import { runOptions, textRun, textRuns } from './inline.js';
import { centred, emptyLines } from './paragraphs.js';
import type { DocxState } from './state.js';

/**
 * The mark sits off the grid in an exact-height line of 1.2 × its size; its glyphs' top lies about 0.1 em below
 * that line's top (measured on LibreOffice's rendering with the tests' stand-in fonts), so the paragraph's space
 * before is the standard's offset minus 0.1 em.
 */
const MARK_LINE_FACTOR = 1.2;
const MARK_GLYPH_TOP_EM = 0.1;

function organMark(state: DocxState, model: WrapperModel): Paragraph {
  const { theme, metrics } = state;
  // A long organ name shrinks the mark so that it stays inside the type area (§7.2.4 “醒目、美观、庄重”).
  const size = Math.min(theme.sizes.organMark, Math.floor(metrics.typeAreaWidthPt / widthInChars(model.organMark)));
  const line = ptToTwips(size * MARK_LINE_FACTOR);
  const before = Math.max(0, mmToTwips(model.organMarkOffsetMm) - ptToTwips(size * MARK_GLYPH_TOP_EM));
  return centred([textRun(state, model.organMark, { role: 'title', size, color: theme.colors.red, characterSpacing: 0 })], {
    style: OFF_GRID_STYLE,
    spacing: { before, line, lineRule: LineRuleType.EXACT },
  });
}

/** The 发文字号 line, with the red separator rule 4 mm under its glyphs (§7.2.6) as a bottom border. */
function docNumberLine(state: DocxState, text: string, rule: boolean): Paragraph {
  const { theme, metrics } = state;
  if (!rule) return centred(textRuns(state, text));
  // A grid line is taller than the text: the glyphs' bottom is about half the surplus above the line's bottom.
  const belowGlyphsPt = (metrics.linePitchPt - theme.sizes.body) / 2;
  const spacePt = Math.max(0, Math.round((theme.redRule.gapMm * 72) / 25.4 - belowGlyphsPt));
  return centred(textRuns(state, text), {
    border: {
      bottom: { style: BorderStyle.SINGLE, size: Math.round(theme.redRule.widthPt * 8), color: theme.colors.red, space: spacePt },
    },
  });
}

/** Paragraph options applied to every line of the wrapper's lower part (empty when no tightening is needed). */
type Fit = Partial<IParagraphOptions>;

const blank = (fit: Fit, keepNext = false): Paragraph => new Paragraph({ children: [], ...fit, ...(keepNext ? { keepNext: true } : {}) });
const blanks = (count: number, fit: Fit, keepNext = false): Paragraph[] => Array.from({ length: count }, () => blank(fit, keepNext));

/** 署名 and 成文日期 (and 附注) kept together on one page (keepNext), so the date never stands alone. */
function signatureBlocks(state: DocxState, model: WrapperModel, fit: Fit): Paragraph[] {
  const { signature } = model;
  const lines = signature.lines;
  const blocks: Paragraph[] = [...blanks(signature.blankLinesBefore, fit)];
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    if (last) blocks.push(...blanks(signature.blankLinesBeforeDate, fit, true));
    blocks.push(
      new Paragraph({
        ...fit,
        children: textRuns(state, line.text),
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round(line.rightIndentChars * state.charTwips) },
        ...(!last || model.note ? { keepNext: true } : {}),
      }),
    );
  });
  return blocks;
}

/** 附件说明 (§7.3.4): “附件：” 左空二字; several names numbered and aligned under the first name. */
function attachmentBlocks(state: DocxState, model: WrapperModel, fit: Fit): Paragraph[] {
  if (!model.attachments) return [];
  const { label, items } = model.attachments;
  const hang = state.charTwips * widthInChars(label);
  const left = state.charTwips * 2 + hang;
  return [
    blank(fit),
    ...items.map((item, i) =>
      new Paragraph({
        ...fit,
        alignment: AlignmentType.LEFT,
        indent: i === 0 ? { left, hanging: hang } : { left },
        children: textRuns(state, i === 0 ? `${label}${item}` : item),
      }),
    ),
  ];
}

/** Grid lines a paragraph of `text` takes at 28 字 per line after an indent of `indent` 字. */
function linesOf(state: DocxState, text: string, indent = 0): number {
  return Math.max(1, Math.ceil((indent + widthInChars(text)) / state.theme.grid.charsPerLine));
}

/**
 * 调整行距 (GB/T 9704 §7.3.5.5): when the first page would hold all of the notice or order except a few lines
 * of its lower part (主送 to 附注), those lines are set closer, off the grid, so that the 署名 and 成文日期 stay
 * on the page with the text. The estimate counts 28 字 per line; a longer wrapper simply flows on.
 */
export function fitFirstPage(state: DocxState, model: WrapperModel): Fit {
  const { theme, metrics } = state;
  const pitch = metrics.linePitchPt;
  const markSize = Math.min(theme.sizes.organMark, Math.floor(metrics.typeAreaWidthPt / widthInChars(model.organMark)));
  let used = mmToPt(model.organMarkOffsetMm) + (MARK_LINE_FACTOR - MARK_GLYPH_TOP_EM) * markSize + 2 * pitch;
  if (model.kind === 'notice') {
    used += 3 * pitch + mmToPt(theme.redRule.gapMm);
    if (model.title) used += titleLineCount(state, model.title) * theme.sizes.title * TITLE_LINE_FACTOR;
  } else {
    used += 3 * pitch;
  }
  let lower = 0;
  if (model.recipients) lower += 1 + linesOf(state, model.recipients);
  for (const text of model.body) lower += linesOf(state, text, theme.indentChars);
  if (model.attachments) lower += 1 + model.attachments.items.reduce((n, item) => n + linesOf(state, item, 5), 0);
  lower += model.signature.blankLinesBefore + model.signature.lines.length + model.signature.blankLinesBeforeDate;
  if (model.note) lower += 1;
  const room = metrics.typeAreaHeightPt - used;
  if (lower * pitch <= room) return {};
  const line = Math.floor((room / lower) * 20);
  // Closer than 1.25 × the body size stops being legible; such a wrapper is long enough to flow onto page 2.
  if (line < ptToTwips(theme.sizes.body * 1.25)) return {};
  return { style: OFF_GRID_STYLE, spacing: { line, lineRule: LineRuleType.EXACT } };
}

/** Everything of the wrapper that comes before the regulation text. */
export function wrapperHead(state: DocxState, model: WrapperModel): DocxBlock[] {
  const fit = fitFirstPage(state, model);
  const blocks: DocxBlock[] = [organMark(state, model), ...emptyLines(2)];
  if (model.kind === 'notice') {
    blocks.push(docNumberLine(state, model.docNumber ?? '', model.redRule), ...emptyLines(2));
    if (model.title) blocks.push(...titleBlocks(state, model.title));
    if (model.recipients) blocks.push(blank(fit), new Paragraph({ ...fit, alignment: AlignmentType.JUSTIFIED, children: textRuns(state, model.recipients) }));
  } else {
    blocks.push(centred(textRuns(state, model.orderNumber ?? '')), ...emptyLines(2));
  }
  blocks.push(...model.body.map((text) => new Paragraph({ ...fit, indent: state.indent, alignment: AlignmentType.JUSTIFIED, children: textRuns(state, text) })));
  blocks.push(...attachmentBlocks(state, model, fit), ...signatureBlocks(state, model, fit));
  if (model.note) blocks.push(new Paragraph({ ...fit, indent: state.indent, children: textRuns(state, model.note) }));
  return blocks;
}

const COLOPHON_RULE_LIFT_MM = 1.7;

const pt = (value: number): `${number}pt` => `${Math.round(value * 100) / 100}pt`;

/**
 * 版记 (§7.4) in a text box anchored to the type area, its bottom on the type area's bottom edge (“末条分隔线与
 * 公文最后一面的版心下边缘重合”), on the page where the text ends. 4号仿宋, 左右各空一字; 抄送 wraps under the
 * first name after the colon. LibreOffice 7.4 ignores w:framePr, so a VML text box is used.
 */
export function colophonBlocks(state: DocxState, colophon: Colophon): DocxBlock[] {
  const { theme, metrics } = state;
  const size = theme.sizes.colophon;
  const one = ptToTwips(size);
  const widthPt = metrics.typeAreaWidthPt;
  const width = Math.round(widthPt * 20);
  const rule = (mm: number) => ({ style: BorderStyle.SINGLE, size: Math.max(2, Math.round(((mm * 72) / 25.4) * 8)), color: theme.colors.text, space: 1 });
  const thick = rule(theme.colophonRules.thickMm);
  const thin = rule(theme.colophonRules.thinMm);
  const style = { size, characterSpacing: 0 };
  const paragraphs: Paragraph[] = [];
  const textWidth = widthPt - 2 * size;
  let lines = 1;
  if (colophon.cc) {
    const hang = one * widthInChars('抄送：');
    lines += Math.ceil((widthInChars(colophon.cc) * size) / textWidth);
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: one + hang, hanging: hang, right: one },
        border: { top: thick, bottom: thin },
        children: textRuns(state, colophon.cc, style),
      }),
    );
  }
  paragraphs.push(
    new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left: one, right: one },
      tabStops: [{ type: TabStopType.RIGHT, position: width - one }],
      border: colophon.cc ? { bottom: thick } : { top: thick, bottom: thick },
      children: [...textRuns(state, colophon.printer, style), new TextRun({ ...runOptions(state, style), children: [new Tab()] }), ...textRuns(state, colophon.printDate, style)],
    }),
  );
  // The box ends on the type area's bottom edge and its text sits on the box's bottom (v-text-anchor, pack.ts);
  // one spare line on top keeps rounding in any renderer from clipping the text.
  const heightPt = (lines + 1) * metrics.linePitchPt;
  // LibreOffice keeps 1.7 mm between a text box's bottom and its last rule; the box reaches that far down so the
  // rule lands on the type area's edge (measured in tests/render/docx-layout.test.ts; Word not checked).
  const dropPt = mmToPt(COLOPHON_RULE_LIFT_MM);
  return [
    new Textbox({
      style: {
        position: 'absolute',
        positionHorizontalRelative: 'margin',
        positionVerticalRelative: 'margin',
        left: '0pt',
        top: pt(metrics.typeAreaHeightPt - heightPt + dropPt),
        width: pt(widthPt),
        height: pt(heightPt),
      },
      children: paragraphs,
    }),
  ];
}
