/**
 * toc-match — a 目录 lists exactly the 编/章/节 headings of the body, in order, with the same numbers and
 * names, and no 条. Spacing inside headings (总　　则) is ignored.
 *
 * Norm: 立法技术规范（试行）（一）第1项 “在正文前须列‘目录’将各章、节的名称按序排列表述…条、款、项、目不列入目录中”;
 * standards.md §2.3, §7 TOC-MATCH.
 *
 * ok:  目录 第三章　监督检查 / body 第三章　监督检查
 * nok: 目录 第三章　监督检查 / body 第三章　监督管理 → 目录“第三章　监督检查”与正文标题“第三章　监督管理”不一致
 */
import type { Rule } from '../rule.js';

const squash = (s: string): string => s.replace(/[\s\u3000\u2003·.…　]+|\d+$/g, '');

export const tocMatch: Rule = {
  meta: {
    id: 'toc-match',
    description: '目录所列编、章、节标题与正文一致，不列条',
    basis: '立法技术规范（试行）（一）第1项',
    recommended: 'error',
    example: '目录“第三章　监督检查”与正文标题“第三章　监督管理”不一致',
  },
  check(context) {
    if (context.tocs.length === 0) return;
    const headings = context.divisions.map((d) => ({ node: d.node, text: `${d.node.num}${d.node.num ? '　' : ''}${d.node.heading}` }));
    for (const toc of context.tocs) {
      const entries = toc.children.filter((e) => squash(e.value) !== '');
      let h = 0;
      for (const entry of entries) {
        if (/^第[零〇一二三四五六七八九十百千]+条/.test(entry.value.trim())) {
          context.report(`目录不应列入条：“${entry.value.trim()}”`, entry, { actual: entry.value.trim() });
          continue;
        }
        const want = headings[h];
        if (!want) {
          context.report(`目录“${entry.value.trim()}”在正文中没有对应的标题`, entry, { actual: entry.value.trim() });
          continue;
        }
        if (squash(entry.value) !== squash(want.text)) {
          context.report(`目录“${entry.value.trim()}”与正文标题“${want.text}”不一致`, entry, { actual: entry.value.trim(), expected: want.text });
        }
        h++;
      }
      if (h < headings.length) {
        const missing = headings.slice(h).map((x) => x.text);
        context.report(`目录缺少正文标题：${missing.slice(0, 5).map((m) => `“${m}”`).join('、')}${missing.length > 5 ? `等${missing.length}个` : ''}`, toc, {
          expected: missing[0],
        });
      }
    }
  },
};
