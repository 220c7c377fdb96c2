import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('reference-target', () => {
  it('accepts references to existing articles, paragraphs and items, and ignores other laws', () => {
    const src = doc('第一条　下列事项：\n（一）甲；\n（二）乙。\n\n第二条　依照本办法第一条第二项和《中华人民共和国行政处罚法》第三十二条。\n\n前款规定适用第一条第（一）项至第（二）项。');
    expect(ruleMessages(src, 'reference-target')).toEqual([]);
  });
  it('reports a reference to a non-existent article at the article number', () => {
    const [m] = ruleMessages(doc('第一条　甲。\n\n第二条　依照本办法第四十条的规定。'), 'reference-target');
    expect(m.reason).toBe('引用的第四十条不存在（本文件共2条）');
    expect([m.line, m.column, m.fatal]).toEqual([5, 10, true]);
  });
  it('reports 前款 in the first 款 of an article', () => {
    expect(ruleMessages(doc('第一条　违反前款规定的。'), 'reference-target').map((m) => m.reason)).toEqual(['“前款”位于第一条第一款，前面没有款可指']);
  });
  it('reports a missing 项', () => {
    const src = doc('第一条　下列事项：\n（一）甲；\n（二）乙。\n\n第二条　依照第一条第五项。');
    expect(ruleMessages(src, 'reference-target').map((m) => m.reason)).toEqual(['第一条第一款没有第（五）项（共2项）']);
  });
});
