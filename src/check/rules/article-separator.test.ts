import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('article-separator', () => {
  it('accepts one full-width space and the 条标题 variant', () => {
    expect(ruleMessages(doc('第一条　甲。\n\n第二条（目的依据）　乙。'), 'article-separator')).toEqual([]);
  });
  it('reports an ASCII space right after the label as a warning', () => {
    const [m] = ruleMessages(doc('第一条　甲。\n\n第二条 乙。'), 'article-separator');
    expect(m.reason).toBe('第二条后应为一个全角空格，实为半角空格');
    expect([m.line, m.column, m.fatal]).toEqual([5, 4, false]);
  });
  it('says it once when a whole text uses ASCII spaces', () => {
    const src = doc(['一', '二', '三', '四', '五'].map((n) => `第${n}条 文。`).join('\n\n'));
    expect(ruleMessages(src, 'article-separator').map((m) => m.reason)).toEqual(['全文条序号后均为半角空格（共5条），应为一个全角空格']);
  });
});
