/**
 * The small part of fontkit 2.0.4 (untyped) that regdoc uses: opening a TrueType font, reading its
 * cmap and vertical metrics, and the glyf subsetter that pdfkit also uses to embed fonts.
 */
import { createRequire } from 'node:module';
import { deferUnusedModules } from '../../render/pdf/defer-unused-modules.js';

export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}

export interface FontkitSubset {
  includeGlyph(glyph: number | FontkitGlyph): number;
  encode(): Uint8Array;
  /** Only set for CFF fonts. */
  cff?: unknown;
}

export interface FontkitFont {
  postscriptName: string;
  familyName: string;
  unitsPerEm: number;
  /** hhea ascent / descent (descent is negative). */
  ascent: number;
  descent: number;
  lineGap: number;
  numGlyphs: number;
  characterSet: number[];
  /** Horizontal metrics; glyphs past the last entry share its advance. */
  hmtx: { metrics: { length: number; get(index: number): { advance: number } } };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream: { buffer: Uint8Array };
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  createSubset(): FontkitSubset;
  /** Present for TrueType collections. */
  fonts?: FontkitFont[];
  getFont?(postscriptName: string): FontkitFont | null;
}

interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}

let fontkit: Fontkit | undefined;

/** Loaded on first use so that commands without fonts never pay for it. */
export function loadFontkit(): Fontkit {
  if (!fontkit) {
    deferUnusedModules();
    fontkit = createRequire(import.meta.url)('fontkit') as Fontkit;
  }
  return fontkit;
}

/** Opens a font file's bytes; for a .ttc, picks the face by PostScript name (or the first face). */
export function openFont(bytes: Uint8Array, postscriptName?: string): FontkitFont {
  const font = loadFontkit().create(bytes, postscriptName);
  if (font.fonts && !postscriptName) return font.fonts[0];
  return font;
}
