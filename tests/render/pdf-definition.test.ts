/**
 * The pure half of the PDF renderer: legal tree → pdfmake document definition (src/render/pdf), on
 * hand-built trees, and the quote break opportunities added to UAX #14 (pdfmake-patches.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildPdfDefinition } from '../../src/render/pdf/build-definition.js';
import { charactersByFamily } from '../../src/render/pdf/collect-characters.js';
import { quoteBreaks } from '../../src/render/pdf/pdfmake-patches.js';
import { lineBreakOpportunities } from '../../src/render/pdf/print-pdf.js';
import { approximateMeasure } from '../../src/render/pdf/text-measure.js';
import { gbt9704Theme } from '../../src/render/theme.js';
import type { Article, Chapter, Root } from '../../src/tree/types.js';

const text = (value: string) => ({ type: 'text' as const, value });
const article = (ordinal: number, num: string, body: string): Article => ({
  type: 'article',
  num,
  ordinal,
  separator: '\u3000',
  children: [{ type: 'paragraph', children: [text(body)] }],
});
const chapter = (ordinal: number, num: string, heading: string, children: Chapter['children']): Chapter => ({
  type: 'chapter',
  num,
  ordinal,
  heading,
  children,
});

const root: Root = {
  type: 'root',
  meta: { title: '××市行政执法协调办法', dates: { published: '2009-10-28' } },
  children: [
    { type: 'title', value: '××市行政执法协调办法' },
    { type: 'note', value: '（2009年10月28日××市人民政府令第12号公布）' },
    chapter(1, '第一章', '总则', [article(1, '第一条', '为了规范行政执法，制定本办法。')]),
    chapter(2, '第二章', '附则', [article(2, '第二条', '申请书应当载明申请人____和联系方式。')]),
  ],
};

type Node = { text?: unknown; font?: string; stack?: Node[]; leadingIndent?: number; alignment?: string; margin?: number[] };

function flatten(nodes: unknown[]): Node[] {
  return (nodes as Node[]).flatMap((node) => (node.stack ? flatten(node.stack) : [node]));
}

function plain(node: Node): string {
  if (typeof node.text === 'string') return node.text;
  if (Array.isArray(node.text)) return (node.text as Node[]).map(plain).join('');
  return '';
}

describe('PDF document definition', () => {
  const { definition, roles } = buildPdfDefinition(root, { theme: gbt9704Theme });
  const blocks = flatten(definition.content as unknown[]);
  const texts = blocks.map(plain);

  it('lays out A4 with the GB/T 9704 margins and a fixed date', () => {
    expect(definition.pageSize).toEqual({ width: expect.closeTo(595.28, 1), height: expect.closeTo(841.89, 1) });
    expect((definition.pageMargins as number[]).map((v) => Math.round((v / 72) * 25.4))).toEqual([28, 37, 26, 35]);
    expect(definition.info?.creationDate).toEqual(new Date('2009-10-28T00:00:00Z'));
  });

  it('prints the title centred in 小标宋 and the 题注 in 楷体', () => {
    const title = blocks[texts.indexOf('××市行政执法协调办法')];
    expect(title).toMatchObject({ alignment: 'center', text: [{ font: 'title', fontSize: 22 }] });
    const note = blocks.find((b) => plain(b).startsWith('（2009年10月28日'))!;
    expect(note).toMatchObject({ alignment: 'center', text: [{ font: 'kai', fontSize: 16 }] });
  });

  it('generates the 目录 from the chapters, spacing two-character names to four', () => {
    const at = texts.indexOf('目\u3000\u3000录');
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at + 1, at + 3)).toEqual(['第一章\u3000总\u3000\u3000则', '第二章\u3000附\u3000\u3000则']);
    expect(texts.filter((t) => t === '第一章\u3000总\u3000\u3000则')).toHaveLength(2);
  });

  it('starts an article with its label in 黑体 and one ideographic space, indented two characters', () => {
    const block = blocks[texts.indexOf('第一条\u3000为了规范行政执法，制定本办法。')];
    const [label, body] = block.text as Node[];
    expect(label).toMatchObject({ text: '第一条\u3000', font: 'heading' });
    expect(body.font).toBe('body');
    expect(block.margin?.[0]).toBeCloseTo((2 * 442.2) / 28, 1);
  });

  it('breaks a long paragraph into full lines of 28 characters, the first indented by two', () => {
    const long = '行'.repeat(60);
    const tree: Root = { type: 'root', meta: {}, children: [{ type: 'paragraph', children: [text(long)] }] };
    const measure = { ...approximateMeasure, breaks: lineBreakOpportunities };
    const lines = flatten(buildPdfDefinition(tree, { theme: gbt9704Theme, measure }).definition.content as unknown[]).map(plain);
    expect(lines.map((l) => l.length)).toEqual([26, 28, 6]);
  });

  it('never starts a line with closing punctuation: a comma hangs in the margin instead', () => {
    const tree: Root = { type: 'root', meta: {}, children: [{ type: 'paragraph', children: [text(`${'行'.repeat(26)}，${'政'.repeat(10)}`)] }] };
    const measure = { ...approximateMeasure, breaks: lineBreakOpportunities };
    const lines = flatten(buildPdfDefinition(tree, { theme: gbt9704Theme, measure }).definition.content as unknown[]).map(plain);
    expect(lines).toEqual([`${'行'.repeat(26)}，`, '政'.repeat(10)]);
    const closing = { type: 'root' as const, meta: {}, children: [{ type: 'paragraph' as const, children: [text(`${'行'.repeat(26)}》${'政'.repeat(10)}`)] }] };
    const pushed = flatten(buildPdfDefinition(closing, { theme: gbt9704Theme, measure }).definition.content as unknown[]).map(plain);
    // A closing bracket does not hang: the character before it goes down with it.
    expect(pushed).toEqual([`${'行'.repeat(25)}`, `行》${'政'.repeat(10)}`]);
  });

  it('turns a run of underscores into an underlined blank of the same width', () => {
    const block = blocks.find((b) => plain(b).startsWith('第二条'))!;
    const blank = (block.text as Array<Node & { decoration?: string }>).find((t) => t.decoration === 'underline');
    expect(blank?.text).toBe('\u3000\u3000');
  });

  it('reports the font roles and the characters each prints', () => {
    expect([...roles].sort()).toEqual(['body', 'heading', 'kai', 'song', 'title']);
    const characters = charactersByFamily(definition);
    expect(characters.get('heading')?.has('第'.codePointAt(0)!)).toBe(true);
    expect(characters.get('kai')?.has('公'.codePointAt(0)!)).toBe(true);
    expect(characters.get('song')?.has('—'.codePointAt(0)!)).toBe(true);
  });
});

describe('quote break opportunities', () => {
  it('allows a break before an opening quote and after a closing one inside Chinese text', () => {
    const sample = '简称“实施机关”应当';
    expect(quoteBreaks(sample)).toEqual([sample.indexOf('“'), sample.indexOf('”') + 1]);
  });

  it('keeps the 禁则: no break after an opening bracket or before closing punctuation', () => {
    expect(quoteBreaks('（“甲”）')).toEqual([]);
    expect(quoteBreaks('称“甲”。')).toEqual([1]);
  });
});
