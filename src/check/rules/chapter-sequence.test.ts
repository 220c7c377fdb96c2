import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('chapter-sequence', () => {
  it('accepts consecutive chapters, and chapters that restart in each 编 consistently (刑法, 民法典)', () => {
    expect(ruleMessages(doc('## 第一章　总则\n\n第一条　甲。\n\n## 第二章　附则\n\n第二条　乙。'), 'chapter-sequence')).toEqual([]);
    const restart = doc('## 第一编　总则\n\n### 第一章　甲\n\n第一条　甲。\n\n### 第二章　乙\n\n第二条　乙。\n\n## 第二编　分则\n\n### 第一章　丙\n\n第三条　丙。');
    expect(ruleMessages(restart, 'chapter-sequence')).toEqual([]);
  });
  it('reports 第四章 after 第二章 at the chapter label', () => {
    const src = doc('## 第一章　总则\n\n第一条　甲。\n\n## 第二章　管理\n\n第二条　乙。\n\n## 第四章　附则\n\n第三条　丙。');
    const [m] = ruleMessages(src, 'chapter-sequence');
    expect(m.reason).toBe('章序号应为“第三章”，实为“第四章”');
    expect([m.line, m.column, m.fatal]).toEqual([11, 4, true]);
  });
});
