/** 中文日期, 中文数字, 勾选 and the other template helpers, each against known values, blank and filled. */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { formatChineseDate, parseCalendarDate } from '../../src/contract/chinese-date.js';
import { CONTRACT_HELPERS } from '../../src/contract/contract-helpers.js';
import { Blank, Choice, DateValue, Money } from '../../src/contract/contract-values.js';

function run(source: string, context: Record<string, unknown>): string {
  const env = Handlebars.create();
  env.registerHelper(CONTRACT_HELPERS);
  return env.compile(source, { strict: true, noEscape: true })(context);
}

describe('中文日期', () => {
  it.each([
    ['2009-05-10', '2009年5月10日', '二〇〇九年五月十日'],
    ['2009-12-31', '2009年12月31日', '二〇〇九年十二月三十一日'],
    ['2010-01-01', '2010年1月1日', '二〇一〇年一月一日'],
    ['2008-02-29', '2008年2月29日', '二〇〇八年二月二十九日'],
    ['2009年11月20日', '2009年11月20日', '二〇〇九年十一月二十日'],
  ])('writes %s as %s, or in 汉字 as %s', (iso, arabic, han) => {
    const date = parseCalendarDate(iso)!;
    expect(formatChineseDate(date)).toBe(arabic);
    expect(formatChineseDate(date, true)).toBe(han);
    expect(run('{{中文日期 d}}|{{中文日期 d 汉字=true}}', { d: new DateValue(date) })).toBe(`${arabic}|${han}`);
  });

  it('rejects dates that do not exist', () => {
    expect(parseCalendarDate('2009-02-29')).toBeUndefined();
    expect(parseCalendarDate('2009-13-01')).toBeUndefined();
    expect(parseCalendarDate('五月十日')).toBeUndefined();
  });

  it('prints ____年__月__日 for a blank', () => {
    expect(run('{{中文日期 d}}', { d: new Blank('date', 16) })).toBe('____年__月__日');
  });
});

describe('中文数字', () => {
  it.each([
    [0, '零'], [1, '一'], [6, '六'], [10, '十'], [11, '十一'], [20, '二十'], [101, '一百零一'], [110, '一百一十'], [1010, '一千零一十'], [9999, '九千九百九十九'],
  ])('writes %i as %s', (n, words) => {
    expect(run('{{中文数字 n}}', { n })).toBe(words);
  });

  it('refuses numbers beyond 9999 and fractions', () => {
    expect(() => run('{{中文数字 n}}', { n: 10000 })).toThrow(/中文数字/);
    expect(() => run('{{中文数字 n}}', { n: 1.5 })).toThrow(/整数/);
  });
});

describe('金额 and 勾选', () => {
  it('writes money in figures and words, or as blanks', () => {
    expect(run('{{金额 m}}', { m: new Money('1234.50') })).toBe('¥1,234.50元（大写：壹仟贰佰叁拾肆元伍角整）');
    expect(run('{{金额 m}}', { m: new Blank('money', 10) })).toBe('¥__________元（大写：________________）');
    expect(run('{{金额大写 m}}', { m: new Money('100.10') })).toBe('壹佰元零壹角整');
  });

  it('reports a negative amount as a helper error', () => {
    expect(() => run('{{金额大写 m}}', { m: -5 })).toThrow(/金额大写：金额不能为负数/);
  });

  it('ticks the chosen option and leaves the others as empty boxes', () => {
    const options = ['公开招标', '邀请招标'];
    expect(run('{{勾选 c}}', { c: new Choice('邀请招标', options) })).toBe('□公开招标　☑邀请招标');
    expect(run('{{勾选 c}}', { c: new Blank('enum', 16, options) })).toBe('□公开招标　□邀请招标');
    expect(run('{{勾选 b}}', { b: true })).toBe('☑是　□否');
  });

  it('numbers rows from 1', () => {
    expect(run('{{#each rows}}{{序号 @index}}{{/each}}', { rows: ['a', 'b', 'c'] })).toBe('123');
  });
});
