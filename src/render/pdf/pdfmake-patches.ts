/**
 * Corrections to pdfmake 0.3.11 and the pdfkit under it (pdfmake pinned exactly in package.json;
 * tests/render/pdf-layout.test.ts checks the first two on a real law):
 * 1. characterSpacing counts when lines are filled (pdfmake issue #2116): pdfmake adds the spacing
 *    between characters only, and linebreak makes each CJK character its own inline, so the −0.21 pt
 *    tracking of the 28-字 line was ignored and lines held 27 characters (rendering-notes §4).
 * 2. Break opportunities before “ and after ” (and ‘ ’): UAX #14 (class QU) forbids breaks on both sides
 *    of curly quotes, which in Chinese text left lines 2–3 characters short (rendering-notes §4). The 禁则
 *    still hold: no break after an opening quote or before a closing one, nor before closing punctuation.
 * 3. Fonts without OpenType layout tables (GSUB, GPOS, kern, morx — the GB 2312 stand-in subsets) are laid
 *    out character by character from a per-font cache instead of through fontkit's shaper for every
 *    distinct line, and each character's subset glyph id is written in hex once; the glyphs, advances and
 *    content streams are the same, the time is a fraction.
 * 4. pdfkit turns every content-stream operator into its own Buffer as it is written (thousands per page,
 *    ~10 ms and much garbage a document); here the strings are kept and turned into bytes once per stream,
 *    when it is finished ('binary': one byte per UTF-16 unit, as pdfkit writes them), and deflated at level 1.
 * 5. A line broken by line-breaking.ts (noWrap) keeps its runs whole: pdfmake's TextBreaker no longer runs
 *    UAX #14 again over the runs on both sides of every change of font.
 * 6. linebreak classifies the common characters from a table (line-break-classes.ts) instead of its Unicode
 *    trie, which is then built only for a text with other characters.
 * The extracted text is unchanged (no characters are inserted).
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { deferUnusedModules } from './defer-unused-modules.js';
import { commonLineBreakClass } from './line-break-classes.js';

interface Inline {
  font: { widthOfString(text: string, size: number, features?: unknown): number };
  fontSize: number;
  fontFeatures?: unknown;
  characterSpacing?: number;
  text?: string;
  regdocWidth?: number;
}

interface Break {
  position: number;
  required: boolean;
}

interface LineBreakerInstance {
  string: string;
  pos: number;
  regdocBreaks?: Break[];
  regdocIndex?: number;
}

const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】〕”’…%·']);
const NO_LINE_END = new Set([...'（「『《〈【〔“‘']);
const OPENING_QUOTES = new Set(['“', '‘']);
const CLOSING_QUOTES = new Set(['”', '’']);
const isWide = (ch: string | undefined): boolean => !!ch && ch.charCodeAt(0) >= 0x2e80;

/** Extra break positions around curly quotes that sit in Chinese text. */
export function quoteBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1];
    const ch = text[i];
    if (OPENING_QUOTES.has(ch) && (isWide(before) || isWide(text[i + 1])) && !NO_LINE_END.has(before) && !/\s/.test(before)) {
      out.push(i);
    } else if (CLOSING_QUOTES.has(before) && (isWide(ch) || isWide(text[i - 2])) && !NO_LINE_START.has(ch) && !CLOSING_QUOTES.has(ch) && !/\s/.test(ch)) {
      out.push(i);
    }
  }
  return out;
}

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface EmbeddedFont {
  font: {
    directory: { tables: Record<string, unknown> };
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    hmtx: { metrics: { length: number; get(index: number): { advance: number } } };
  };
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
  regdocPlain?: boolean;
  regdocGlyphs?: Map<number, GlyphEntry>;
}

/** What a plain font's character always lays out to; `hex` (its glyph id in the subset) once it is printed. */
interface GlyphEntry {
  glyph: FontkitGlyph;
  advance: number;
  // One object per character, shared by every occurrence: pdfkit only reads glyph positions (it copies one
  // before adding word spacing).
  position: Readonly<Record<string, number>>;
  hex?: string;
}

interface LayoutResult {
  glyphs: FontkitGlyph[] | null;
  positions: Array<Readonly<Record<string, number>>> | null;
  advanceWidth: number;
}

type EmbeddedFontPrototype = {
  layout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): LayoutResult;
  encode(this: EmbeddedFont, text: string, features?: unknown): [string[], LayoutResult['positions']];
  regdocPatched?: boolean;
};

const LAYOUT_TABLES = ['GSUB', 'GPOS', 'kern', 'morx', 'mort'];

function isPlain(font: EmbeddedFont): boolean {
  return (font.regdocPlain ??= !LAYOUT_TABLES.some((tag) => font.font.directory.tables[tag]));
}

