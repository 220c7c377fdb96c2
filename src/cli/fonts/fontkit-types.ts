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
  getGlyph(id: number): FontkitGlyph;
  createSubset(): FontkitSubset;
  /** Present for TrueType collections. */
  fonts?: FontkitFont[];
  getFont?(postscriptName: string): FontkitFont | null;
}

interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}

let fontkit: Fontkit | undefined;

interface GlyfSubset {
  font: {
    _variationProcessor?: unknown;
    loca: { offsets: number[] };
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
    getGlyph(id: number): { advanceWidth: number; _getMetrics(): { leftBearing: number } };
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
  _addGlyph(glyphId: number): number;
  regdocPatched?: boolean;
}

/**
 * fontkit's glyf subsetter decodes every glyph's whole outline (points and flags) only to learn whether it is
 * a compound glyph; the copied bytes are the raw glyf record either way. Simple glyphs are copied after a
 * look at the header's contour count instead (same bytes, a fraction of the time and garbage); compound glyphs
 * and variable fonts keep fontkit's own path.
 */
function patchGlyfSubset(proto: GlyfSubset): void {
  if (proto.regdocPatched || typeof proto._addGlyph !== 'function') return;
  proto.regdocPatched = true;
  const original = proto._addGlyph;
  proto._addGlyph = function addGlyph(this: GlyfSubset, glyphId: number): number {
    const font = this.font;
    if (font._variationProcessor) return original.call(this, glyphId);
    const start = font.loca.offsets[glyphId];
    const end = font.loca.offsets[glyphId + 1];
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    const buffer = stream.readBuffer(end - start);
    // numberOfContours (int16) < 0 marks a compound glyph, whose component ids must be renumbered.
    if (buffer.length >= 2 && (((buffer[0] << 8) | buffer[1]) << 16) >> 16 < 0) return original.call(this, glyphId);
    const glyph = font.getGlyph(glyphId);
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}

interface CmapProcessor {
  encoding?: unknown;
  cmap: { version: number; groups?: { length: number; base: number; stream: { buffer: Uint8Array } } };
  lookup(codePoint: number, variationSelector?: number): number;
}

/**
 * Format-12 cmaps (the stand-in subsets' only one) looked up by a binary search over typed arrays read once
 * from the table's bytes: fontkit decodes the groups one object at a time, which in a cold process made the
 * first look-up of each character cost ~40 µs. Same glyph ids; other formats keep fontkit's look-up.
 */
function fastCmap(font: FontkitFont): void {
  const processor = (font as unknown as { _cmapProcessor?: CmapProcessor })._cmapProcessor;
  const groups = processor?.cmap?.groups;
  if (!processor || processor.encoding || processor.cmap.version !== 12 || !groups) return;
  const bytes = groups.stream.buffer;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = groups.length;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  const glyphs = new Uint32Array(count);
  for (let i = 0, at = groups.base; i < count; i++, at += 12) {
    starts[i] = view.getUint32(at);
    ends[i] = view.getUint32(at + 4);
    glyphs[i] = view.getUint32(at + 8);
  }
  const original = processor.lookup;
  processor.lookup = function lookup(this: CmapProcessor, codePoint: number, variationSelector?: number): number {
    if (variationSelector) return original.call(this, codePoint, variationSelector);
    let min = 0;
    let max = count - 1;
    while (min <= max) {
      const mid = (min + max) >> 1;
      if (codePoint < starts[mid]) max = mid - 1;
      else if (codePoint > ends[mid]) min = mid + 1;
      else return glyphs[mid] + (codePoint - starts[mid]);
    }
    return 0;
  };
}

interface RawLazyArray {
  length: number;
  base: number;
  stream: { buffer: Uint8Array };
  get(index: number): unknown;
}

/**
 * hmtx entries (advance, left bearing) read straight from the table's bytes instead of through
 * restructure's generic struct decoder; fontkit, pdfkit and regdoc's measures all read them by glyph.
 */
function fastHmtx(font: FontkitFont): void {
  const metrics = (font.hmtx as unknown as { metrics?: RawLazyArray }).metrics;
  if (!metrics || typeof metrics.base !== 'number' || !metrics.stream?.buffer) return;
  const bytes = metrics.stream.buffer;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { base, length } = metrics;
  const items: Array<{ advance: number; bearing: number } | undefined> = [];
  metrics.get = (index: number) => {
    if (index < 0 || index >= length) return undefined;
    return (items[index] ??= { advance: view.getUint16(base + 4 * index), bearing: view.getInt16(base + 4 * index + 2) });
  };
}

interface GlyphWithMetrics {
  id: number;
  cbox: { maxY: number };
  _metrics?: unknown;
  _font: {
    hmtx: unknown;
    vmtx?: unknown;
    _variationProcessor?: unknown;
    'OS/2'?: { version: number; typoAscender: number; typoDescender: number };
    hhea: { ascent: number; descent: number };
  };
  _getTableMetrics(table: unknown): { advance: number; bearing: number };
  _getMetrics(cbox?: unknown): unknown;
  regdocPatched?: boolean;
}

/**
 * A glyph's advance width without its outline: fontkit computes all four metrics together, and without a vmtx
 * table (the stand-ins have none) the vertical two need the glyph's control box, so every advance width that
 * pdfkit asks for decoded the glyph's outline (~30 ms a document). Here the vertical pair is computed, by
 * fontkit's own rule, only when read. Variable fonts and fonts with vmtx keep fontkit's path.
 */
function patchGlyphMetrics(glyph: GlyphWithMetrics): void {
  let proto = Object.getPrototypeOf(glyph) as GlyphWithMetrics | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, '_getMetrics')) proto = Object.getPrototypeOf(proto) as GlyphWithMetrics | null;
  if (!proto || proto.regdocPatched) return;
  proto.regdocPatched = true;
  const original = proto._getMetrics;
  proto._getMetrics = function getMetrics(this: GlyphWithMetrics, cbox?: unknown) {
    if (this._metrics || this._font.vmtx || this._font._variationProcessor) return original.call(this, cbox);
    const { advance, bearing } = this._getTableMetrics(this._font.hmtx);
    const font = this._font;
    const os2 = font['OS/2'];
    const top = os2 && os2.version > 0 ? os2.typoAscender : font.hhea.ascent;
    const glyph = this;
    return (this._metrics = {
      advanceWidth: advance,
      leftBearing: bearing,
      get advanceHeight() {
        return os2 && os2.version > 0 ? Math.abs(os2.typoAscender - os2.typoDescender) : Math.abs(font.hhea.ascent - font.hhea.descent);
      },
      get topBearing() {
        return top - ((cbox as { maxY: number } | undefined) ?? glyph.cbox).maxY;
      },
    });
  };
}

