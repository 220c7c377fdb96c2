/**
 * Inline text → runs. A run of two or more ASCII underscores is a blank to be filled in by hand
 * (合同示范文本 “甲方：________”, standards §5): it becomes an underlined blank of the same width made
 * of FIGURE SPACEs (U+2007: half a 字 like an underscore, and no line break inside or around it, so a
 * blank never ends up invisible at a line end or pushes “，” to the next line).
 */
import { TextRun, type IRunOptions } from 'docx';
import type { Inline } from '../../tree/types.js';
import { fontOf, halfPoints, LANGUAGE, type DocxState, type FontRole } from './state.js';

export interface RunStyle {
  role?: FontRole;
  size?: number;
  bold?: boolean;
  color?: string;
  /** Character spacing in twips; undefined inherits Normal's −6. */
  characterSpacing?: number;
  /** Use the role font for Latin letters and digits too (页码 in 宋体). */
  latinInRole?: boolean;
}

export function runOptions(state: DocxState, style: RunStyle = {}): IRunOptions {
  const { theme } = state;
  const role = style.role ?? 'body';
  return {
    font: fontOf(theme, role, style.latinInRole),
    size: halfPoints(style.size ?? theme.sizes.body),
    language: LANGUAGE,
    ...(style.bold ? { bold: true } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(style.characterSpacing !== undefined ? { characterSpacing: style.characterSpacing } : {}),
  };
}

export function textRun(state: DocxState, text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ ...runOptions(state, style), text });
}

const BLANK = /_{2,}/g;

/** Text with underscore blanks split into plain and underlined runs. */
export function textRuns(state: DocxState, text: string, style: RunStyle = {}): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(BLANK)) {
    const at = match.index ?? 0;
    if (at > last) runs.push(textRun(state, text.slice(last, at), style));
    const length = match[0].length;
    const blank = '\u2007'.repeat(length);
    runs.push(new TextRun({ ...runOptions(state, style), text: blank, underline: { type: 'single' } }));
    last = at + length;
  }
  if (last < text.length) runs.push(textRun(state, text.slice(last), style));
  return runs;
}

/** Plain text of inline nodes (a reference shows its words as written). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : inlineText(node.children))).join('');
}

export function inlineRuns(state: DocxState, nodes: readonly Inline[], style: RunStyle = {}): TextRun[] {
  return textRuns(state, inlineText(nodes), style);
}