/** The cached layout of one character of a plain font. */
function glyphEntry(font: EmbeddedFont, codePoint: number): GlyphEntry {
  const cache = (font.regdocGlyphs ??= new Map());
  let entry = cache.get(codePoint);
  if (!entry) {
    const glyph = font.font.glyphForCodePoint(codePoint);
    // hmtx directly: the glyph's advanceWidth getter would decode its outline header.
    const metrics = font.font.hmtx.metrics;
    const advance = metrics.get(Math.min(glyph.id, metrics.length - 1)).advance * font.scale;
    entry = { glyph, advance, position: { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance } };
    cache.set(codePoint, entry);
  }
  return entry;
}

/** Calls `visit` with each code point of `text` (a surrogate pair as one). */
function forEachCodePoint(text: string, visit: (codePoint: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        visit((unit - 0xd800) * 0x400 + low - 0xdc00 + 0x10000);
        i++;
        continue;
      }
    }
    visit(unit);
  }
}

function patchLayout(proto: EmbeddedFontPrototype): void {
  if (proto.regdocPatched || typeof proto.layout !== 'function' || typeof proto.encode !== 'function') return;
  proto.regdocPatched = true;
  const { layout, encode } = proto;
  proto.layout = function plainLayout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): LayoutResult {
    if (features || !isPlain(this)) return layout.call(this, text, features, onlyWidth);
    const glyphs: FontkitGlyph[] | null = onlyWidth ? null : [];
    const positions: GlyphEntry['position'][] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    forEachCodePoint(text, (codePoint) => {
      const entry = glyphEntry(this, codePoint);
      advanceWidth += entry.advance;
      glyphs?.push(entry.glyph);
      positions?.push(entry.position);
    });
    return { glyphs, positions, advanceWidth };
  };
  // pdfkit's encode, with each character's subset glyph id written in hex once per font, not once per use.
  proto.encode = function plainEncode(this: EmbeddedFont, text: string, features?: unknown): [string[], LayoutResult['positions']] {
    if (features || !isPlain(this)) return encode.call(this, text, features);
    const hex: string[] = [];
    const positions: GlyphEntry['position'][] = [];
    forEachCodePoint(text, (codePoint) => {
      const entry = glyphEntry(this, codePoint);
      if (entry.hex === undefined) {
        const gid = this.subset.includeGlyph(entry.glyph.id);
        entry.hex = `0000${gid.toString(16)}`.slice(-4);
        this.widths[gid] ??= entry.glyph.advanceWidth * this.scale;
        this.unicode[gid] ??= entry.glyph.codePoints;
      }
      hex.push(entry.hex);
      positions.push(entry.position);
    });
    return [hex, positions];
  };
}

interface PdfReference {
  document: { _security?: unknown };
  buffer: Array<Uint8Array | string>;
  compress: boolean;
  uncompressedLength: number;
  data: { Length?: number; Filter?: string };
}

type PdfReferencePrototype = {
  write(this: PdfReference, chunk: unknown): void;
  finalize(this: PdfReference): void;
  regdocPatched?: boolean;
};

