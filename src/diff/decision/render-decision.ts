/**
 * The generated 修改决定 is an ordinary regdoc document: for DOCX and PDF it is read back by THE reader
 * (src/parse) and printed by the same output targets as `regdoc build` (GB/T 9704 layout), so the
 * decision looks like every other document of the office. HTML is not offered for documents yet.
 */
import { parseMarkdown } from '../../parse/index.js';
import { RegdocError } from '../../cli/regdoc-error.js';
import type { DecisionInput } from '../decision-contract.js';

export async function renderDecision(markdown: string, input: DecisionInput): Promise<Uint8Array> {
  const path = input.new.path.replace(/\.[^.]*$/, '') + '-修改决定.md';
  const { tree, file } = parseMarkdown(markdown, path);
  const document = { path, source: markdown, file, tree };
  const context = { config: input.config, theme: input.theme, notice: input.notice };
  if (input.format === 'docx') {
    const { docxTarget } = await import('../../cli/output/docx-output.js');
    return docxTarget.render(document, context);
  }
  if (input.format === 'pdf') {
    const { pdfTarget } = await import('../../cli/output/pdf-output.js');
    return pdfTarget.render(document, context);
  }
  throw new RegdocError(`修改决定暂不支持输出为 ${input.format}；可用 md、docx、pdf、json。`, 'usage');
}
