import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('subitem-sequence', () => {
  it('accepts 目 that restart in each 项', () => {
    expect(ruleMessages(doc('第一条　下列事项：\n（一）甲：\n1.子；\n2.丑；\n（二）乙：\n1.寅；\n2.卯。'), 'subitem-sequence')).toEqual([]);
  });
  it('reports 1. followed by 3.', () => {
    const [m] = ruleMessages(doc('第一条　下列事项：\n（一）甲：\n1.子；\n3.丑。'), 'subitem-sequence');
    expect(m.reason).toBe('目序号应为“2.”，实为“3.”');
    expect(m.line).toBe(6);
  });
});
