/**
 * What the renderer needs to know about fonts to break lines itself: advance widths and the UAX #14
 * break opportunities (with the quote additions of pdfmake-patches.ts). Supplied by the edge once the
 * fonts are loaded; the approximate measure below only serves the first pass that learns the roles.
 */
export interface BreakOpportunity {
  /** Index in the text before which a line may (or, when required, must) end. */
  position: number;
  required: boolean;
}

export interface TextMeasure {
  /** Advance width of one character, in em, in the font family given. */
  advance(family: string, codePoint: number): number;
  breaks(text: string): BreakOpportunity[];
}

/**
 * Full-width characters one em, others half, and no break opportunities at all: the first pass only
 * learns which fonts and characters a document uses, so it keeps each paragraph on one (long) line.
 */
export const approximateMeasure: TextMeasure = {
  advance: (_family, codePoint) => (codePoint >= 0x2e80 ? 1 : 0.5),
  breaks: () => [],
};
