/**
 * part-sequence — 编 are numbered 第一编, 第二编 … through the text; 分编 restart in each 编.
 *
 * Norm: 立法法 第六十五条 “编、章、节、条的序号用中文数字依次表述”; standards.md §2.2.
 *
 * ok:  第一编 总则 … 第二编 物权 （第一分编 通则 第二分编 …）
 * nok: 第一编 … 第三编 → 编序号应为“第二编”，实为“第三编”
 */
import type { Rule } from '../rule.js';
import { checkDivisionSequence } from '../division-sequence.js';

export const partSequence: Rule = {
  meta: {
    id: 'part-sequence',
    description: '编序号连续编排；分编在各编内单独排序',
    basis: '立法法 第六十五条',
    recommended: 'error',
    example: '编序号应为“第二编”，实为“第三编”',
  },
  check(context) {
    checkDivisionSequence(context, 'part', false);
    checkDivisionSequence(context, 'subpart', true);
  },
};
