/**
 * subitem-sequence — 目 inside one 项 are 1. 2. 3. … consecutive, restarting in each 项.
 *
 * Norm: 立法法 第六十五条 “目的序号用阿拉伯数字依次表述”; standards.md §7 MU-SEQ.
 *
 * ok:  （一）……：1.……；2.……。
 * nok: 1.……；3.…… → 目序号应为“2.”，实为“3.”
 */
import { subitemLabel } from '../../numbering/labels.js';
import type { Rule } from '../rule.js';
import { sequenceSlips } from '../sequence.js';

export const subitemSequence: Rule = {
  meta: {
    id: 'subitem-sequence',
    description: '目序号在各项内从 1. 起连续编排',
    basis: '立法法 第六十五条',
    recommended: 'error',
    example: '目序号应为“2.”，实为“3.”',
  },
  check(context) {
    for (const list of context.subitemLists) {
      for (const slip of sequenceSlips(list.subitems, (s) => s.ordinal)) {
        const expected = subitemLabel(slip.expected);
        context.report(`目序号应为“${expected}”，实为“${slip.node.num}”`, context.labelPlace(slip.node, slip.node.num), {
          actual: slip.node.num,
          expected,
        });
      }
    }
  },
};
