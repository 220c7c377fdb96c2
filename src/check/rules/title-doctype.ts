/**
 * title-doctype — the genre word at the end of the title agrees with the front-matter `doctype`
 * (a 办法 titled ××规定 means one of the two is wrong, and 本办法 self-references follow the doctype).
 *
 * Norm: 规章制定程序条例 第七条 (名称); standards.md §7 NAME-GENRE.
 *
 * ok:  doctype: 办法, title ××市停车管理办法
 * nok: doctype: 办法, title ××市停车管理规定 → 标题文种“规定”与 doctype“办法”不一致
 */
import type { Rule } from '../rule.js';
import { titleGenre } from '../check-context.js';

const CHECKED = ['法', '条例', '规定', '办法', '细则', '规则', '制度', '方案', '计划', '意见', '决定', '通知', '标准', '规范', '纲要'];

export const titleDoctype: Rule = {
  meta: {
    id: 'title-doctype',
    description: '标题末尾的文种与前置元数据 doctype 一致',
    basis: '规章制定程序条例 第七条',
    recommended: 'warning',
    example: '标题文种“规定”与 doctype“办法”不一致',
  },
  check(context) {
    const meta = context.tree.meta ?? {};
    const title = meta.title ?? context.title?.value;
    const doctype = meta.doctype;
    if (!title || !doctype || !CHECKED.includes(doctype)) return;
    const genre = titleGenre(title);
    if (!genre || genre.endsWith(doctype) || doctype.endsWith(genre)) return;
    context.report(`标题文种“${genre}”与 doctype“${doctype}”不一致`, context.title ?? undefined, { actual: genre, expected: doctype });
  },
};
