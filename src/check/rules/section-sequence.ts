/**
 * section-sequence — 节 restart at 第一节 in each 章 and are consecutive inside it.
 *
 * Norm: 立法法 第六十五条; 立法技术规范（试行）（一）第1项 “各章下的节单独排序”; standards.md §7 SEC-RESTART.
 *
 * ok:  第一章 第一节 第二节 / 第二章 第一节
 * nok: 第二章 opens with 第三节 → 节序号应为“第一节”，实为“第三节”（节在各章内单独排序）
 */
import type { Rule } from '../rule.js';
import { checkDivisionSequence } from '../division-sequence.js';

export const sectionSequence: Rule = {
  meta: {
    id: 'section-sequence',
    description: '节在各章内从第一节起连续编排',
    basis: '立法法 第六十五条；立法技术规范（试行）（一）第1项',
    recommended: 'error',
    example: '节序号应为“第一节”，实为“第三节”（节在各章内单独排序）',
  },
  check(context) {
    checkDivisionSequence(context, 'section', true);
  },
};
