/**
 * Runs pdfmake's server-side printer on a document definition with fonts given as bytes (an
 * in-memory virtual file system: no file or network access, hence no access-policy warnings).
 * pdfmake is loaded on first use; the character-spacing and quote-breaking patches are applied then.
 */
import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { patchPdfmake } from './pdfmake-patches.js';
import { hanLineBreaks } from './han-line-breaks.js';
import { deferUnusedModules } from './defer-unused-modules.js';

export interface FontBytes {
  bytes: Uint8Array;
  /** Face of a TrueType collection. */
  postscriptName?: string;
}

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (arg?: unknown) => void): void;
  end(): void;
}

interface Printer {
  createPdfKitDocument(definition: TDocumentDefinitions, options?: object): Promise<PdfKitDocument>;
}

interface PdfmakeModules {
  Printer: new (fonts: object, virtualfs: unknown, urlResolver: unknown, localAccessPolicy: (path: string) => boolean) => Printer;
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void; existsSync(name: string): boolean };
  URLResolver: new (fs: unknown) => { setUrlAccessPolicy(policy: (url: string) => boolean): void };
}

let modules: PdfmakeModules | undefined;

function loadPdfmake(): PdfmakeModules {
  if (!modules) {
    const require = createRequire(import.meta.url);
    deferUnusedModules();
    patchPdfmake();
    modules = {
      Printer: require('pdfmake/js/Printer.js').default,
      virtualfs: require('pdfmake/js/virtual-fs.js').default,
      URLResolver: require('pdfmake/js/URLResolver.js').default,
    };
  }
  return modules;
}

type LineBreakerClass = new (text: string) => { nextBreak(): { position: number; required: boolean } | null };
let LineBreaker: LineBreakerClass | undefined;

/** UAX #14 break opportunities as pdfmake finds them (linebreak 1.1.0, with the quote additions). */
export function libraryLineBreaks(text: string): Array<{ position: number; required: boolean }> {
  if (!LineBreaker) {
    loadPdfmake();
    LineBreaker = createRequire(createRequire(import.meta.url).resolve('pdfmake/js/TextBreaker.js'))('linebreak') as LineBreakerClass;
  }
  const breaker = new LineBreaker(text);
  const out: Array<{ position: number; required: boolean }> = [];
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) out.push({ position: next.position, required: next.required });
  return out;
}

/** The same breaks; plain Chinese text takes the short way of han-line-breaks.ts (a fraction of the time). */
export function lineBreakOpportunities(text: string): Array<{ position: number; required: boolean }> {
  return hanLineBreaks(text) ?? libraryLineBreaks(text);
}

/** Loads pdfmake ahead of time (it takes a fifth of a second), e.g. while fonts are being read. */
export function preloadPdfmake(): void {
  loadPdfmake();
}

export async function printPdf(definition: TDocumentDefinitions, fonts: Record<string, FontBytes>): Promise<Uint8Array> {
  const { Printer, virtualfs, URLResolver } = loadPdfmake();
  const descriptors: Record<string, { normal: string | [string, string] }> = {};
  for (const [family, font] of Object.entries(fonts)) {
    const name = `regdoc-fonts/${family}`;
    // The same bytes under the same name: fonts are cached per process, so a batch stores each once.
    if (!virtualfs.existsSync(name)) virtualfs.writeFileSync(name, font.bytes);
    descriptors[family] = { normal: font.postscriptName ? [name, font.postscriptName] : name };
  }
  const urlResolver = new URLResolver(virtualfs);
  urlResolver.setUrlAccessPolicy(() => false);
  const printer = new Printer(descriptors, virtualfs, urlResolver, () => false);
  const document = await printer.createPdfKitDocument(definition);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on('error', reject);
    document.end();
  });
}
