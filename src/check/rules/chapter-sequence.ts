/**
 * chapter-sequence — 章 are numbered 第一章, 第二章 … continuously, also across 编 (民法典).
 *
 * 刑法 and 民法典 restart 第一章 in each 编; a document that does so consistently is accepted.
 *
 * Norm: 立法法 第六十五条; 立法技术规范（试行）（一）第1项 “法律设编、章、节的，各章连续排序”; standards.md §7 CH-SEQ.
 *
 * ok:  第一章 … 第二章 … 第三章
 * nok: 第二章 … 第四章 → 章序号应为“第三章”，实为“第四章”
 */
import type { Rule } from '../rule.js';
import { checkDivisionSequence, chaptersRestartPerPart } from '../division-sequence.js';

export const chapterSequence: Rule = {
  meta: {
    id: 'chapter-sequence',
    description: '章序号从第一章起连续编排；设编的，跨编连续或在各编内重新排序，全文一致',
    basis: '立法法 第六十五条；立法技术规范（试行）（一）第1项',
    recommended: 'error',
    example: '章序号应为“第三章”，实为“第四章”',
  },
  check(context) {
    checkDivisionSequence(context, 'chapter', chaptersRestartPerPart(context));
  },
};
