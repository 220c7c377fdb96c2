/**
 * item-brackets — a 项 label is `（一）` with full-width brackets U+FF08/U+FF09 and nothing after `）`;
 * a 目 label is `1.`; `一、` (a 公文 level) is not used for 项 inside a 条.
 *
 * Norm: 立法法 第六十五条 “项的序号用中文数字加括号依次表述”; standards.md §2.2, §7 ITEM-SEQ / MU-SEQ.
 * Older official texts print `(一)` with ASCII brackets, so this is a warning, not an error.
 *
 * ok:  （一）申请人的姓名；
 * nok: (一)申请人的姓名；   → 项序号应使用全角括号“（一）”，实为“(一)”
 * nok: （一）、申请人的姓名； → 项序号“（一）”后不应再加“、”
 * nok: 1、申请书；          → 目序号应写作“1.”，实为“1、”
 */
import { formatChineseNumeral } from '../../numbering/chinese-numerals.js';
import type { Rule } from '../rule.js';

const FULL = /^（[一二三四五六七八九十百]+）$/;
const HAN_LEVEL = /^([一二三四五六七八九十]+)、/;

export const itemBrackets: Rule = {
  meta: {
    id: 'item-brackets',
    description: '项序号用全角括号“（一）”且其后不加标点；目序号用“1.”；条内不用“一、”作项',
    basis: '立法法 第六十五条',
    recommended: 'warning',
    strict: 'error',
    example: '项序号应使用全角括号“（二）”，实为“(二)”',
    supersedes: ['parse-item-halfwidth'],
  },
  check(context) {
    const items = context.itemLists.flatMap((list) => list.items);
    const halfWidth = items.filter((item) => !FULL.test(item.num) && Number.isFinite(item.ordinal) && item.ordinal >= 1 && item.ordinal <= 9999);
    // An older official text prints every 项 with ASCII brackets: one message says so, not one per 项.
    const wholeText = halfWidth.length > 3 && halfWidth.length === items.length;
    if (wholeText) {
      const first = halfWidth[0];
      context.report(`全文项序号均使用半角括号（共${halfWidth.length}处），应使用全角括号，如“（一）”`, context.labelPlace(first, first.num), {
        actual: first.num,
        expected: `（${formatChineseNumeral(first.ordinal)}）`,
      });
    }
    for (const list of context.itemLists) {
      for (const item of list.items) {
        const place = context.labelPlace(item, item.num);
        if (!wholeText && halfWidth.includes(item)) {
          const expected = `（${formatChineseNumeral(item.ordinal)}）`;
          context.report(`项序号应使用全角括号“${expected}”，实为“${item.num}”`, place, { actual: item.num, expected });
        }
        const text = context.inlineText(item);
        const after = /^[、，,．.:：]/.exec(text);
        if (after) context.report(`项序号“${item.num}”后不应再加“${after[0]}”`, place, { actual: `${item.num}${after[0]}`, expected: item.num });
      }
    }
    for (const list of context.subitemLists) {
      for (const subitem of list.subitems) {
        if (/^\d+\.$/.test(subitem.num)) continue;
        const expected = `${subitem.ordinal}.`;
        context.report(`目序号应写作“${expected}”，实为“${subitem.num}”`, context.labelPlace(subitem, subitem.num), { actual: subitem.num, expected });
      }
    }
    for (const article of context.articles) {
      article.children.forEach((paragraph, index) => {
        if (index === 0 || paragraph.type !== 'paragraph') return;
        const m = HAN_LEVEL.exec(context.inlineText(paragraph));
        if (!m) return;
        const expected = `（${m[1]}）`;
        context.report(`条文中的项应写作“${expected}”，实为“${m[0]}”`, context.labelPlace(paragraph, m[0]), { actual: m[0], expected });
      });
    }
  },
};
