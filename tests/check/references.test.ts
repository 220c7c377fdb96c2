import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/parse/parse-document.js';
import { findReferences, resolveReferences, rewriteArticleReferences, rewriteReferences, collectReferences } from '../../src/references/index.js';
import type { Reference } from '../../src/tree/types.js';

const tree = (source: string) => parseDocument(new VFile({ path: 't.md', value: source }));

const SAMPLE = `# 某市停车管理办法

第一条　为了规范管理，制定本办法。

第二条　有下列情形之一的：
（一）甲；
（二）乙；
（三）丙。

前款第三项所列情形，依照第一条处理。

本条第一款、第二款的规定，不适用第二条之一。

前两款所称情形，另行规定。

第二条之一　依照第二条第一款第（二）项至第（三）项。

第三条　依照本办法第一条、第二条至第二条之一和《中华人民共和国行政处罚法》第三十二条、第三十三条，该法第十条，刑法第二十条。本办法自2020年1月1日起施行。
`;

describe('findReferences', () => {
  it('reads the forms of standards.md §2.5 with their components', () => {
    const found = findReferences('依照本办法第十条、第十二条，第三十条第二款第（一）项和第一项，本条第二款，前款，前两款，第十条至第十二条，第一百三十三条之一，前款第三项');
    expect(found.map((f) => f.text)).toEqual([
      '本办法第十条、第十二条',
      '第三十条第二款第（一）项和第一项',
      '本条第二款',
      '前款',
      '前两款',
      '第十条至第十二条',
      '第一百三十三条之一',
      '前款第三项',
    ]);
    expect(found[0].selfGenre).toBe('办法');
    expect(found[1].elements[0].components.map((c) => [c.level, c.ordinal, c.bracketed ?? false])).toEqual([
      ['article', 30, false],
      ['paragraph', 2, false],
      ['item', 1, true],
    ]);
    expect(found[4].elements[0].anchor).toEqual({ kind: 'previous-paragraphs', count: 2 });
    expect(found[5].form).toBe('range');
    expect(found[6].elements[0].components[0]).toMatchObject({ ordinal: 133, suffix: 1 });
  });
  it('marks references to other instruments as external', () => {
    const found = findReferences('依照《中华人民共和国行政处罚法》第三十二条、第三十三条，该法第十条，刑法第二十条，本法第五条，违反第六条');
    expect(found.map((f) => [f.text, f.external])).toEqual([
      ['第三十二条、第三十三条', true],
      ['第十条', true],
      ['第二十条', true],
      ['本法第五条', false],
      ['第六条', false],
    ]);
  });
  it('does not read 本条例 as 本条 or 本项目 as 本项', () => {
    expect(findReferences('违反本条例规定的，本项目')).toEqual([]);
  });
});

describe('resolveReferences', () => {
  it('turns references into reference nodes with targets and resolved ids', () => {
    const root = tree(SAMPLE);
    const resolved = resolveReferences(root);
    expect(resolved.filter((r) => r.problems.length)).toEqual([]);
    const refs: Reference[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'reference') refs.push(node as Reference);
      for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(child);
    };
    walk(root);
    const byText = Object.fromEntries(refs.map((r) => [r.value, r.resolved]));
    expect(byText['前款第三项']).toEqual(['art-2/p1/i3']);
    expect(byText['本条第一款、第二款']).toEqual(['art-2/p1', 'art-2/p2']);
    expect(byText['前两款']).toEqual(['art-2/p2', 'art-2/p3']);
    expect(byText['第二条第一款第（二）项至第（三）项']).toEqual(['art-2/p1/i2', 'art-2/p1/i3']);
    expect(byText['本办法第一条、第二条至第二条之一']).toEqual(['art-1', 'art-2', 'art-2之1']);
    expect(refs.find((r) => r.value === '前款第三项')?.form).toBe('relative');
    // External references stay plain text.
    expect(refs.some((r) => r.value.includes('三十二'))).toBe(false);
  });
  it('reports 前两款 used in a second 款 as unresolved', () => {
    const problems = resolveReferences(tree(SAMPLE)).flatMap((r) => r.problems);
    expect(problems).toEqual([]);
    const bad = resolveReferences(tree('# 某办法\n\n第一条　甲。\n\n前两款规定的。\n'));
    expect(bad.flatMap((r) => r.problems.map((p) => p.kind))).toEqual(['no-previous-paragraph']);
  });
  it('finds the same references from the source with exact offsets', () => {
    const { references } = collectReferences(tree(SAMPLE), SAMPLE);
    for (const r of references) expect(SAMPLE.slice(r.reference.start, r.reference.end)).toBe(r.reference.text);
  });
});

describe('rewriteArticleReferences', () => {
  it('renumbers internal article numbers and leaves other laws alone', () => {
    const mapping = new Map([
      ['10', { ordinal: 11 }],
      ['12', { ordinal: 13 }],
    ]);
    expect(rewriteArticleReferences('依照本办法第十条至第十二条和《某法》第十条，前款第（二）项', mapping)).toBe('依照本办法第十一条至第十三条和《某法》第十条，前款第（二）项');
  });
});

describe('rewriteReferences', () => {
  it('renumbers 项 given their 条 and 款, using the context for 前款 and bare 第X项', () => {
    const items = new Map([
      ['10/1/3', 2],
      ['10//3', 2],
      ['12/2/4', 3],
    ]);
    expect(rewriteReferences('依照第十条第三项、第十二条第二款第（四）项和前款第四项', { items }, { article: 12, paragraph: 3 })).toBe(
      '依照第十条第二项、第十二条第二款第（三）项和前款第三项',
    );
    expect(rewriteReferences('第十条第一款第三项', { items, articles: new Map([['10', { ordinal: 11 }]]) })).toBe('第十一条第一款第二项');
  });
});
