/**
 * pdfkit and fontkit load, when required, modules regdoc's PDFs do not use (or not all of): @noble/ciphers' AES (only
 * for encrypted PDFs; building its tables takes ~20 ms) and brotli's decoder (only for WOFF2 fonts; unpacking
 * its dictionary takes ~40 ms — the WOFF2 stand-in is decompressed by wawoff2 before fontkit sees it); pdfmake
 * loads its SVG support (~8 ms) and its QR-code encoder, pdfkit its PNG reader and SHA-256. pdfkit's MD5 (for the
 * file id of every PDF) is answered by node:crypto instead of js-md5.
 * Before pdfkit or fontkit is first required, a stand-in goes into require's cache under each module's path
 * (resolved from the package that requires it, so it is the very file it would load); the stand-in loads the
 * real module the first time it is used, so an encrypted PDF or a WOFF2 font named in the config still works.
 */
import { createHash } from 'node:crypto';
import Module, { createRequire } from 'node:module';

type Load = () => unknown;

let done = false;

function defer(requirer: string, specifier: string, stand: (load: Load) => unknown): void {
  const require = createRequire(requirer);
  let path: string;
  try {
    path = require.resolve(specifier);
  } catch {
    return;
  }
  if (require.cache[path]) return;
  let real: unknown;
  const load: Load = () => {
    if (real === undefined) {
      delete require.cache[path];
      real = require(path);
    }
    return real;
  };
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = stand(load);
  require.cache[path] = stub;
}

/** Installs the stand-ins (once per process); call before pdfmake, pdfkit or fontkit is required. */
export function deferUnusedModules(): void {
  if (done) return;
  done = true;
  const require = createRequire(import.meta.url);
  let pdfkit: string;
  let fontkit: string;
  try {
    pdfkit = createRequire(require.resolve('pdfmake/js/PDFDocument.js')).resolve('pdfkit');
    fontkit = createRequire(pdfkit).resolve('fontkit');
  } catch {
    return;
  }
  const lazyObject = (load: Load) => new Proxy({}, {
    get: (_, key) => (load() as Record<string | symbol, unknown>)[key],
    has: (_, key) => key in (load() as object),
  });
  // pdfkit reads `aes.cbc` / `aes.ecb` when it encrypts, and uses @noble/hashes' SHA-256 and byte helpers only then.
  defer(pdfkit, '@noble/ciphers/aes', lazyObject);
  defer(pdfkit, '@noble/hashes/utils', lazyObject);
  defer(pdfkit, '@noble/hashes/sha2', lazyObject);
  // pdfkit hashes every PDF's info into its file id with js-md5, whose set-up costs ~5 ms; the same MD5 comes
  // from node:crypto (text as UTF-8, as js-md5 reads it). Anything else pdfkit might ask loads the real module.
  defer(pdfkit, 'js-md5', (load) => {
    const digest = (data: string | ArrayBuffer | Uint8Array) =>
      createHash('md5').update(typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : data).digest();
    const md5 = (data: string | ArrayBuffer | Uint8Array) => digest(data).toString('hex');
    md5.arrayBuffer = (data: string | ArrayBuffer | Uint8Array) => {
      const bytes = digest(data);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    };
    return new Proxy(md5, { get: (target, key) => (key in target ? target[key as keyof typeof target] : (load() as Record<string | symbol, unknown>)[key]) });
  });
  // PNG images only (regdoc's documents hold none): pdfkit calls `new PNG(data)`.
  defer(pdfkit, 'png-js', (load) => function LazyPng(...args: unknown[]) {
    return new (load() as new (...a: unknown[]) => object)(...args);
  });
  // pdfmake's QR codes: it reads `__esModule` when it loads, and `default.measure` only to draw a QR code.
  defer(require.resolve('pdfmake/js/DocMeasure.js'), './qrEnc.js', (load) => ({
    __esModule: true,
    default: { measure: (...args: unknown[]) => (load() as { default: { measure: (...a: unknown[]) => unknown } }).default.measure(...args) },
  }));
  // pdfmake's SVG support (svg-to-pdfkit, and xmldoc with sax to read the SVG): regdoc's documents hold no
  // SVG; pdfmake reads `__esModule` of the first when it loads, and calls `default` only to draw an SVG.
  defer(require.resolve('pdfmake/js/Renderer.js'), './3rd-party/svg-to-pdfkit', (load) => ({
    __esModule: true,
    default: (...args: unknown[]) => (load() as { default: (...a: unknown[]) => unknown }).default(...args),
  }));
  defer(require.resolve('pdfmake/js/SVGMeasure.js'), 'xmldoc', lazyObject);
  // fontkit (and unicode-properties) build four Unicode tries when loaded — shaping data for Arabic, Indic and
  // other complex scripts, unused for the stand-ins, which are laid out without shaping — each inflated from
  // its compressed data (~20 ms together); each is built the first time it is looked up instead. Only `get`
  // is ever called on them (linebreak's trie, resolved to the same file, is built on its first line).
  defer(fontkit, 'unicode-trie', (load) => {
    type Trie = { get(codePoint: number): number };
    return class LazyUnicodeTrie {
      private readonly data: unknown[];
      private real?: Trie;
      constructor(...data: unknown[]) {
        this.data = data;
      }
      get(codePoint: number): number {
        this.real ??= new (load() as new (...data: unknown[]) => Trie)(...this.data);
        return this.real.get(codePoint);
      }
    };
  });
  // fontkit asks unicode-properties whether each glyph's character is a combining mark, which builds that
  // package's large trie (~10 ms); ASCII/Latin-1, general punctuation, CJK punctuation before U+302A, the
  // CJK ideographs and the full-width forms hold no marks (General_Category M*), so those are answered here.
  defer(fontkit, 'unicode-properties', (load) => {
    const real = () => load() as Record<string | symbol, unknown>;
    const isMark = (codePoint: number): boolean =>
      codePoint < 0x300 ||
      (codePoint >= 0x2000 && codePoint <= 0x206f) ||
      (codePoint >= 0x3000 && codePoint <= 0x3029) ||
      (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
      (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
      (codePoint >= 0xff01 && codePoint <= 0xff9d)
        ? false
        : (real().isMark as (codePoint: number) => boolean)(codePoint);
    return new Proxy({}, {
      get: (_, key) => (key === 'isMark' ? isMark : real()[key]),
      has: (_, key) => key in real(),
    });
  });
  // fontkit calls the module itself (a function) to decode a WOFF2 font.
  defer(fontkit, 'brotli/decompress.js', (load) => (...args: unknown[]) => (load() as (...a: unknown[]) => unknown)(...args));
}
