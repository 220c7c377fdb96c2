import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('numeral-canonical', () => {
  it('accepts canonical numerals in labels and references', () => {
    const src = doc('第十一条　依照本办法第一百一十条的规定。');
    expect(ruleMessages(src, 'numeral-canonical')).toEqual([]);
  });
  it('reports 第一十一条 at its label with the canonical numeral', () => {
    const src = doc('第一十一条　甲。');
    const [m] = ruleMessages(src, 'numeral-canonical');
    expect(m.reason).toBe('条序号“第一十一条”不是规范的中文数字写法：“一十一”应写作“十一”');
    expect(m.expected).toEqual(['第十一条']);
    expect([m.line, m.column, m.fatal]).toEqual([3, 1, true]);
  });
  it('names only the numeral of an Arabic label out of sequence, leaving the number to article-sequence', () => {
    const src = doc('第一条　甲。\n\n第二条　乙。\n\n第三条　丙。\n\n第1条　丁。');
    const [m] = ruleMessages(src, 'numeral-canonical');
    expect(m.reason).toBe('条序号“第1条”不是规范的中文数字写法：“1”应写作“一”');
    expect(ruleMessages(src, 'article-sequence').map((s) => s.reason)).toEqual(['条序号应为“第四条”，实为“第1条”']);
  });
  it('reports a non-canonical article number inside a reference', () => {
    const src = doc('第一条　甲。\n\n第二条　依照第一百十条的规定。');
    expect(ruleMessages(src, 'numeral-canonical').map((m) => m.expected)).toEqual([['第一百一十条']]);
  });
});
