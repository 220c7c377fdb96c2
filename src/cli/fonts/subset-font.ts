/**
 * Cuts a large CJK TrueType font down to the characters a 公文 needs (GB 2312 hanzi, punctuation,
 * ASCII), keeping it a standalone font (with cmap) that pdfkit can load and subset again per document.
 * A 15 MB Noto Serif SC becomes about 4 MB, which is what makes a cold `regdoc build --to pdf` fast.
 * Only glyf (TrueType-outline) fonts are accepted: CFF fonts embed larger and slower (rendering-notes §3).
 */
import { openFont, type FontkitFont } from './fontkit-types.js';

/** Tables kept verbatim from the source font besides what fontkit's glyf subsetter writes. */
const COPIED_TABLES = ['OS/2', 'name'] as const;

function rawTable(font: FontkitFont, tag: string): Uint8Array | undefined {
  const entry = font.directory.tables[tag];
  if (!entry) return undefined;
  const buffer = font.stream.buffer;
  return buffer.subarray(entry.offset, entry.offset + entry.length);
}

/** Reads the table directory of an sfnt buffer. */
function readTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

/** cmap with one format-12 subtable (platform 3, encoding 10): groups of consecutive code points and glyph ids. */
function buildCmap(mapping: Array<[codePoint: number, glyphId: number]>): Uint8Array {
  const groups: Array<[number, number, number]> = [];
  for (const [codePoint, glyphId] of mapping) {
    const last = groups[groups.length - 1];
    if (last && codePoint === last[1] + 1 && glyphId === last[2] + (codePoint - last[0])) last[1] = codePoint;
    else groups.push([codePoint, codePoint, glyphId]);
  }
  const subtableLength = 16 + groups.length * 12;
  const out = new Uint8Array(4 + 8 + subtableLength);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0); // version
  view.setUint16(2, 1); // one subtable
  view.setUint16(4, 3); // platform Windows
  view.setUint16(6, 10); // encoding UCS-4
  view.setUint32(8, 12); // offset
  view.setUint16(12, 12); // format
  view.setUint32(16, subtableLength);
  view.setUint32(20, 0); // language
  view.setUint32(24, groups.length);
  groups.forEach(([start, end, glyphId], i) => {
    view.setUint32(28 + i * 12, start);
    view.setUint32(32 + i * 12, end);
    view.setUint32(36 + i * 12, glyphId);
  });
  return out;
}

/** post version 3.0: the header of the source font without glyph names. */
function buildPost(source: Uint8Array | undefined): Uint8Array {
  const out = new Uint8Array(32);
  if (source) out.set(source.subarray(0, 32));
  new DataView(out.buffer).setUint32(0, 0x00030000);
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Writes an sfnt (TrueType) file from its tables, with checksums and head.checkSumAdjustment. */
function writeSfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= count) {
    searchRange *= 2;
    entrySelector++;
  }
  const headerLength = 12 + count * 16;
  let total = headerLength;
  for (const tag of tags) total += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, searchRange * 16);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - searchRange * 16);
  let offset = headerLength;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!.slice();
    if (tag === 'head') {
      new DataView(data.buffer).setUint32(8, 0);
      headOffset = offset;
    }
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c);
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    out.set(data, offset);
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

function setEmBoxMetrics(hhea: Uint8Array, unitsPerEm: number): void {
  const view = new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength);
  view.setInt16(4, Math.round(unitsPerEm * 0.88));
  view.setInt16(6, -Math.round(unitsPerEm * 0.12));
  view.setInt16(8, 0);
}

/** A copy of a whole (not subset) TrueType font with the em-box vertical metrics of SubsetOptions. */
export function withEmBoxMetrics(source: Uint8Array): Uint8Array {
  const copy = source.slice();
  const font = openFont(copy);
  const hhea = font.directory.tables.hhea;
  if (hhea) setEmBoxMetrics(copy.subarray(hhea.offset, hhea.offset + hhea.length), font.unitsPerEm);
  return copy;
}

export interface SubsetResult {
  bytes: Uint8Array;
  /** Code points the subset maps (those of the request the source font has). */
  codePoints: number[];
}

/**
 * Builds a standalone TrueType font holding the glyphs of `codePoints` (those the font has).
 * Throws when the font has CFF outlines, which this subsetter does not handle.
 */
export function subsetFont(source: Uint8Array, codePoints: Iterable<number>, postscriptName?: string): SubsetResult {
  return subsetFontWith(source, codePoints, { postscriptName });
}

export interface SubsetOptions {
  postscriptName?: string;
  /**
   * Sets hhea ascender/descender to the ideographic em box (0.88 / −0.12 em) with no line gap, so every
   * stand-in reports the same vertical extent (PDF FontDescriptor Ascent/Descent) and text on one grid
   * lines up whatever the font. Outlines and advance widths are unchanged.
   */
  emBoxMetrics?: boolean;
}

export function subsetFontWith(source: Uint8Array, codePoints: Iterable<number>, options: SubsetOptions): SubsetResult {
  const { postscriptName } = options;
  const font = openFont(source, postscriptName);
  if (!font.directory.tables.glyf) throw new Error(`${font.postscriptName}: not a glyf TrueType font`);
  const subset = font.createSubset();
  const mapping: Array<[number, number]> = [];
  for (const codePoint of [...new Set(codePoints)].sort((a, b) => a - b)) {
    if (!font.hasGlyphForCodePoint(codePoint)) continue;
    mapping.push([codePoint, subset.includeGlyph(font.glyphForCodePoint(codePoint).id)]);
  }
  const tables = readTables(subset.encode());
  if (options.emBoxMetrics) {
    const hhea = tables.get('hhea')!.slice();
    setEmBoxMetrics(hhea, font.unitsPerEm);
    tables.set('hhea', hhea);
  }
  tables.set('cmap', buildCmap(mapping));
  tables.set('post', buildPost(rawTable(font, 'post')));
  for (const tag of COPIED_TABLES) {
    const raw = rawTable(font, tag);
    if (raw) tables.set(tag, raw);
  }
  return { bytes: writeSfnt(tables), codePoints: mapping.map(([codePoint]) => codePoint) };
}
