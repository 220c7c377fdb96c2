import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

const items = '第一条　下列事项：\n（一）甲；\n（二）乙。\n\n';
describe('reference-style', () => {
  it('accepts one item-citation style', () => {
    expect(ruleMessages(doc(items + '第二条　依照第一条第一项、第一条第二项。'), 'reference-style')).toEqual([]);
  });
  it('reports the minority style when both are mixed', () => {
    const [m, ...rest] = ruleMessages(doc(items + '第二条　依照第一条第一项、第一条第二项和第一条第（一）项。'), 'reference-style');
    expect(rest).toEqual([]);
    expect(m.reason).toBe('项的引用方式应全文一致，此处“第（一）项”带括号，应写作“第一项”');
  });
  it('can require unbracketed citations', () => {
    const src = doc(items + '第二条　依照第一条第（一）项。');
    expect(ruleMessages(src, 'reference-style', { rules: { 'reference-style': ['warning', { itemStyle: 'unbracketed' }] } })).toHaveLength(1);
  });
  it('reports 第一款 of a single-paragraph article', () => {
    expect(ruleMessages(doc('第一条　甲。\n\n第二条　依照第一条第一款。'), 'reference-style').map((m) => m.reason)).toEqual(['第一条只有一款，应直接引作“第一条”，不写“第一款”']);
  });
});
