/**
 * The short way to break plain Chinese text (src/render/pdf/han-line-breaks.ts) must give exactly the
 * breaks of the full UAX #14 algorithm that it stands in for — checked on every text the PDF renderer
 * breaks in the whole corpus — and must decline any text it does not cover.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/index.js';
import { buildPdfDefinition } from '../../src/render/pdf/build-definition.js';
import { hanLineBreaks } from '../../src/render/pdf/han-line-breaks.js';
import { libraryLineBreaks } from '../../src/render/pdf/print-pdf.js';
import { approximateMeasure } from '../../src/render/pdf/text-measure.js';
import { gbt9704Theme } from '../../src/render/theme.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const positions = (text: string) => hanLineBreaks(text)?.map((b) => b.position);

describe('line breaks of plain Chinese text', () => {
  it('allows a break between two Han characters and after the text', () => {
    expect(positions('规范行政')).toEqual([1, 2, 3, 4]);
  });

  it('never breaks before closing punctuation nor after opening punctuation', () => {
    expect(positions('为了，规范（行政）处罚')).toEqual([1, 3, 4, 5, 7, 9, 10, 11]);
  });

  it('keeps the ideographic space after 第X条 with the label', () => {
    expect(positions('第一条\u3000为了')).toEqual([1, 2, 4, 5, 6]);
  });

  it('declines text with digits, Latin letters, spaces or curly quotes', () => {
    for (const text of ['罚款1000元', 'PDF文件', '第一条 为了', '“行政处罚”']) expect(hanLineBreaks(text)).toBeUndefined();
  });

  it('gives the same breaks as the full algorithm on every text the renderer breaks in the corpus', () => {
    let compared = 0;
    const files = readdirSync(CORPUS).filter((f) => /\.(md|txt)$/.test(f) && !/^(MANIFEST|README)\.md$/.test(f));
    for (const name of files) {
      const { tree } = parseMarkdown(readFileSync(join(CORPUS, name), 'utf8'), name);
      const breaks = (text: string) => {
        const library = libraryLineBreaks(text);
        const han = hanLineBreaks(text);
        if (han) {
          compared++;
          expect(han, `${name}: ${text}`).toEqual(library);
        }
        return library;
      };
      buildPdfDefinition(tree, { theme: gbt9704Theme, measure: { ...approximateMeasure, breaks } });
    }
    // Most of a regulation's text is plain Chinese: thousands of paragraphs are compared.
    expect(compared).toBeGreaterThan(5000);
  });
});
