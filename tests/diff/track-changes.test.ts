import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/diff/align.js';
import { flatten } from '../../src/diff/flatten.js';
import { packDocx } from '../../src/render/docx/pack.js';
import { buildTrackChangesDocx } from '../../src/render/docx/track-changes.js';
import type { Root } from '../../src/tree/types.js';
import { corpusTree, tree } from './load.js';

async function trackDocx(oldTree: Root, newTree: Root, options = {}): Promise<{ folder: string; file: string; xml: string }> {
  const result = align(oldTree, newTree);
  const bytes = await packDocx(buildTrackChangesDocx(result, options), result.new.title, '2012-07-01');
  const folder = mkdtempSync(join(tmpdir(), 'regdoc-track-'));
  const file = join(folder, 'track.docx');
  writeFileSync(file, bytes);
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { folder, file, xml };
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** The text Word shows after “accept all” (every w:t) and after “reject all” (w:t outside w:ins, plus w:delText). */
function acceptedAndRejected(xml: string): { accepted: string; rejected: string } {
  let accepted = '';
  let rejected = '';
  let insideIns = 0;
  for (const m of xml.matchAll(/<w:ins\b[^>]*\/>|<w:ins\b[^>]*>|<\/w:ins>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:delText(?:\s[^>]*)?>([^<]*)<\/w:delText>/g)) {
    const tag = m[0];
    if (tag.startsWith('<w:ins') && !tag.endsWith('/>')) insideIns++;
    else if (tag === '</w:ins>') insideIns--;
    else if (tag.startsWith('<w:t')) {
      accepted += m[1];
      if (insideIns === 0) rejected += m[1];
    } else if (tag.startsWith('<w:delText')) rejected += m[2];
  }
  const decode = (text: string) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return { accepted: decode(accepted), rejected: decode(rejected) };
}

/** Title, 题注, headings and articles of a tree as one string, whitespace removed. */
function plainText(t: Root): string {
  const doc = flatten(t);
  return doc.units
    .map((u) => (u.unit === 'article' ? u.ref.label + u.paras.map((p) => p.full).join('') : u.unit === 'division' ? u.ref.num + u.ref.heading : u.text))
    .join('')
    .replace(/\s+/gu, '');
}

describe('track changes DOCX (--as track)', () => {
  it('holds one w:del and four w:ins for one replaced character plus one new article (label, text and paragraph mark)', async () => {
    const { xml, file, folder } = await trackDocx(
      tree('# 办法\n\n第一条　甲乙丙。\n'),
      tree('# 办法\n\n第一条　甲丁丙。\n\n第二条　新的条文。\n'),
      { author: '起草组', date: '2024-06-28T00:00:00Z' },
    );
    expect(count(xml, /<w:del /g)).toBe(1);
    expect(count(xml, /<w:ins /g)).toBe(4);
    expect(xml).toContain('<w:delText xml:space="preserve">乙</w:delText>');
    expect(count(xml, /w:author="起草组" w:date="2024-06-28T00:00:00Z"/g)).toBe(5);
    const settings = execFileSync('unzip', ['-p', file, 'word/settings.xml'], { encoding: 'utf8' });
    expect(settings).toContain('<w:trackRevisions/>');

    // LibreOffice reads them as tracked changes: 乙 deleted, 丁 inserted, the new paragraph inserted.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'odt', '--outdir', folder, file], { stdio: 'ignore', timeout: 120_000 });
    const content = execFileSync('unzip', ['-p', join(folder, 'track.odt'), 'content.xml'], { encoding: 'utf8' });
    expect(count(content, /<text:deletion>/g)).toBe(1);
    expect(count(content, /<text:insertion>/g)).toBe(2);
    expect(count(content, /<dc:creator>起草组<\/dc:creator>/g)).toBe(3);
    void readFileSync;
  });

  it.each([
    ['kuaiji-fa.2017.md', 'kuaiji-fa.2024.md'],
    ['xingzheng-chufa-fa.2017.md', 'xingzheng-chufa-fa.2021.md'],
    ['minhang-budingqi-feixing.1989.md', 'minhang-budingqi-feixing.2024.md'],
    ['beijing.beian-shencha.2021.md', 'beijing.beian-shencha.2024.md'],
  ])('%s → %s: accepting all revisions gives the new text, rejecting all gives the old text', async (a, b) => {
    const oldTree = corpusTree(a);
    const newTree = corpusTree(b);
    const { xml } = await trackDocx(oldTree, newTree);
    const { accepted, rejected } = acceptedAndRejected(xml);
    expect(accepted.replace(/\s+/gu, '')).toBe(plainText(newTree));
    expect(rejected.replace(/\s+/gu, '')).toBe(plainText(oldTree));
    expect(count(xml, /<w:del /g)).toBeGreaterThan(0);
  });

  it('a moved article is deleted at its old place and inserted at its new one, so both texts are still recovered', async () => {
    const body = (order: number[]) =>
      '# 办法\n\n' + order.map((n, i) => `第${'一二三四五'[i]}条　${['甲', '乙', '丙', '丁', '戊'][n]}方面的规定内容应当如此执行，不得违反。`).join('\n\n') + '\n';
    const oldTree = tree(body([0, 1, 2, 3, 4]));
    const newTree = tree(body([0, 2, 3, 4, 1]));
    const { xml } = await trackDocx(oldTree, newTree);
    const { accepted, rejected } = acceptedAndRejected(xml);
    expect(accepted.replace(/\s+/gu, '')).toBe(plainText(newTree));
    expect(rejected.replace(/\s+/gu, '')).toBe(plainText(oldTree));
  });

  it('uses “regdoc” and a fixed date when no author or date is given (same input, same bytes)', async () => {
    const a = tree('# 办法\n\n第一条　甲乙丙。\n');
    const b = tree('# 办法\n\n第一条　甲丁丙。\n');
    const { xml } = await trackDocx(a, b);
    expect(xml).toContain('w:author="regdoc" w:date="2012-07-01T00:00:00Z"');
    const first = await packDocx(buildTrackChangesDocx(align(a, b)), '办法', '2012-07-01');
    const second = await packDocx(buildTrackChangesDocx(align(a, b)), '办法', '2012-07-01');
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});
