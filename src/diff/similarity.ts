/**
 * Content similarity between two texts, used to pair units whose numbers cannot be trusted
 * (standards §4: articles are matched by content even when moved, similarity > 40 %).
 * A text is profiled as the sorted multiset of its character bigrams (code points, width-normalised);
 * similarity is the Dice coefficient, containment the share of one profile found in the other.
 */
import { normalizeCodePoint } from './normalize-width.js';

export interface Profile {
  /** Sorted bigram codes (a multiset). */
  grams: Float64Array;
  /** Code-point length of the text. */
  length: number;
}

const PLANE = 0x110000;

/** Whitespace that never counts for similarity (ASCII blanks, NBSP, U+3000 ideographic space). */
const isBlank = (cp: number): boolean => cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0 || cp === 0x3000;

export function profile(text: string): Profile {
  const cps: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    // Surrogate pair → one code point.
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (!isBlank(cp)) cps.push(normalizeCodePoint(cp));
  }
  if (cps.length === 1) return { grams: Float64Array.of(cps[0]), length: 1 };
  const grams = new Float64Array(Math.max(0, cps.length - 1));
  for (let i = 0; i + 1 < cps.length; i++) grams[i] = cps[i] * PLANE + cps[i + 1];
  grams.sort();
  return { grams, length: cps.length };
}

/** Size of the multiset intersection of two sorted arrays. */
export function overlap(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      count++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return count;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); 1 for two empty texts. */
export function dice(a: Profile, b: Profile): number {
  const total = a.grams.length + b.grams.length;
  if (total === 0) return 1;
  return (2 * overlap(a.grams, b.grams)) / total;
}

/** Share of `part`'s bigrams found in `whole` (0..1). */
export function containment(part: Profile, whole: Profile): number {
  if (part.grams.length === 0) return 0;
  return overlap(part.grams, whole.grams) / part.grams.length;
}

/** Profile of several texts taken together (merge/split candidates). */
export function combine(profiles: Profile[]): Profile {
  const total = profiles.reduce((sum, p) => sum + p.grams.length, 0);
  const grams = new Float64Array(total);
  let at = 0;
  for (const p of profiles) {
    grams.set(p.grams, at);
    at += p.grams.length;
  }
  grams.sort();
  return { grams, length: profiles.reduce((sum, p) => sum + p.length, 0) };
}
