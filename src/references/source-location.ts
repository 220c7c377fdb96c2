/**
 * Offsets ↔ line/column in a source text (unist points are 1-based), so that messages can point at
 * the narrowest span (the label 第十二条, the word 前款) and `regdoc fix` can edit the source in place.
 */
import type { Position } from '../tree/types.js';

export interface SourceLocator {
  source: string;
  toOffset(point: { line: number; column: number; offset?: number }): number;
  toPoint(offset: number): { line: number; column: number; offset: number };
  /** Position of the span [start, end). */
  span(start: number, end: number): Position;
}

export function createLocator(source: string): SourceLocator {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  const toPoint = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  };
  return {
    source,
    toOffset(point) {
      if (typeof point.offset === 'number') return point.offset;
      const lineStart = starts[Math.min(Math.max(point.line, 1), starts.length) - 1] ?? 0;
      return lineStart + point.column - 1;
    },
    toPoint,
    span(start, end) {
      return { start: toPoint(start), end: toPoint(end) };
    },
  };
}

/** End of the line that contains `offset` (index of the line break or the text end). */
export function lineEnd(source: string, offset: number): number {
  const i = source.indexOf('\n', offset);
  return i === -1 ? source.length : i;
}
