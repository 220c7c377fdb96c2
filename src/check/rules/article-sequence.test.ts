import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('article-sequence', () => {
  it('accepts consecutive articles across chapters and 之一 inserts', () => {
    const src = doc('## 第一章　总则\n\n第一条　甲。\n\n第二条　乙。\n\n## 第二章　附则\n\n第二条之一　丙。\n\n第三条　本办法自2020年1月1日起施行。');
    expect(ruleMessages(src, 'article-sequence')).toEqual([]);
  });
  it('reports a gap at the label of the later article with actual and expected', () => {
    const src = doc('第一条　甲。\n\n第二条　乙。\n\n第四条　丙。');
    const [m, ...rest] = ruleMessages(src, 'article-sequence');
    expect(rest).toEqual([]);
    expect(m.reason).toBe('条序号应为“第三条”，实为“第四条”');
    expect([m.line, m.column, m.place && 'end' in m.place ? m.place.end.column : 0]).toEqual([7, 1, 4]);
    expect(m.fatal).toBe(true);
    expect([m.actual, m.expected]).toEqual(['第四条', ['第三条']]);
  });
  it('reports numbering that restarts in a new chapter', () => {
    const src = doc('## 第一章　总则\n\n第一条　甲。\n\n## 第二章　附则\n\n第一条　乙。');
    expect(ruleMessages(src, 'article-sequence').map((m) => m.reason)).toEqual(['条序号应为“第二条”，实为“第一条”（与前一条重复）']);
  });
});
