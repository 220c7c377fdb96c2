import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('item-brackets', () => {
  it('accepts full-width brackets and 1. for 目', () => {
    expect(ruleMessages(doc('第一条　下列事项：\n（一）甲：\n1.子；\n2.丑。\n（二）乙。'), 'item-brackets')).toEqual([]);
  });
  it('reports a half-width (二) as a warning at its label', () => {
    const [m] = ruleMessages(doc('第一条　下列事项：\n（一）甲；\n(二)乙。'), 'item-brackets');
    expect(m.reason).toBe('项序号应使用全角括号“（二）”，实为“(二)”');
    expect([m.line, m.column, m.fatal]).toEqual([5, 1, false]);
  });
  it('reports punctuation after the closing bracket', () => {
    expect(ruleMessages(doc('第一条　下列事项：\n（一）、甲；\n（二）乙。'), 'item-brackets').map((m) => m.reason)).toEqual(['项序号“（一）”后不应再加“、”']);
  });
});

describe('item-brackets over a whole older text', () => {
  it('says once that every 项 uses ASCII brackets', () => {
    const src = doc('第一条　下列事项：\n(一)甲；\n(二)乙。\n\n第二条　下列事项：\n(一)丙；\n(二)丁。');
    expect(ruleMessages(src, 'item-brackets').map((m) => [m.line, m.reason])).toEqual([[4, '全文项序号均使用半角括号（共4处），应使用全角括号，如“（一）”']]);
  });
});
