/**
 * Helpers for the DOCX tests: parse a fixture with the real reader, render it, read parts of the package.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/parse/parse-document.js';
import { renderDocx } from '../../src/render/docx/index.js';
import type { Root } from '../../src/tree/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/render/', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export function parseFile(path: string): Root {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  return parseDocument(file);
}

export const fixtureTree = (name: string): Root => parseFile(`${FIXTURES}${name}.md`);

export async function renderFixture(name: string): Promise<Uint8Array> {
  return renderDocx(fixtureTree(name));
}

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** XML with one element per line and no insignificant whitespace, for comparison by meaning. */
export function normaliseXml(xml: string): string {
  return xml
    .replace(/>\s+</g, '><')
    .trim()
    .replace(/></g, '>\n<');
}

/** Paragraph XML chunks (`<w:p>…</w:p>`) of document.xml. */
export function paragraphs(documentXml: string): string[] {
  return documentXml.match(/<w:p\/>|<w:p>.*?<\/w:p>|<w:p [^>/]*>.*?<\/w:p>/gs) ?? [];
}

/** The visible text of a paragraph chunk. */
export const paragraphText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
