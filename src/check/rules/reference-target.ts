/**
 * reference-target — every reference to this document (第十条, 第十条第二款, 第三十条第二款第（一）项, 本条第二款,
 * 前款, 前两款, 第十条至第十二条) points at a 条/款/项/目 that exists; 前款 is not used in a 条's first 款.
 * References to other instruments (《…》第十条, 该法第十条, 刑法第二十条) are not checked here.
 *
 * Norm: 立法法 第六十五条 (条、款、项、目); standards.md §2.5, §7 XREF-TARGET. A dangling reference makes the
 * text unusable, hence an error.
 *
 * ok:  第十条　……依照本办法第三条的规定……（第三条存在）
 * nok: 依照本办法第四十条 in a 36-条 办法 → 引用的第四十条不存在（本文件共三十六条）
 * nok: 前款 in a 条's first 款 → “前款”位于第五条第一款，前面没有款可指
 */
import type { Rule } from '../rule.js';

export const referenceTarget: Rule = {
  meta: {
    id: 'reference-target',
    description: '引用本文件的条、款、项、目必须存在；“前款”不得用于第一款',
    basis: '立法法 第六十五条；立法技术规范（试行）（一）',
    recommended: 'error',
    example: '引用的第四十条不存在（本文件共36条）',
  },
  check(context) {
    for (const reference of context.references().references) {
      for (const problem of reference.problems) {
        // Duplicate article numbers are reported once, by article-sequence.
        if (problem.kind === 'ambiguous') continue;
        context.report(problem.reason, { start: problem.start, end: problem.end }, { actual: context.source.slice(problem.start, problem.end) });
      }
    }
  },
};
