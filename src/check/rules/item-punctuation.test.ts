import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('item-punctuation', () => {
  it('accepts ； between items and 。 at the end', () => {
    expect(ruleMessages(doc('第一条　下列事项：\n（一）甲；\n（二）乙；\n（三）丙。'), 'item-punctuation')).toEqual([]);
  });
  it('reports a last item ending in ； at that character', () => {
    const [m] = ruleMessages(doc('第一条　下列事项：\n（一）甲；\n（二）乙；\n（三）丙；'), 'item-punctuation');
    expect(m.reason).toBe('最后一项应以“。”结尾，实为“；”');
    expect([m.line, m.column, m.fatal]).toEqual([6, 5, false]);
  });
  it('reports a non-last item ending in a comma', () => {
    expect(ruleMessages(doc('第一条　下列事项：\n（一）甲，\n（二）乙。'), 'item-punctuation').map((m) => m.reason)).toEqual(['非最后一项应以“；”结尾，实为“，”']);
  });
});
