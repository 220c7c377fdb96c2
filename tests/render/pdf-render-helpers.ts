/**
 * Renders a Markdown source to PDF the way `regdoc build --to pdf` does (reader → pdfTarget), for the
 * PDF tests. Not a test file itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocument } from '../../src/cli/load-document.js';
import { pdfTarget } from '../../src/cli/output/pdf-output.js';
import type { ProjectConfig } from '../../src/config/project-config.js';
import { gbt9704Theme } from '../../src/render/theme.js';
import type { LoadedDocument } from '../../src/cli/load-document.js';

export const CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;
export const FIXTURES = new URL('../fixtures/render/', import.meta.url).pathname;

export interface RenderedPdf {
  document: LoadedDocument;
  bytes: Uint8Array;
  path: string;
  notices: string[];
}

const folder = mkdtempSync(join(tmpdir(), 'regdoc-pdf-test-'));

export async function renderPdf(source: string, config: ProjectConfig = {}): Promise<RenderedPdf> {
  const document = await loadDocument(source, config);
  const notices: string[] = [];
  const bytes = await pdfTarget.render(document, { config, theme: gbt9704Theme, notice: (m) => notices.push(m) });
  const path = join(folder, `${source.split('/').pop()}.${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, bytes);
  return { document, bytes, path, notices };
}
