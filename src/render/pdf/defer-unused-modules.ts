/**
 * pdfkit and fontkit load, when required, two modules regdoc's PDFs do not use: @noble/ciphers' AES (only
 * for encrypted PDFs; building its tables takes ~20 ms) and brotli's decoder (only for WOFF2 fonts; unpacking
 * its dictionary takes ~40 ms — the WOFF2 stand-in is decompressed by wawoff2 before fontkit sees it).
 * Before pdfkit or fontkit is first required, a stand-in goes into require's cache under each module's path
 * (resolved from the package that requires it, so it is the very file it would load); the stand-in loads the
 * real module the first time it is used, so an encrypted PDF or a WOFF2 font named in the config still works.
 */
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
  // pdfkit reads `aes.cbc` / `aes.ecb` when it encrypts.
  defer(pdfkit, '@noble/ciphers/aes', (load) => new Proxy({}, {
    get: (_, key) => (load() as Record<string | symbol, unknown>)[key],
    has: (_, key) => key in (load() as object),
  }));
  // fontkit calls the module itself (a function) to decode a WOFF2 font.
  defer(fontkit, 'brotli/decompress.js', (load) => (...args: unknown[]) => (load() as (...a: unknown[]) => unknown)(...args));
}
