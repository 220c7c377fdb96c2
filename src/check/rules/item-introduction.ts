/**
 * item-introduction — a run of 项 is introduced by a 条/款 text ending in `：` (有下列情形之一的：).
 *
 * Norm: 立法技术规范（试行）（一）第8项 “有下列情形之一的”与“有下列行为之一的”表述; standards.md §7 ITEM-INTRO.
 * Older official texts use the ASCII colon; it is accepted unless the option `fullWidthColon` is set.
 *
 * ok:  有下列情形之一的，予以警告：（一）……
 * nok: 有下列情形之一的。（一）…… → 项前的引导语应以“：”结尾，实为“。”
 * In contracts (合同示范文本, standards.md §5.2) an article may open with a short caption instead
 * (第一条　工程概况 / （一）工程名称：……); such a caption is not an introduction and is not reported.
 */
import type { Rule } from '../rule.js';
import { textEnd } from '../item-ends.js';
import type { CheckContext, ItemList } from '../check-context.js';

/** A caption: short, and no punctuation at all (工程概况, 签约合同价与合同价格形式). */
const CAPTION = /^[^，。；：:,;、！？!?（）()“”]{1,20}$/u;

function isContract(context: CheckContext): boolean {
  if (context.tree.meta?.doctype === '合同') return true;
  return context.tree.children.some((child) => child.type === 'clause');
}

/** The first 款 of a contract article that is only a caption for the 项 below it. */
function isContractCaption(context: CheckContext, list: ItemList): boolean {
  if (!list.article || list.article.children[0] !== list.container) return false;
  return CAPTION.test(context.inlineText(list.container).trim());
}

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
    const contract = isContract(context);
    for (const list of context.itemLists) {
      if (contract && isContractCaption(context, list)) continue;
      const end = textEnd(context, list.container);
      if (!end) continue;
      if (end.char === '：' || (!strictColon && end.char === ':')) continue;
      context.report(`项前的引导语应以“：”结尾，实为“${end.char}”`, end.place, { actual: end.char, expected: '：' });
    }
  },
};
