/**
 * chapter-order — when the text is divided into 章 (or 编), the first is 总则 and the last is 附则
 * (`总　　则` / `附　　则` spacing allowed; with 编 the 附则 may stand alone, unnumbered, as in 民法典).
 *
 * Norm: 立法技术规范（试行）（一）第1项 “附则单列为一章”; standards.md §2.6, §7 ORDER-GENERAL.
 *
 * ok:  第一章　总　　则 … 第六章　附　　则
 * nok: … 第八章　法律责任（last） → 最后一章应为“附则”，实为“法律责任”
 */
import type { Rule } from '../rule.js';

const squash = (heading: string): string => heading.replace(/[\s\u3000]+/g, '');

export const chapterOrder: Rule = {
  meta: {
    id: 'chapter-order',
    description: '分章的，第一章为“总则”，最后一章为“附则”',
    basis: '立法技术规范（试行）（一）第1项',
    recommended: 'warning',
    example: '最后一章应为“附则”，实为“法律责任”',
  },
  check(context) {
    const chapters = context.divisions.filter((d) => d.node.type === 'chapter').map((d) => d.node);
    const parts = context.divisions.filter((d) => d.node.type === 'part').map((d) => d.node);
    if (chapters.length < 2 && parts.length < 2) return;
    const first = parts[0] ?? chapters[0];
    const firstHeading = squash(first.heading);
    const firstChapterHeading = chapters[0] ? squash(chapters[0].heading) : '';
    if (!firstHeading.endsWith('总则') && !firstChapterHeading.endsWith('总则') && firstHeading !== '一般规定') {
      context.report(`第一${first.type === 'part' ? '编' : '章'}应为“总则”，实为“${first.heading}”`, context.labelPlace(first, first.num || first.heading), {
        actual: first.heading,
        expected: '总则',
      });
    }
    const last = chapters[chapters.length - 1];
    if (last && !squash(last.heading).endsWith('附则')) {
      context.report(`最后一章应为“附则”，实为“${last.heading}”`, context.labelPlace(last, last.num || last.heading), {
        actual: last.heading,
        expected: '附则',
      });
    }
  },
};
