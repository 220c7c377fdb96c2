/**
 * reference-division — references cite 条、款、项、目, not 编、章、节 (“编、章、节是对法条的归类…只需引用到条、款、项、目即可”).
 * 民法典 itself writes “适用本法第一编第六章”, so this is only a hint (info) in the recommended preset.
 *
 * Norm: 立法法释义 on citing (S46 S47); standards.md §2.5, §7 XREF-STYLE.
 *
 * ok:  依照本办法第十条至第十五条的规定
 * nok: 依照本办法第三章的规定 → 引用宜具体到条、款、项、目，不宜引用“本办法第三章”
 */
import type { Rule } from '../rule.js';

const DIVISION = /(?:本(?:法|条例|办法|规定|细则|规则))?第[零〇一二三四五六七八九十百]+(?:编|分编|章|节)(?:第[零〇一二三四五六七八九十百]+(?:分编|章|节))*(?=[的规定所中和、，。])/g;

export const referenceDivision: Rule = {
  meta: {
    id: 'reference-division',
    description: '引用具体到条、款、项、目，不引用编、章、节',
    basis: '立法法释义（引用条文的方式）',
    recommended: 'info',
    strict: 'warning',
    example: '引用宜具体到条、款、项、目，不宜引用“本办法第三章”',
  },
  check(context) {
    for (const { article, text, start } of context.articleParagraphTexts()) {
      const skip = text.indexOf(article.num);
      DIVISION.lastIndex = skip >= 0 && skip < 12 ? skip + article.num.length : 0;
      let m: RegExpExecArray | null;
      while ((m = DIVISION.exec(text))) {
        const before = text.slice(Math.max(0, m.index - 1), m.index);
        if (before === '》' || /[法例定则]$/.test(before)) continue;
        context.report(`引用宜具体到条、款、项、目，不宜引用“${m[0]}”`, { start: start + m.index, end: start + m.index + m[0].length }, {
          actual: m[0],
        });
      }
    }
  },
};