type CreateFont = (buffer: Uint8Array, postscriptName?: string) => FontkitFont;

/**
 * fontkit.create, remembering the font opened from the same bytes: resolve-fonts.ts opens each font to
 * measure it, and pdfkit (the same fontkit module) opens the very same buffer again to embed it; sharing
 * the object parses its tables once. Also installs the glyf subsetter patch on the first TrueType font.
 */
function sharedCreate(create: CreateFont): CreateFont {
  const opened = new WeakMap<Uint8Array, Map<string, FontkitFont>>();
  return (buffer, postscriptName) => {
    let byName = opened.get(buffer);
    if (!byName) opened.set(buffer, (byName = new Map()));
    const key = postscriptName ?? '';
    let font = byName.get(key);
    if (!font) {
      font = create(buffer, postscriptName);
      byName.set(key, font);
      if (font.directory?.tables.glyf) patchGlyfSubset(Object.getPrototypeOf(font.createSubset()) as GlyfSubset);
      if (font.directory?.tables.cmap) fastCmap(font);
      if (font.directory?.tables.hmtx) fastHmtx(font);
      if (font.directory?.tables.glyf && font.numGlyphs > 0) patchGlyphMetrics(font.getGlyph(0) as unknown as GlyphWithMetrics);
    }
    return font;
  };
}

/** Loaded on first use so that commands without fonts never pay for it. */
export function loadFontkit(): Fontkit {
  if (!fontkit) {
    deferUnusedModules();
    const require = createRequire(import.meta.url);
    const path = require.resolve('fontkit');
    const real = require(path) as Fontkit;
    // fontkit's exports cannot be redefined: the module cached for later requirers (pdfkit, when it is
    // loaded after this) becomes a view of it whose `create` shares fonts.
    const shared = Object.create(real, { create: { value: sharedCreate(real.create.bind(real)), enumerable: true } }) as Fontkit;
    const cached = require.cache[path];
    if (cached) cached.exports = shared;
    fontkit = shared;
  }
  return fontkit;
}

/** Opens a font file's bytes; for a .ttc, picks the face by PostScript name (or the first face). */
export function openFont(bytes: Uint8Array, postscriptName?: string): FontkitFont {
  const font = loadFontkit().create(bytes, postscriptName);
  if (font.fonts && !postscriptName) return font.fonts[0];
  return font;
}
