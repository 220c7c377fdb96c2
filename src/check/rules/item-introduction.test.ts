import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('item-introduction', () => {
  it('accepts an introduction ending in a colon', () => {
    expect(ruleMessages(doc('第一条　有下列情形之一的：\n（一）甲；\n（二）乙。'), 'item-introduction')).toEqual([]);
  });
  it('reports an introduction ending in 。', () => {
    const [m] = ruleMessages(doc('第一条　有下列情形之一的。\n（一）甲；\n（二）乙。'), 'item-introduction');
    expect(m.reason).toBe('项前的引导语应以“：”结尾，实为“。”');
    expect([m.line, m.column]).toEqual([3, 13]);
  });
});
