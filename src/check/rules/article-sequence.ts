/**
 * article-sequence — 条 are numbered 第一条, 第二条 … continuously through the whole text, regardless of
 * 章/节 (“章断条连”); 第X条之一 may follow 第X条 (amendments insert without renumbering).
 *
 * Norm: 立法法（2023）第六十五条 “编、章、节、条的序号用中文数字依次表述”; 立法技术规范（试行）（一）; standards.md §7 ART-SEQ.
 *
 * ok:  第九条 … 第十条 … 第十条之一 … 第十一条
 * nok: 第九条 … 第十一条   → 条序号应为“第十条”，实为“第十一条”
 * nok: 第二章 第一条（条序号在章内重新开始）
 */
import { articleLabel } from '../../numbering/labels.js';
import type { Rule } from '../rule.js';

export const articleSequence: Rule = {
  meta: {
    id: 'article-sequence',
    description: '条序号从第一条起全文连续编排，不因章、节重新开始（第X条之一除外）',
    basis: '立法法 第六十五条；立法技术规范（试行）（一）',
    recommended: 'error',
    example: '条序号应为“第十一条”，实为“第十二条”',
  },
  check(context) {
    let previous: number | undefined;
    let previousSuffix = 0;
    const list = context.articles;
    for (let i = 0; i < list.length; i++) {
      const article = list[i];
      if (!Number.isFinite(article.ordinal)) continue;
      const suffix = article.suffix ?? 0;
      let expected: string;
      let ok: boolean;
      if (suffix) {
        ok = previous === article.ordinal && suffix === previousSuffix + 1;
        expected = previous === undefined ? articleLabel(1) : articleLabel(previous, previousSuffix + 1);
      } else {
        const next = previous === undefined ? 1 : previous + 1;
        ok = article.ordinal === next;
        expected = articleLabel(next);
      }
      if (!ok) {
        const actual = article.num;
        const duplicate = !suffix && article.ordinal === previous && previousSuffix === 0;
        context.report(`条序号应为“${expected}”，实为“${actual}”${duplicate ? '（与前一条重复）' : ''}`, context.labelPlace(article, article.num), {
          actual,
          expected,
        });
        // A one-off wrong number (3, 3, 5): keep counting from the expected number when the next article agrees.
        const next = list[i + 1];
        if (!suffix && next && !next.suffix && previous !== undefined && next.ordinal === previous + 2) {
          previous = previous + 1;
          previousSuffix = 0;
          continue;
        }
      }
      previous = article.ordinal;
      previousSuffix = suffix;
    }
  },
};
