/**
 * last-article-effective — the last 条 states when the text takes effect: `本办法自2009年6月1日起施行。`
 * (optionally followed by `《××办法》同时废止。` or an 有效期 sentence). 施行, not 执行/实施.
 *
 * Norm: 规章制定程序条例 第三十二条 (施行日期); 立法技术规范 施行/废止 wording (S62); standards.md §2.6, §7 LAST-ART-EFFECTIVE.
 *
 * ok:  第三十条　本办法自2009年6月1日起施行。
 * nok: 第三十条　本办法所称“以上”包括本数。（last） → 最后一条应规定施行日期，如“本办法自×年×月×日起施行。”
 * nok: 本办法自发布之日执行。 → 施行日期应写作“自……起施行”，实为“自发布之日执行”
 */
import type { Rule } from '../rule.js';

const EFFECTIVE = /施行/;
const WRONG_WORD = /自[^。；]{1,40}?(?:起)?(?:执行|实施|生效)/;
const SKIP_GENRES = new Set(['修改决定', '修正案', '合同', '决定', '通知', '方案', '计划', '意见', '纲要']);

export const lastArticleEffective: Rule = {
  meta: {
    id: 'last-article-effective',
    description: '最后一条规定施行日期（自×年×月×日起施行）',
    basis: '规章制定程序条例 第三十二条；立法技术规范',
    recommended: 'warning',
    example: '最后一条应规定施行日期，如“本办法自×年×月×日起施行。”',
  },
  check(context) {
    const last = context.articles[context.articles.length - 1];
    if (!last || context.articles.length < 3) return;
    if (context.genre && SKIP_GENRES.has(context.genre)) return;
    const text = last.children.map((p) => context.inlineText(p)).join('\n');
    if (EFFECTIVE.test(text)) return;
    const place = context.labelPlace(last, last.num);
    const wrong = WRONG_WORD.exec(text);
    if (wrong) {
      context.report(`施行日期应写作“自……起施行”，实为“${wrong[0]}”`, place, { actual: wrong[0] });
      return;
    }
    const self = context.genre ? `本${context.genre === '法典' ? '法' : context.genre}` : '本办法';
    context.report(`最后一条应规定施行日期，如“${self}自×年×月×日起施行。”`, place);
  },
};
