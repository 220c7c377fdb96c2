/**
 * doc-number-form — a 发文字号 is 机关代字 + 〔年份〕 + 序号 + 号: six-cornered brackets U+3014/U+3015,
 * a 4-digit year, no 第, no leading zero: `×政发〔2012〕10号`.
 *
 * Norm: GB/T 9704-2012 §7.2.4 “年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号
 * 不加“第”字，不编虚位”; standards.md §7 DOCNO-FORM.
 *
 * ok:  ×政发〔2012〕10号
 * nok: ×政发[2012]10号 → 发文字号的年份应用六角括号“〔〕”括入
 * nok: ×政发〔2012〕010号 → 发文顺序号不编虚位
 */
import type { Rule } from '../rule.js';

const VALID = /^[\p{Script=Han}A-Za-z×＊*]+〔\d{4}〕[1-9]\d*号$/u;

export function docNumberProblem(value: string): { reason: string; expected?: string } | undefined {
  if (VALID.test(value)) return undefined;
  const m = /^(.*?)\s*[〔\[［【（(﹝{]\s*(\d{2,4})\s*[〕\]］】）)﹞}]\s*(第)?\s*(\d+)\s*号$/u.exec(value);
  if (!m) return { reason: `发文字号“${value}”不符合“机关代字〔年份〕序号号”的格式` };
  const [, organ, year, di, num] = m;
  const expected = `${organ}〔${year.length === 2 ? `20${year}` : year}〕${Number(num)}号`;
  if (!/〔\d+〕/.test(value)) return { reason: `发文字号的年份应用六角括号“〔〕”括入，应为“${expected}”`, expected };
  if (year.length !== 4) return { reason: `发文字号的年份应标全称，应为“${expected}”`, expected };
  if (di) return { reason: `发文顺序号不加“第”字，应为“${expected}”`, expected };
  if (num.startsWith('0')) return { reason: `发文顺序号不编虚位，应为“${expected}”`, expected };
  return { reason: `发文字号“${value}”不符合“机关代字〔年份〕序号号”的格式`, expected };
}

export const docNumberForm: Rule = {
  meta: {
    id: 'doc-number-form',
    description: '发文字号写作“机关代字〔年份〕序号号”',
    basis: 'GB/T 9704-2012 §7.2.4',
    recommended: 'error',
    example: '发文顺序号不编虚位，应为“×政发〔2012〕10号”',
  },
  check(context) {
    const meta = context.tree.meta ?? {};
    const wrapper = meta.wrapper as { docNumber?: string } | undefined;
    for (const value of [meta.docNumber, wrapper?.docNumber]) {
      if (!value) continue;
      const problem = docNumberProblem(value.trim());
      if (!problem) continue;
      const at = context.source.indexOf(value);
      const place = at === -1 ? undefined : { start: at, end: at + value.length };
      context.report(problem.reason, place, { actual: value, ...(problem.expected ? { expected: problem.expected } : {}) });
    }
  },
};
