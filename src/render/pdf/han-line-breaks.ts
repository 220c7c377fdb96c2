/**
 * Line-break opportunities of plain Chinese text without the general UAX #14 machine: for a text made
 * only of Han characters and the common full-width punctuation, UAX #14 reduces to two rules — no break
 * before closing punctuation (LB13 × CL/EX/IS, LB21 × NS: ，。、；：！？）」』》〉】〕 and …) and none after
 * opening punctuation (LB14 OP ×: （「『《〈【〔) — and a break everywhere else (LB31), which are also the 禁则
 * of GB/T 15834. Most paragraphs of a regulation are such texts; any other character (digits, Latin,
 * spaces, curly quotes, dashes) returns undefined and the caller uses the full algorithm (linebreak).
 * tests/render/han-line-breaks.test.ts checks that both give the same breaks on every corpus paragraph.
 */
import type { BreakOpportunity } from './text-measure.js';

const OTHER = 0;
const HAN = 1;
const CLOSING = 2;
const OPENING = 3;

// U+3000 (the space after 第X条) is class BA: no break before it (LB21), one after it — as closing punctuation.
const PUNCTUATION = new Map<number, number>([
  ...[...'，。、；：！？）」』》〉】〕…\u3000'].map((c) => [c.charCodeAt(0), CLOSING] as const),
  ...[...'（「『《〈【〔'].map((c) => [c.charCodeAt(0), OPENING] as const),
]);

/** Han ideographs (UAX #14 class ID): CJK Unified Ideographs, Extension A, Compatibility Ideographs, 〇. */
function classOf(code: number): number {
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007) return HAN;
  return PUNCTUATION.get(code) ?? OTHER;
}

/** Break opportunities (UTF-16 indices before which a line may end, the text's end included), or undefined. */
export function hanLineBreaks(text: string): BreakOpportunity[] | undefined {
  const breaks: BreakOpportunity[] = [];
  let previous = OTHER;
  for (let index = 0; index < text.length; index++) {
    const current = classOf(text.charCodeAt(index));
    if (current === OTHER) return undefined;
    if (index > 0 && current !== CLOSING && previous !== OPENING) breaks.push({ position: index, required: false });
    previous = current;
  }
  if (text.length > 0) breaks.push({ position: text.length, required: false });
  return breaks;
}
