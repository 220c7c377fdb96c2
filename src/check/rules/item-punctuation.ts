/**
 * item-punctuation — in a run of 项 (or 目) every one but the last ends with `；` (`：` when it introduces
 * 目; `。` when the items are full sentences), and the last ends with `。` (`；` for the last 目 of a 项
 * that is not the last 项).
 *
 * Norm: 立法技术规范（试行）（一）第12项 标点符号的使用; corpus practice 97.5 % / 98.9 % (standards.md §2.2, §7 ITEM-PUNCT).
 *
 * ok:  （一）……；（二）……；（三）……。
 * nok: （一）……；（二）……；（三）……；  → 最后一项应以“。”结尾，实为“；”
 * nok: （一）……，（二）……。          → 非最后一项应以“；”结尾，实为“，”
 */
import type { Item, Subitem } from '../../tree/types.js';
import type { Rule } from '../rule.js';
import type { CheckContext } from '../check-context.js';
import { textEnd } from '../item-ends.js';

const QUOTE_END = /[”"’』」]/;

function checkRun(context: CheckContext, nodes: Array<Item | Subitem>, unit: '项' | '目', lastExpected: '。' | '；'): void {
  const ends = nodes.map((n) => textEnd(context, n));
  const allFullStops = ends.every((e) => e?.char === '。');
  nodes.forEach((node, i) => {
    const end = ends[i];
    if (!end || QUOTE_END.test(end.char)) return;
    const last = i === nodes.length - 1;
    const hasSubitems = node.type === 'item' && node.children.some((c) => c.type === 'subitem');
    if (hasSubitems) {
      if (end.char !== '：' && end.char !== ':') context.report(`引出目的项应以“：”结尾，实为“${end.char}”`, end.place, { actual: end.char, expected: '：' });
      return;
    }
    if (last) {
      // The 目 list of a 项 that is not the last closes that 项: ； as a rule, 。 when the 项 are sentences.
      const accepted = lastExpected === '；' ? ['；', '。'] : [lastExpected];
      if (!accepted.includes(end.char)) {
        context.report(`最后一${unit}应以“${lastExpected}”结尾，实为“${end.char}”`, end.place, { actual: end.char, expected: lastExpected });
      }
      return;
    }
    const text = context.inlineText(node);
    // 。 ends a non-last item when the items are full sentences.
    const sentence = end.char === '。' && (allFullStops || text.slice(0, -1).includes('。'));
    if (end.char !== '；' && !sentence) {
      context.report(`非最后一${unit}应以“；”结尾，实为“${end.char}”`, end.place, { actual: end.char, expected: '；' });
    }
  });
}

export const itemPunctuation: Rule = {
  meta: {
    id: 'item-punctuation',
    description: '项、目除最后一个外以“；”结尾，最后一个以“。”结尾',
    basis: '立法技术规范（试行）（一）第12项（标点符号的使用）',
    recommended: 'warning',
    example: '最后一项应以“。”结尾，实为“；”',
  },
  check(context) {
    for (const list of context.itemLists) checkRun(context, list.items, '项', '。');
    for (const list of context.subitemLists) {
      const parentList = context.itemLists.find((l) => l.items.includes(list.container));
      const parentIsLast = !parentList || parentList.items[parentList.items.length - 1] === list.container;
      checkRun(context, list.subitems, '目', parentIsLast ? '。' : '；');
    }
  },
};
