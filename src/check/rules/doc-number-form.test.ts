import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';
import { docNumberProblem } from './doc-number-form.js';

describe('doc-number-form', () => {
  it('accepts ×政发〔2012〕10号', () => {
    expect(ruleMessages('---\ndocNumber: 某政发〔2012〕10号\n---\n' + doc('第一条　甲。'), 'doc-number-form')).toEqual([]);
  });
  it('reports a zero-padded number at the front-matter value', () => {
    const [m] = ruleMessages('---\ndocNumber: 某政发〔2012〕010号\n---\n' + doc('第一条　甲。'), 'doc-number-form');
    expect(m.reason).toBe('发文顺序号不编虚位，应为“某政发〔2012〕10号”');
    expect([m.line, m.column, m.fatal]).toEqual([2, 12, true]);
  });
  it('explains square brackets and 第', () => {
    expect(docNumberProblem('某政发[2012]10号')?.reason).toBe('发文字号的年份应用六角括号“〔〕”括入，应为“某政发〔2012〕10号”');
    expect(docNumberProblem('某政发〔2012〕第10号')?.reason).toBe('发文顺序号不加“第”字，应为“某政发〔2012〕10号”');
  });
});
