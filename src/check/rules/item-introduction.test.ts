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

describe('item-introduction in contracts', () => {
  const agreement = (first: string) =>
    `---\ndoctype: 合同\n---\n\n# 某工程施工合同\n\n${first}\n\n（一）工程名称：________。\n\n（二）工程地点：________。\n\n第二条　合同工期\n\n计划开工日期：____年__月__日。\n`;
  it('accepts an article that opens with a short caption (第一条　工程概况) before its items', () => {
    expect(ruleMessages(agreement('第一条　工程概况'), 'item-introduction')).toEqual([]);
  });
  it('still reports a real introduction that ends wrongly in a contract', () => {
    expect(ruleMessages(agreement('第一条　本工程的基本情况如下。'), 'item-introduction').map((m) => m.reason)).toEqual(['项前的引导语应以“：”结尾，实为“。”']);
  });
  it('still reports a caption-like introduction outside contracts', () => {
    const src = '# 某市停车管理办法\n\n第一条　工程概况\n\n（一）甲；\n\n（二）乙。\n';
    expect(ruleMessages(src, 'item-introduction')).toHaveLength(1);
  });
});
