/**
 * date-form — dates are written `2009年5月10日`: 4-digit year, Arabic digits, no zero padding; years
 * spelled in 汉字 use 〇 (U+3007), not O/0/○.
 *
 * Norm: GB/T 9704-2012 §7.3.5.1 “年份应标全称，月、日不编虚位（即1不编为01）”; standards.md §2.7, §7 DATE-FORM.
 *
 * ok:  2009年5月10日　二〇一一年
 * nok: 2009年05月10日 → 日期中的月、日不编虚位，应为“2009年5月10日”
 * nok: 09年5月10日 → 年份应标全称
 * nok: 二O一一年 → 汉字年份中的零应写作“〇”
 */
import type { Rule } from '../rule.js';

const PADDED = /(?<![0-9０-９])([0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})日)?/g;
const SHORT_YEAR = /(?<![0-9０-９〔\[（(])([0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日/g;
const HAN_YEAR = /[一二三四五六七八九〇零○OoＯ0]{4}年/g;
const WIDE = /[０-９]{2,4}年[０-９]{1,2}月/g;

/** Source ranges to skip: YAML front matter and HTML comments. */
function bodyStart(source: string): number {
  if (!source.startsWith('---')) return 0;
  const end = source.indexOf('\n---', 3);
  return end === -1 ? 0 : end + 4;
}

export const dateForm: Rule = {
  meta: {
    id: 'date-form',
    description: '日期写作“2009年5月10日”：年份标全称，月、日不编虚位；汉字年份用“〇”',
    basis: 'GB/T 9704-2012 §7.3.5.1',
    recommended: 'warning',
    example: '日期中的月、日不编虚位，应为“2009年5月10日”，实为“2009年05月10日”',
  },
  check(context) {
    const source = context.source;
    const from = bodyStart(source);
    const body = source.slice(from);
    let m: RegExpExecArray | null;
    PADDED.lastIndex = 0;
    while ((m = PADDED.exec(body))) {
      const [whole, y, mo, d] = m;
      if (!mo.startsWith('0') && !(d ?? '').startsWith('0')) continue;
      const expected = `${y}年${Number(mo)}月${d !== undefined ? `${Number(d)}日` : ''}`;
      context.report(`日期中的月、日不编虚位，应为“${expected}”，实为“${whole}”`, { start: from + m.index, end: from + m.index + whole.length }, {
        actual: whole,
        expected,
      });
    }
    SHORT_YEAR.lastIndex = 0;
    while ((m = SHORT_YEAR.exec(body))) {
      context.report(`年份应标全称（四位数字），实为“${m[0]}”`, { start: from + m.index, end: from + m.index + m[0].length }, { actual: m[0] });
    }
    HAN_YEAR.lastIndex = 0;
    while ((m = HAN_YEAR.exec(body))) {
      if (!/[零○OoＯ0]/.test(m[0])) continue;
      if (!/[一二三四五六七八九]/.test(m[0])) continue;
      const expected = m[0].replace(/[零○OoＯ0]/g, '〇');
      context.report(`汉字年份中的零应写作“〇”，应为“${expected}”，实为“${m[0]}”`, { start: from + m.index, end: from + m.index + m[0].length }, {
        actual: m[0],
        expected,
      });
    }
    WIDE.lastIndex = 0;
    while ((m = WIDE.exec(body))) {
      const expected = m[0].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
      context.report(`日期应使用半角阿拉伯数字，应为“${expected}”，实为“${m[0]}”`, { start: from + m.index, end: from + m.index + m[0].length }, {
        actual: m[0],
        expected,
      });
    }
  },
};
