import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('section-sequence', () => {
  it('accepts sections that restart in each chapter', () => {
    const src = doc('## 第一章　总则\n\n### 第一节　甲\n\n第一条　甲。\n\n### 第二节　乙\n\n第二条　乙。\n\n## 第二章　附则\n\n### 第一节　丙\n\n第三条　丙。');
    expect(ruleMessages(src, 'section-sequence')).toEqual([]);
  });
  it('reports a chapter that opens with 第三节', () => {
    const src = doc('## 第一章　总则\n\n### 第一节　甲\n\n第一条　甲。\n\n## 第二章　附则\n\n### 第三节　丙\n\n第二条　丙。');
    expect(ruleMessages(src, 'section-sequence').map((m) => m.reason)).toEqual(['节序号应为“第一节”，实为“第三节”（节在各章内单独排序）']);
  });
});
