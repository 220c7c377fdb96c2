/**
 * Breaks a paragraph into lines before pdfmake sees it, so pdfmake lays out one text run per line
 * instead of one per character (pdfmake makes every CJK character an inline: that, not the fonts, is
 * most of its time and memory; issue 5). Break opportunities are UAX #14's plus those around “ ”
 * (TextMeasure.breaks), so the 禁则 hold; lines are filled greedily to the type-area width with the
 * 28-字 tracking, and a justified line's remaining space is spread evenly between its characters.
 * A comma or full stop that would otherwise start the next line hangs in the margin instead (as Word's
 * and LibreOffice's default 允许标点溢出边界 does for the DOCX), so its line keeps 28 characters.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { PdfInline } from './inline.js';
import type { TextMeasure } from './text-measure.js';

/** An inline whose style is complete (font, size, spacing, line height). */
export interface ResolvedInline extends PdfInline {
  font: string;
  fontSize: number;
  characterSpacing: number;
  lineHeight: number;
}

export interface LineOptions {
  /** Available width of the text column, in pt. */
  width: number;
  /** Indent of the first line (pt, positive) — GB/T 9704 §7.3.3 左空二字. */
  firstIndent?: number;
  /** Indent of the lines after the first (pt). */
  restIndent?: number;
  alignment: 'justify' | 'left' | 'center' | 'right';
  /** Right margin of every line (pt), for 右空N字 lines. */
  rightIndent?: number;
}

/** Per-UTF-16-unit layout facts of a paragraph's joined text. */
interface Measured {
  text: string;
  /** Run index of each code unit. */
  runOf: Uint16Array;
  /** prefix[i] = advance (with tracking) of text[0..i). */
  prefix: Float64Array;
  /** Whether each unit is a space that may vanish at a line end. */
  droppable: Uint8Array;
}

/** JavaScript's \s, by code: tested once per character, so without a regular expression or a string. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Characters (code points) in text[from, to), counted without copying the text. */
function codePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

/** Punctuation that may hang past the right edge of the type area (one per line). */
const HANGING = new Set([...'，。、；：？！']);

function measureRuns(runs: ResolvedInline[], measure: TextMeasure): Measured {
  const text = runs.map((r) => r.text).join('');
  const runOf = new Uint16Array(text.length);
  const prefix = new Float64Array(text.length + 1);
  const droppable = new Uint8Array(text.length);
  let at = 0;
  runs.forEach((run, index) => {
    const scale = run.fontSize;
    for (let i = 0; i < run.text.length; i++, at++) {
      runOf[at] = index;
      const code = run.text.codePointAt(i)!;
      const wide = code > 0xffff;
      const advance = measure.advance(run.font, code) * scale + run.characterSpacing;
      prefix[at + 1] = prefix[at] + advance;
      droppable[at] = isSpace(code) && !run.preserveTrailingSpaces ? 1 : 0;
      if (wide) {
        // The low surrogate carries no width of its own.
        i++;
        at++;
        runOf[at] = index;
        prefix[at + 1] = prefix[at];
      }
    }
  });
  return { text, runOf, prefix, droppable };
}

/** Width of text[from, to) without the spaces that would vanish at its end. */
function widthBetween(m: Measured, from: number, to: number): number {
  let end = to;
  while (end > from && m.droppable[end - 1]) end--;
  return m.prefix[end] - m.prefix[from];
}

/** Whether text[from, to) fits `available`, its last character hanging if it is a comma or stop. */
function fits(m: Measured, from: number, to: number, available: number): boolean {
  if (widthBetween(m, from, to) <= available) return true;
  return to - 1 > from && HANGING.has(m.text[to - 1]) && widthBetween(m, from, to - 1) <= available;
}

/** Line ranges [start, end) filled greedily at the break opportunities; an overlong word is cut by characters. */
function fill(m: Measured, measure: TextMeasure, options: LineOptions): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  const available = () =>
    options.width - (lines.length === 0 ? (options.firstIndent ?? 0) : (options.restIndent ?? 0)) - (options.rightIndent ?? 0) + 0.01;
  let start = 0;
  let fit = -1;
  const push = (end: number) => {
    lines.push([start, end]);
    start = end;
    fit = -1;
  };
  for (const { position, required } of measure.breaks(m.text)) {
    if (position <= start) continue;
    while (!fits(m, start, position, available())) {
      if (fit > start) {
        push(fit);
        continue;
      }
      // No opportunity fits: cut before the first character that overflows (at least one per line).
      let cut = start + 1;
      while (cut < position && widthBetween(m, start, cut + 1) <= available()) cut++;
      if (cut < m.text.length && m.text.charCodeAt(cut) >= 0xdc00 && m.text.charCodeAt(cut) <= 0xdfff) cut++;
      push(cut);
    }
    fit = position;
    if (required && /\n$/.test(m.text.slice(start, position))) push(position);
  }
  if (start < m.text.length || lines.length === 0) lines.push([start, m.text.length]);
  return lines;
}

/** pdfmake content for the runs: one node per line, nothing left for pdfmake to break. */
export function lineNodes(runs: ResolvedInline[], measure: TextMeasure, options: LineOptions): Content[] {
  const m = measureRuns(runs, measure);
  const lines = fill(m, measure, options);
  return lines.map(([from, to], index) => {
    const isLast = index === lines.length - 1;
    // A line keeps neither its final newline nor the spaces that vanish at its end.
    let end = to;
    while (end > from && (m.droppable[end - 1] || m.text[end - 1] === '\n' || m.text[end - 1] === '\r')) end--;
    const indent = index === 0 ? (options.firstIndent ?? 0) : (options.restIndent ?? 0);
    const available = options.width - indent - (options.rightIndent ?? 0);
    let natural = m.prefix[end] - m.prefix[from];
    let count = codePoints(m.text, from, end);
    // A hanging mark stands outside the justified measure.
    if (natural > available + 0.01 && end - from > 1 && HANGING.has(m.text[end - 1])) {
      natural = m.prefix[end - 1] - m.prefix[from];
      count -= 1;
    }
    const room = available - natural;
    // Justified lines end flush with the type area: the room is shared by the gaps between characters.
    const extra = options.alignment === 'justify' && !isLast && count > 1 && room > 0 ? room / (count - 1) : 0;
    const measured = m.prefix[end] - m.prefix[from] + extra * codePoints(m.text, from, end);
    const overflow = Math.max(0, measured - available);
    const text: Array<Record<string, unknown>> = [];
    for (let i = from; i < end; ) {
      const run = m.runOf[i];
      let j = i + 1;
      while (j < end && m.runOf[j] === run) j++;
      const piece = m.text.slice(i, j);
      const style = runs[run];
      const characterSpacing = style.characterSpacing + extra;
      text.push({
        ...style,
        text: piece,
        characterSpacing,
        preserveLeadingSpaces: true,
        preserveTrailingSpaces: true,
        // The width pdfmake would compute (patched TextInlines.widthOfText), known already.
        regdocWidth: m.prefix[j] - m.prefix[i] + extra * codePoints(m.text, i, j),
      });
      i = j;
    }
    return {
      text: text.length ? text : [{ ...runs[0], text: '' }],
      noWrap: true,
      alignment: options.alignment === 'justify' ? 'left' : options.alignment,
      // pdfmake counts the tracking after the last character too, and a hanging mark: widen the line's
      // box by that much so it keeps the line whole (the box is invisible; the text is left-aligned in it).
      margin: [indent, 0, (options.rightIndent ?? 0) - overflow - 0.01, 0],
    } as unknown as Content;
  });
}
