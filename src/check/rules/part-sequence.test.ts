import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('part-sequence', () => {
  it('accepts consecutive 编', () => {
    const src = doc('## 第一编　总则\n\n### 第一章　一般规定\n\n第一条　甲。\n\n## 第二编　分则\n\n### 第二章　乙\n\n第二条　乙。');
    expect(ruleMessages(src, 'part-sequence')).toEqual([]);
  });
  it('reports a skipped 编', () => {
    const src = doc('## 第一编　总则\n\n### 第一章　一般规定\n\n第一条　甲。\n\n## 第三编　分则\n\n### 第二章　乙\n\n第二条　乙。');
    const [m] = ruleMessages(src, 'part-sequence');
    expect(m.reason).toBe('编序号应为“第二编”，实为“第三编”');
    expect(m.line).toBe(9);
  });
});
