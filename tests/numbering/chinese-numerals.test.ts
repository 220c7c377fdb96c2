/**
 * Chinese numerals of 条/章/节 numbers (立法法 第六十五条; forms of standards.md §2.4), checked
 * exhaustively for 1–9999 against an independent construction: numbers are built group by group
 * from a hand-written table of rules instead of the digit loop of the implementation.
 */
import { describe, expect, it } from 'vitest';
import {
  formatChineseNumeral, isCanonicalChineseNumeral, MAX_CHINESE_NUMERAL, parseChineseNumeral,
} from '../../src/numbering/chinese-numerals.js';
import { matchArticle } from '../../src/parse/patterns.js';

const DIGIT = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 when nothing precedes: 十, 十一 … 十九 without the leading 一. */
function leadingTens(n: number): string {
  if (n < 10) return DIGIT[n];
  if (n < 20) return '十' + DIGIT[n - 10];
  return DIGIT[Math.floor(n / 10)] + '十' + DIGIT[n % 10];
}

/** 10–99 after 百 or 千: the 1 of the tens is written (一百一十). */
function followingTens(n: number): string {
  return DIGIT[Math.floor(n / 10)] + '十' + DIGIT[n % 10];
}

/** The remainder after a higher unit: nothing, 零 + a shorter group, or the group itself. */
function remainder(rest: number, width: 2 | 3): string {
  if (rest === 0) return '';
  if (width === 2) return rest < 10 ? '零' + DIGIT[rest] : followingTens(rest);
  if (rest < 100) return '零' + (rest < 10 ? DIGIT[rest] : followingTens(rest));
  return DIGIT[Math.floor(rest / 100)] + '百' + remainder(rest % 100, 2);
}

function expected(n: number): string {
  if (n < 100) return leadingTens(n);
  if (n < 1000) return DIGIT[Math.floor(n / 100)] + '百' + remainder(n % 100, 2);
  return DIGIT[Math.floor(n / 1000)] + '千' + remainder(n % 1000, 3);
}

describe('Chinese numerals', () => {
  it('formats every number from 1 to 9999 as the independent construction does', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= MAX_CHINESE_NUMERAL; n++) {
      if (formatChineseNumeral(n) !== expected(n)) wrong.push(`${n}: ${formatChineseNumeral(n)} ≠ ${expected(n)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes the forms of standards §2.4 exactly', () => {
    const table: Array<[number, string]> = [
      [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [101, '一百零一'], [110, '一百一十'], [111, '一百一十一'],
      [200, '二百'], [1001, '一千零一'], [1010, '一千零一十'], [1100, '一千一百'], [1259, '一千二百五十九'],
      [9999, '九千九百九十九'],
    ];
    for (const [n, text] of table) expect(formatChineseNumeral(n)).toBe(text);
  });

  it('reads back every number it writes, and calls each of them canonical', () => {
    for (let n = 1; n <= MAX_CHINESE_NUMERAL; n++) {
      const text = formatChineseNumeral(n);
      expect(parseChineseNumeral(text)).toBe(n);
      expect(isCanonicalChineseNumeral(text)).toBe(true);
    }
  });

  it('reads the lenient forms 一十一, 一百十, 两 and 〇 but does not call them canonical', () => {
    expect(parseChineseNumeral('一十一')).toBe(11);
    expect(parseChineseNumeral('一百十')).toBe(110);
    expect(parseChineseNumeral('两百')).toBe(200);
    expect(parseChineseNumeral('一千〇一')).toBe(1001);
    expect(isCanonicalChineseNumeral('一十一')).toBe(false);
    expect(isCanonicalChineseNumeral('一百十')).toBe(false);
  });

  it('reads Arabic and full-width digits, as in 第1条', () => {
    expect(parseChineseNumeral('1')).toBe(1);
    expect(parseChineseNumeral('１２')).toBe(12);
    expect(matchArticle('第1条 本办法…')).toMatchObject({ ordinal: 1, arabic: true });
  });

  it('returns NaN for text that is not a numeral', () => {
    for (const text of ['', '十百', '二三', '甲', '百百']) expect(parseChineseNumeral(text)).toBeNaN();
  });

  it('refuses numbers outside 1–9999 when formatting', () => {
    expect(() => formatChineseNumeral(0)).toThrow(RangeError);
    expect(() => formatChineseNumeral(10000)).toThrow(RangeError);
    expect(() => formatChineseNumeral(1.5)).toThrow(RangeError);
  });
});
