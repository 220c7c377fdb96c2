/**
 * title-genre — the title's genre word fits the instrument: a 规章 is not called 条例, a 规范性文件 is
 * called neither 法 nor 条例 (agreement with the front-matter `doctype`: title-doctype).
 *
 * Norm: 规章制定程序条例 第七条 “规章的名称一般称‘规定’、‘办法’，但不得称‘条例’”; local 规范性文件 rules
 * (S63–S65) “不得称‘法’、‘条例’”; standards.md §2.1, §7 NAME-GENRE.
 *
 * ok:  category: 规章, title ××市停车管理办法
 * nok: category: 规章, title ××市停车管理条例 → 规章的名称不得称“条例”
 */
import type { Rule } from '../rule.js';
import { titleGenre } from '../check-context.js';

export const titleGenreRule: Rule = {
  meta: {
    id: 'title-genre',
    description: '标题文种与制定层级相符（规章不得称“条例”，规范性文件不得称“法”“条例”）',
    basis: '规章制定程序条例 第七条；各地行政规范性文件管理规定',
    recommended: 'error',
    example: '规章的名称不得称“条例”（规章制定程序条例第七条），实为“××市停车管理条例”',
  },
  check(context) {
    const meta = context.tree.meta ?? {};
    const title = meta.title ?? context.title?.value;
    if (!title) return;
    const genre = titleGenre(title);
    const place = context.title ?? undefined;
    const category = meta.category;
    if (category === '规章' && genre && /条例$/.test(genre)) {
      context.report(`规章的名称不得称“条例”（规章制定程序条例第七条），实为“${title}”`, place, { actual: genre });
    }
    if (category === '规范性文件' && genre && (/条例$/.test(genre) || genre === '法' || genre === '法典')) {
      context.report(`规范性文件的名称不得称“法”或“条例”，实为“${title}”`, place, { actual: genre });
    }
  },
};
