import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('date-form', () => {
  it('accepts 2009年5月10日 and 二〇一一年', () => {
    expect(ruleMessages(doc('第一条　本办法自2009年5月10日起施行，二〇一一年修订。'), 'date-form')).toEqual([]);
  });
  it('reports zero padding at the date', () => {
    const [m] = ruleMessages(doc('第一条　本办法自2009年05月10日起施行。'), 'date-form');
    expect(m.reason).toBe('日期中的月、日不编虚位，应为“2009年5月10日”，实为“2009年05月10日”');
    expect([m.line, m.column]).toEqual([3, 9]);
  });
  it('reports a 汉字 year written with O', () => {
    expect(ruleMessages(doc('第一条　二O一一年。'), 'date-form').map((m) => m.expected)).toEqual([['二〇一一年']]);
  });
});
