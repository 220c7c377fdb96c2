import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('chapter-order', () => {
  it('accepts 总则 first and 附则 last, spaced or not', () => {
    expect(ruleMessages(doc('## 第一章　总　　则\n\n第一条　甲。\n\n## 第二章　附　　则\n\n第二条　乙。'), 'chapter-order')).toEqual([]);
  });
  it('reports a last chapter that is not 附则', () => {
    const [m] = ruleMessages(doc('## 第一章　总则\n\n第一条　甲。\n\n## 第二章　法律责任\n\n第二条　乙。'), 'chapter-order');
    expect(m.reason).toBe('最后一章应为“附则”，实为“法律责任”');
  });
});
