/**
 * Dates in contract text: 2009年5月10日 (Arabic figures, GB/T 15835-2011《出版物上数字用法》 for
 * 公历日期) or, as an option, the 汉字 form 二〇〇九年五月十日 used on seals and some signature pages.
 */
import { formatChineseNumeral } from '../numbering/chinese-numerals.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const HAN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Reads 2009-05-10, 2009-5-10, 2009/5/10 or 2009年5月10日; undefined when it is not a real date. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})(?:-|\/|年)(\d{1,2})(?:-|\/|月)(\d{1,2})日?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** 2009年5月10日, or with `han` 二〇〇九年五月十日. */
export function formatChineseDate(date: CalendarDate, han = false): string {
  if (!han) return `${date.year}年${date.month}月${date.day}日`;
  const year = String(date.year)
    .split('')
    .map((d) => HAN_DIGITS[Number(d)])
    .join('');
  return `${year}年${formatChineseNumeral(date.month)}月${formatChineseNumeral(date.day)}日`;
}

export function toIsoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
