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
 *    distinct line; the glyphs and advances are the same, the time is a fraction.
 * 4. pdfkit turns every content-stream operator into its own Buffer as it is written (thousands per page,
 *    ~10 ms and much garbage a document); here the strings are kept and turned into bytes once per stream,
 *    when it is finished ('binary': one byte per UTF-16 unit, as pdfkit writes them), and deflated at level 1.
 * The extracted text is unchanged (no characters are inserted).
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { deferUnusedModules } from './defer-unused-modules.js';

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
  regdocPlain?: boolean;
  regdocGlyphs?: Map<number, { glyph: FontkitGlyph; advance: number }>;
}

interface LayoutResult {
  glyphs: FontkitGlyph[] | null;
  positions: Array<Record<string, number>> | null;
  advanceWidth: number;
}

type EmbeddedFontPrototype = {
  layout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): LayoutResult;
  regdocPatched?: boolean;
};

const LAYOUT_TABLES = ['GSUB', 'GPOS', 'kern', 'morx', 'mort'];

function patchLayout(proto: EmbeddedFontPrototype): void {
  if (proto.regdocPatched || typeof proto.layout !== 'function') return;
  proto.regdocPatched = true;
  const original = proto.layout;
  proto.layout = function layout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): LayoutResult {
    this.regdocPlain ??= !LAYOUT_TABLES.some((tag) => this.font.directory.tables[tag]);
    if (features || !this.regdocPlain) return original.call(this, text, features, onlyWidth);
    const cache = (this.regdocGlyphs ??= new Map());
    const glyphs: FontkitGlyph[] = [];
    const positions: Array<Record<string, number>> = [];
    let advanceWidth = 0;
    for (const ch of text) {
      const codePoint = ch.codePointAt(0)!;
      let entry = cache.get(codePoint);
      if (!entry) {
        const glyph = this.font.glyphForCodePoint(codePoint);
        // hmtx directly: the glyph's advanceWidth getter would decode its outline header.
        const metrics = this.font.hmtx.metrics;
        entry = { glyph, advance: metrics.get(Math.min(glyph.id, metrics.length - 1)).advance * this.scale };
        cache.set(codePoint, entry);
      }
      const { glyph, advance } = entry;
      advanceWidth += advance;
      if (onlyWidth) continue;
      glyphs.push(glyph);
      positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
    }
    return { glyphs: onlyWidth ? null : glyphs, positions: onlyWidth ? null : positions, advanceWidth };
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

  // The linebreak instance pdfmake itself loads (resolved from pdfmake's folder).
  const fromPdfmake = createRequire(require.resolve('pdfmake/js/TextBreaker.js'));
  const LineBreaker = fromPdfmake('linebreak') as { prototype: { nextBreak(this: LineBreakerInstance): Break | null } };
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
