/**
 * Blank and filled versions of every contract template go through the real DOCX and PDF targets:
 * the signature block prints the parties side by side (two columns), after （以下无正文）.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { docxTarget } from '../../src/cli/output/docx-output.js';
import { pdfTarget } from '../../src/cli/output/pdf-output.js';
import type { OutputContext } from '../../src/cli/output/output-target.js';
import { renderContract } from '../../src/contract/render-contract.js';
import { signatureRows, fitLine } from '../../src/contract/signature-layout.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { gbt9704Theme } from '../../src/render/theme.js';

const ROOT = join(import.meta.dirname, '../..');
const NAMES = readdirSync(join(ROOT, 'templates/contracts')).filter((n) => n.endsWith('.md.hbs')).map((n) => n.replace(/\.md\.hbs$/, '')).sort();
const context: OutputContext = { config: {}, theme: gbt9704Theme, notice: () => {} };
const OUT = mkdtempSync(join(tmpdir(), 'regdoc-contract-render-'));

function loaded(markdown: string, name: string) {
  const file = new VFile({ path: `${name}.md`, value: markdown });
  return { path: `${name}.md`, source: markdown, file, tree: parseDocument(file) };
}

describe('signature layout', () => {
  it('breaks a line after its colon only when it is wider than the column', () => {
    expect(fitLine('日期：2009年5月10日', 17)).toEqual(['日期：2009年5月10日']);
    expect(fitLine('法定代表人或其委托代理人（签字）：__________', 17)).toEqual(['法定代表人或其委托代理人（签字）：', '__________']);
  });

  it('puts two parties to a row and breaks a line in both columns when one needs it', () => {
    const rows = signatureRows(
      {
        type: 'signatures',
        parties: [
          { role: '甲方（盖章）：乐清市教育局', lines: ['日期：2009年5月10日'] },
          { role: '乙方（盖章）：温州博远信息技术有限公司', lines: ['日期：2009年5月10日'] },
          { role: '丙方（盖章）：某某', lines: [] },
        ],
      },
      17,
    );
    expect(rows.map((row) => row.length)).toEqual([2, 1]);
    expect(rows[0].map((c) => c.role)).toEqual([
      ['甲方（盖章）：', '乐清市教育局'],
      ['乙方（盖章）：', '温州博远信息技术有限公司'],
    ]);
    expect(rows[1][0].role).toEqual(['丙方（盖章）：某某']);
  });
});

describe.each(NAMES)('%s', (name) => {
  const template = readFileSync(join(ROOT, 'templates/contracts', `${name}.md.hbs`), 'utf8');
  const data = readFileSync(join(ROOT, 'content/contracts', `${name}.yaml`), 'utf8');

  it.each([
    ['blank', undefined],
    ['filled', data],
  ])('renders the %s contract to DOCX and PDF with the parties side by side', async (mode, dataText) => {
    const { markdown } = renderContract(template, dataText);
    const document = loaded(markdown, name);
    const docx = await docxTarget.render(document, context);
    expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
    const pdfPath = join(OUT, `${name}-${mode}.pdf`);
    writeFileSync(pdfPath, await pdfTarget.render(document, context));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(document.tree.meta.title ?? '');
    expect(flat).toContain('（以下无正文）');
    const [signatures] = document.tree.children.filter((n) => n.type === 'signatures');
    expect(signatures).toBeDefined();
    // The first two roles stand on one printed line: two columns, not one party after another.
    const roles = (signatures as { parties: Array<{ role: string }> }).parties.slice(0, 2).map((p) => p.role.slice(0, p.role.indexOf('：') + 1));
    expect(text.split('\n').some((line) => line.includes(roles[0]) && line.includes(roles[1]))).toBe(true);
    expect(flat.indexOf('（以下无正文）')).toBeLessThan(flat.indexOf(roles[0]));
  });
});
