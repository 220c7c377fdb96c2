import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('item-sequence', () => {
  it('accepts items that restart in each article', () => {
    const src = doc('第一条　下列事项：\n（一）甲；\n（二）乙。\n\n第二条　下列事项：\n（一）丙；\n（二）丁。');
    expect(ruleMessages(src, 'item-sequence')).toEqual([]);
  });
  it('reports （一）（三） at the label of （三）', () => {
    const [m] = ruleMessages(doc('第一条　下列事项：\n（一）甲；\n（三）乙。'), 'item-sequence');
    expect(m.reason).toBe('项序号应为“（二）”，实为“（三）”');
    expect([m.line, m.column, m.fatal]).toEqual([5, 1, true]);
  });
});
