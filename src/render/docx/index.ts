/**
 * DOCX renderer entry: legal tree → GB/T 9704-2012 DOCX bytes, deterministic (dates come from the
 * document's front matter, never from the clock).
 */
import type { Root } from '../../tree/types.js';
import { buildDocxDocument, type DocxRenderOptions } from './document.js';
import { documentTitle } from '../../tree/query.js';
import { packDocx } from './pack.js';

export { buildDocxDocument, type DocxRenderOptions } from './document.js';
export { breakTitle } from './title-lines.js';

/** Fixed core-properties date when the document carries none (the day GB/T 9704-2012 took effect). */
export const DEFAULT_DOCUMENT_DATE = '2012-07-01';

export function documentDate(tree: Root): string {
  const meta = tree.meta ?? {};
  const wrapperDate = meta.wrapper && 'date' in meta.wrapper ? (meta.wrapper as { date?: string }).date : undefined;
  return wrapperDate ?? meta.dates?.published ?? meta.dates?.adopted ?? meta.dates?.effective ?? DEFAULT_DOCUMENT_DATE;
}

export async function renderDocx(tree: Root, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  return packDocx(buildDocxDocument(tree, options), documentTitle(tree), documentDate(tree));
}
