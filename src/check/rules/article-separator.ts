/**
 * article-separator — after 第X条 (or after its 条标题 `（目的依据）`) stands exactly one full-width space
 * U+3000 before the text; not an ASCII space, a tab, a colon or a 顿号. When a whole text consistently
 * uses one other separator (LawRefBook copies normalise it to an ASCII space) one message says so.
 *
 * Norm: 条文排版习惯 `第一条　条的内容` (standards.md §2.3, S36 S73); §7 ART-SEP. House style, hence a warning.
 *
 * ok:  第一条　为了规范……
 * nok: 第一条 为了规范…… → 条序号后应为一个全角空格，实为半角空格
 * nok: 第一条：为了规范……
 */
import type { Rule } from '../rule.js';
import type { Article } from '../../tree/types.js';

const NAMES: Record<string, string> = {
  ' ': '半角空格',
  '\t': '制表符',
  '\u2003': '全身空格（&emsp;）',
  '\u00a0': '不换行空格',
  '': '无空格',
  ':': '半角冒号',
  '：': '冒号',
  '、': '顿号',
  '.': '点号',
  '，': '逗号',
};

function describe(separator: string): string {
  if (separator in NAMES) return NAMES[separator];
  if (/^\u3000+$/.test(separator)) return `${separator.length}个全角空格`;
  return `“${separator.replace(/\t/g, '\\t')}”`;
}

function acceptable(article: Article): boolean {
  const s = article.separator ?? '\u3000';
  if (s === '\u3000' || s === '\n') return true;
  // 条标题 variant: 第一条（目的依据） then U+3000 or a line break; nothing is also seen after the bracket.
  if (article.heading && s === '') return true;
  // A label standing alone (no text on the line, e.g. a deleted article) has nothing to separate.
  return article.children.length === 0;
}

export const articleSeparator: Rule = {
  meta: {
    id: 'article-separator',
    description: '条序号（或条标题）后用一个全角空格与正文隔开',
    basis: '条文排版惯例（standards.md §2.3）',
    recommended: 'warning',
    strict: 'error',
    example: '条序号后应为一个全角空格，实为半角空格',
  },
  check(context) {
    const bad = context.articles.filter((a) => !acceptable(a));
    if (bad.length === 0) return;
    const place = (article: Article) => {
      const label = context.labelPlace(article, article.num);
      if (label && 'start' in label && typeof label.start === 'number') return { start: label.end as number, end: (label.end as number) + 1 };
      return label;
    };
    const kinds = new Set(bad.map((a) => a.separator));
    if (bad.length === context.articles.length && kinds.size === 1 && bad.length > 3) {
      const first = bad[0];
      context.report(`全文条序号后均为${describe(first.separator)}（共${bad.length}条），应为一个全角空格`, place(first), {
        actual: first.separator,
        expected: '\u3000',
      });
      return;
    }
    for (const article of bad) {
      context.report(`${article.num}后应为一个全角空格，实为${describe(article.separator)}`, place(article), {
        actual: article.separator,
        expected: '\u3000',
      });
    }
  },
};
