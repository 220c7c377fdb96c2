/**
 * Punctuation width (GB/T 15834-2011: Chinese text uses full-width marks). Older flk records write ASCII
 * `(一)` and `:` where newer ones write `（一）` `：` (corpus MANIFEST, caveats), so texts are compared on a
 * copy where each half-width mark is replaced by its full-width form. The mapping is one code point to one
 * code point, so positions in the normalised copy are positions in the original.
 */

const HALF_TO_FULL: ReadonlyMap<number, number> = new Map(
  [
    ['(', '（'],
    [')', '）'],
    [':', '：'],
    [';', '；'],
    [',', '，'],
    ['?', '？'],
    ['!', '！'],
  ].map(([half, full]) => [half.codePointAt(0)!, full.codePointAt(0)!]),
);

/** Code points of `text` (a character outside the BMP, e.g. 𠀀, is one element). */
export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0)!);
  return out;
}

export function normalizeCodePoint(cp: number): number {
  // Only ASCII marks are mapped; everything else passes without a lookup.
  return cp < 0x80 ? (HALF_TO_FULL.get(cp) ?? cp) : cp;
}

/** The width-normalised copy of `text`. */
const HALF_WIDTH = /[():;,?!]/;

export function normalizeWidth(text: string): string {
  if (!HALF_WIDTH.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const mapped = HALF_TO_FULL.get(cp);
    out += mapped === undefined ? ch : String.fromCodePoint(mapped);
  }
  return out;
}

/** Two code points that differ only in punctuation width. */
export function widthVariants(a: number, b: number): boolean {
  return a !== b && normalizeCodePoint(a) === normalizeCodePoint(b);
}
