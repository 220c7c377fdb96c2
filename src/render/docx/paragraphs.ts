/**
 * Paragraph shapes of the GB/T 9704 body (§7.3.3: 每个自然段左空二字，回行顶格; §7.3.1 标题居中):
 * indented body paragraphs, centred lines, right-aligned signature lines and empty lines (空一行).
 */
import { AlignmentType, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { DocxState } from './state.js';

export type Block = Paragraph;

/** A body paragraph with the two-字 first-line indent. */
export function indented(state: DocxState, children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ children, indent: state.indent, alignment: AlignmentType.JUSTIFIED, ...extra });
}

/** A paragraph starting at the left edge of the type area (顶格). */
export function flush(children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ children, alignment: AlignmentType.JUSTIFIED, ...extra });
}

export function centred(children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ children, alignment: AlignmentType.CENTER, ...extra });
}

/** A line ending `rightIndentChars` 字 before the right edge (署名, 成文日期). */
export function rightAligned(state: DocxState, children: ParagraphChild[], rightIndentChars: number, keepNext = false): Paragraph {
  return new Paragraph({
    children,
    ...(keepNext ? { keepNext: true } : {}),
    alignment: AlignmentType.RIGHT,
    indent: { right: Math.round(rightIndentChars * state.charTwips) },
  });
}

/** One empty body line (空一行): an empty paragraph takes exactly one grid line. */
export function emptyLine(keepNext = false): Paragraph {
  return new Paragraph({ children: [], ...(keepNext ? { keepNext: true } : {}) });
}

export function emptyLines(count: number, keepNext = false): Paragraph[] {
  return Array.from({ length: count }, () => emptyLine(keepNext));
}