function patchReferenceWrites(proto: PdfReferencePrototype): void {
  if (proto.regdocPatched || typeof proto.write !== 'function' || typeof proto.finalize !== 'function') return;
  proto.regdocPatched = true;
  const { write, finalize } = proto;
  proto.write = function writeText(this: PdfReference, chunk: unknown): void {
    if (typeof chunk !== 'string') return write.call(this, chunk);
    const text = `${chunk}\n`;
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    this.buffer.push(text);
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function finalizeText(this: PdfReference): void {
    if (this.buffer.some((chunk) => typeof chunk === 'string')) {
      const chunks: Uint8Array[] = [];
      let run: string[] = [];
      const flush = () => {
        if (run.length) chunks.push(Buffer.from(run.join(''), 'binary'));
        run = [];
      };
      for (const chunk of this.buffer) {
        if (typeof chunk === 'string') run.push(chunk);
        else {
          flush();
          chunks.push(chunk);
        }
      }
      flush();
      this.buffer = chunks;
    }
    // Deflate level 1: the embedded font subsets are most of a PDF's bytes, and level 1 takes about two
    // thirds of the default level's time for files ~5 % larger. (Not for encrypted PDFs: pdfkit encrypts after.)
    if (this.compress && this.buffer.length && !this.document._security) {
      this.buffer = [deflateSync(Buffer.concat(this.buffer as Uint8Array[]), { level: 1 })];
      this.compress = false;
    }
    finalize.call(this);
  };
}

interface TextItem {
  text?: unknown;
  noWrap?: boolean;
  _textRef?: unknown;
  [key: string]: unknown;
}

interface StyleContextStackStatics {
  getStyleProperty(item: object, stack: unknown, property: string, defaultValue: unknown): unknown;
  copyStyle(source: object, destination: object): Record<string, unknown>;
}

/**
 * A line broken by line-breaking.ts is a noWrap node whose runs are each one word. pdfmake's TextBreaker
 * would still run UAX #14 over both neighbours of every joint between two runs, only to learn whether they
 * join without a break opportunity; here the runs are passed on whole and held on one line (noNewLine),
 * which is what a noWrap line means.
 */
function patchPreBrokenLines(require: NodeJS.Require): void {
  const TextBreaker = (require('pdfmake/js/TextBreaker.js') as { default: { prototype: Record<string, unknown> } }).default;
  const Styles = (require('pdfmake/js/StyleContextStack.js') as { default: StyleContextStackStatics }).default;
  const getBreaks = TextBreaker.prototype.getBreaks as (this: unknown, texts: unknown, stack: unknown) => Array<Record<string, unknown>>;
  TextBreaker.prototype.getBreaks = function getBreaksOfLine(this: unknown, texts: unknown, stack: unknown) {
    const runs = texts as TextItem[];
    const preBroken =
      Array.isArray(runs) &&
      runs.length > 1 &&
      Styles.getStyleProperty({}, stack, 'noWrap', false) === true &&
      runs.every((run) => typeof run === 'object' && run !== null && run._textRef === undefined && run.noWrap !== false);
    if (!preBroken) return getBreaks.call(this, texts, stack);
    return runs.map((run, index) => {
      const result = Styles.copyStyle(run, { text: run.text === undefined || run.text === null ? '' : String(run.text) });
      if (index < runs.length - 1) result.noNewLine = true;
      return result;
    });
  };
}

let patched = false;

export function patchPdfmake(): void {
  if (patched) return;
  patched = true;
  deferUnusedModules();
  const require = createRequire(import.meta.url);
  const TextInlines = (require('pdfmake/js/TextInlines.js') as { default: { prototype: Record<string, unknown> } }).default;
  TextInlines.prototype.widthOfText = function widthOfText(text: string, inline: Inline): number {
    // Lines broken by line-breaking.ts carry their width: no second shaping pass through fontkit.
    if (inline.regdocWidth !== undefined && text === inline.text) return inline.regdocWidth;
    return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + (inline.characterSpacing || 0) * [...text].length;
  };

  const PDFDocument = (require('pdfmake/js/PDFDocument.js') as { default: { prototype: Record<string, unknown> } }).default;
  const provideFont = PDFDocument.prototype.provideFont as (this: unknown, ...args: unknown[]) => EmbeddedFont;
  PDFDocument.prototype.provideFont = function patchedProvideFont(this: unknown, ...args: unknown[]): EmbeddedFont {
    const font = provideFont.apply(this, args);
    patchLayout(Object.getPrototypeOf(font) as EmbeddedFontPrototype);
    // pdfkit's PDFReference class is not exported; the document's catalog is one.
    const catalog = (this as { _root?: object })._root;
    if (catalog) patchReferenceWrites(Object.getPrototypeOf(catalog) as PdfReferencePrototype);
    return font;
  };

  patchPreBrokenLines(require);

  // The linebreak instance pdfmake itself loads (resolved from pdfmake's folder).
  const fromPdfmake = createRequire(require.resolve('pdfmake/js/TextBreaker.js'));
  const LineBreaker = fromPdfmake('linebreak') as {
    prototype: { nextBreak(this: LineBreakerInstance): Break | null; nextCharClass(this: LineBreakerInstance): number };
  };
  const nextCharClass = LineBreaker.prototype.nextCharClass;
  LineBreaker.prototype.nextCharClass = function nextCommonCharClass(this: LineBreakerInstance): number {
    const known = commonLineBreakClass(this.string.charCodeAt(this.pos));
    if (known === undefined) return nextCharClass.call(this);
    this.pos++;
    return known;
  };
  const original = LineBreaker.prototype.nextBreak;
  LineBreaker.prototype.nextBreak = function nextBreak(this: LineBreakerInstance): Break | null {
    if (!this.regdocBreaks) {
      const breaks: Break[] = [];
      for (let next = original.call(this); next; next = original.call(this)) breaks.push(next);
      // Most texts have no curly quote: no merge (a set and a sort per text) then.
      const extra = quoteBreaks(this.string);
      if (extra.length) {
        const known = new Set(breaks.map((b) => b.position));
        for (const position of extra) {
          if (!known.has(position)) breaks.push({ position, required: false });
        }
        breaks.sort((a, b) => a.position - b.position);
      }
      this.regdocBreaks = breaks;
      this.regdocIndex = 0;
    }
    return this.regdocBreaks[this.regdocIndex!++] ?? null;
  };
}
