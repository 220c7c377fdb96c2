import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('last-article-effective', () => {
  it('accepts a last article with 自…起施行', () => {
    expect(ruleMessages(doc('第一条　甲。\n\n第二条　乙。\n\n第三条　本办法自2020年1月1日起施行。'), 'last-article-effective')).toEqual([]);
  });
  it('reports a last article without an effective date', () => {
    const [m] = ruleMessages(doc('第一条　甲。\n\n第二条　乙。\n\n第三条　本办法所称以上包括本数。'), 'last-article-effective');
    expect(m.reason).toBe('最后一条应规定施行日期，如“本办法自×年×月×日起施行。”');
    expect([m.line, m.column]).toEqual([7, 1]);
  });
  it('reports 执行 instead of 施行', () => {
    expect(ruleMessages(doc('第一条　甲。\n\n第二条　乙。\n\n第三条　本办法自发布之日执行。'), 'last-article-effective').map((m) => m.reason)).toEqual(['施行日期应写作“自……起施行”，实为“自发布之日执行”']);
  });
});
