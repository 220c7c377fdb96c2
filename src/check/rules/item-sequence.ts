/**
 * item-sequence — 项 inside one 条 or 款 are （一）（二）（三）… consecutive, restarting in each 款.
 *
 * Norm: 立法法 第六十五条 “项的序号用中文数字加括号依次表述”; standards.md §7 ITEM-SEQ.
 *
 * ok:  （一）……；（二）……；（三）……。
 * nok: （一）……；（三）……。 → 项序号应为“（二）”，实为“（三）”
 */
import { itemLabel } from '../../numbering/labels.js';
import type { Rule } from '../rule.js';
import { sequenceSlips } from '../sequence.js';

export const itemSequence: Rule = {
  meta: {
    id: 'item-sequence',
    description: '项序号在各条、款内从（一）起连续编排',
    basis: '立法法 第六十五条',
    recommended: 'error',
    example: '项序号应为“（二）”，实为“（三）”',
  },
  check(context) {
    for (const list of context.itemLists) {
      for (const slip of sequenceSlips(list.items, (item) => item.ordinal)) {
        const expected = itemLabel(slip.expected);
        context.report(
          `项序号应为“${expected}”，实为“${slip.node.num}”${slip.duplicate ? '（与前一项重复）' : ''}`,
          context.labelPlace(slip.node, slip.node.num),
          { actual: slip.node.num, expected },
        );
      }
    }
  },
};
