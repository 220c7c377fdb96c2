/** 金额大写 against known values (《支付结算办法》附一 examples and the 财务 rules for 整 and 零). */
import { describe, expect, it } from 'vitest';
import { formatMoneyFigures, moneyInWords, MoneyError } from '../../src/contract/money-in-words.js';

const TABLE: Array<[number | string, string]> = [
  [0, '零元整'],
  [0.05, '伍分'],
  [0.5, '伍角整'],
  [0.15, '壹角伍分'],
  [1, '壹元整'],
  [10, '壹拾元整'],
  [15, '壹拾伍元整'],
  [100.1, '壹佰元零壹角整'],
  ['100.10', '壹佰元零壹角整'],
  [101, '壹佰零壹元整'],
  [1234.5, '壹仟贰佰叁拾肆元伍角整'],
  [1409.5, '壹仟肆佰零玖元伍角整'],
  [6007.14, '陆仟零柒元壹角肆分'],
  [1680.32, '壹仟陆佰捌拾元零叁角贰分'],
  [107000.53, '壹拾万柒仟元零伍角叁分'],
  [16409.02, '壹万陆仟肆佰零玖元零贰分'],
  [325.04, '叁佰贰拾伍元零肆分'],
  [100000, '壹拾万元整'],
  [100010000, '壹亿零壹万元整'],
  [10000100, '壹仟万零壹佰元整'],
  [100001000, '壹亿零壹仟元整'],
  [1000000001, '壹拾亿零壹元整'],
  [1000000000.01, '壹拾亿元零壹分'],
  ['1,000,000,000.01', '壹拾亿元零壹分'],
  ['¥23,456,789.50', '贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元伍角整'],
  [999999999999.99, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
];

describe('金额大写', () => {
  it.each(TABLE)('writes %s as %s', (amount, words) => {
    expect(moneyInWords(amount)).toBe(words);
  });

  it('refuses a negative amount with a Chinese message', () => {
    expect(() => moneyInWords(-1)).toThrow(MoneyError);
    expect(() => moneyInWords('-0.5')).toThrow(/负数/);
  });

  it('refuses amounts below the fen, text that is not an amount, and amounts beyond 9999亿', () => {
    expect(() => moneyInWords(1.005)).toThrow(/两位小数/);
    expect(() => moneyInWords('一百元')).toThrow(/不是金额/);
    expect(() => moneyInWords(1e12)).toThrow(/过大/);
  });

  it('writes figures with thousands separators and two decimals', () => {
    expect(formatMoneyFigures(23456789.5)).toBe('23,456,789.50');
    expect(formatMoneyFigures(0)).toBe('0.00');
    expect(formatMoneyFigures('1000')).toBe('1,000.00');
  });
});
