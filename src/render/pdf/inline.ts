/**
 * Inline nodes → pdfmake inline texts. A run of two or more ASCII underscores is a blank to be filled
 * in by hand (合同示范文本 “甲方：________”, standards §5): it prints as an underlined blank of the same
 * width (two half-width underscores = one ideographic space), exactly as the DOCX renderer does.
 */
import type { Inline } from '../../tree/types.js';
import type { TextStyle } from './context.js';

export interface PdfInline extends Partial<TextStyle> {
  text: string;
  decoration?: 'underline';
  preserveLeadingSpaces?: boolean;
  preserveTrailingSpaces?: boolean;
  color?: string;
}

/** Plain text of inline nodes (a reference shows its words as written). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : inlineText(node.children))).join('');
}

const BLANK = /_{2,}/g;

/** Text split into plain and underlined-blank inlines; `style` is applied to each (undefined inherits). */
export function textInlines(text: string, style: Partial<TextStyle> = {}): PdfInline[] {
  const out: PdfInline[] = [];
  let last = 0;
  for (const match of text.matchAll(BLANK)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), ...style });
    const length = match[0].length;
    out.push({
      text: '\u3000'.repeat(Math.floor(length / 2)) + (length % 2 ? '\u2002' : ''),
      decoration: 'underline',
      preserveLeadingSpaces: true,
      preserveTrailingSpaces: true,
      ...style,
    });
    last = at + length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last), ...style });
  return out;
}

export function inlineContent(nodes: readonly Inline[], style: Partial<TextStyle> = {}): PdfInline[] {
  return textInlines(inlineText(nodes), style);
}
