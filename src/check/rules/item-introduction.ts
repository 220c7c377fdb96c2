/**
 * item-introduction — a run of 项 is introduced by a 条/款 text ending in `：` (有下列情形之一的：).
 *
 * Norm: 立法技术规范（试行）（一）第8项 “有下列情形之一的”与“有下列行为之一的”表述; standards.md §7 ITEM-INTRO.
 * Older official texts use the ASCII colon; it is accepted unless the option `fullWidthColon` is set.
 *
 * ok:  有下列情形之一的，予以警告：（一）……
 * nok: 有下列情形之一的。（一）…… → 项前的引导语应以“：”结尾，实为“。”
 */
import type { Rule } from '../rule.js';
import { textEnd } from '../item-ends.js';

export const itemIntroduction: Rule = {
  meta: {
    id: 'item-introduction',
    description: '项前的引导语以“：”结尾',
    basis: '立法技术规范（试行）（一）第8项',
    recommended: 'warning',
    strict: 'warning',
    example: '项前的引导语应以“：”结尾，实为“。”',
    options: { fullWidthColon: false },
  },
  check(context) {
    const strictColon = context.options.fullWidthColon === true;
    for (const list of context.itemLists) {
      const end = textEnd(context, list.container);
      if (!end) continue;
      if (end.char === '：' || (!strictColon && end.char === ':')) continue;
      context.report(`项前的引导语应以“：”结尾，实为“${end.char}”`, end.place, { actual: end.char, expected: '：' });
    }
  },
};
