/**
 * numeral-canonical — 编、章、节、条 numbers (and the numbers inside references) are written as canonical
 * Chinese numerals: 十一 (not 一十一), 一百一十 (not 一百十), one 零 for internal zeros, no Arabic digits.
 *
 * Norm: 立法法 第六十五条 “编、章、节、条的序号用中文数字依次表述”; standards.md §2.4, §7 ART-NUMERAL.
 *
 * ok:  第十一条　第一百一十条　第一千零一条
 * nok: 第一十一条 → 条序号“第一十一条”不是规范的中文数字写法：“一十一”应写作“十一”
 * nok: 第10条
 */
import { formatChineseNumeral, isCanonicalChineseNumeral, parseChineseNumeral } from '../../numbering/chinese-numerals.js';
import type { Rule } from '../rule.js';
import { splitLabel } from '../sequence.js';

const UNIT_NAME: Record<string, string> = { 条: '条', 章: '章', 节: '节', 编: '编', 分编: '分编' };

/** The canonical label of `label`, and each written numeral that differs from its canonical form; undefined when canonical. */
function canonical(label: string): { label: string; fixes: Array<[string, string]> } | undefined {
  const parts = splitLabel(label);
  if (!parts) return undefined;
  const n = parseChineseNumeral(parts.numeral);
  const s = parts.suffix === undefined ? undefined : parseChineseNumeral(parts.suffix);
  if (!Number.isFinite(n) || n < 1 || n > 9999) return undefined;
  const fixes: Array<[string, string]> = [];
  if (!isCanonicalChineseNumeral(parts.numeral)) fixes.push([parts.numeral, formatChineseNumeral(n)]);
  if (parts.suffix !== undefined && s !== undefined && Number.isFinite(s) && !isCanonicalChineseNumeral(parts.suffix)) {
    fixes.push([parts.suffix, formatChineseNumeral(s)]);
  }
  if (fixes.length === 0) return undefined;
  return { label: `第${formatChineseNumeral(n)}${parts.unit}${s !== undefined && Number.isFinite(s) ? `之${formatChineseNumeral(s)}` : ''}`, fixes };
}

export const numeralCanonical: Rule = {
  meta: {
    id: 'numeral-canonical',
    description: '编、章、节、条序号及引用中的条号用规范的中文数字（十一、一百一十、一千零一）',
    basis: '立法法 第六十五条；立法技术规范（试行）（一）第11项',
    recommended: 'error',
    example: '条序号“第一十一条”不是规范的中文数字写法：“一十一”应写作“十一”',
    supersedes: ['parse-label-arabic', 'parse-label-space'],
  },
  check(context) {
    const labelled: Array<{ num: string; kind: string; node: Parameters<typeof context.labelPlace>[0] }> = [
      ...context.articles.map((node) => ({ num: node.num, kind: '条', node })),
      ...context.divisions.map((d) => ({ num: d.node.num, kind: d.node.type === 'section' ? '节' : d.node.type === 'chapter' ? '章' : '编', node: d.node })),
    ];
    for (const { num, kind, node } of labelled) {
      if (!num) continue;
      const found = canonical(num);
      if (!found) continue;
      // The message names the numerals only: whether the number itself is the right one in the sequence is
      // article-sequence's (and the other sequence rules') to say, and may differ (第1条 where 第四条 belongs).
      const fixes = found.fixes.map(([written, form]) => `“${written}”应写作“${form}”`).join('，');
      context.report(`${UNIT_NAME[kind] ?? kind}序号“${num}”不是规范的中文数字写法：${fixes}`, context.labelPlace(node, num), {
        actual: num,
        expected: found.label,
      });
    }
    for (const reference of context.references().references) {
      for (const element of reference.reference.elements) {
        for (const component of element.components) {
          if (component.level !== 'article') continue;
          const written = context.source.slice(component.start, component.end);
          const found = canonical(written);
          if (!found) continue;
          context.report(`引用的条号“${written}”不是规范的中文数字写法，应为“${found.label}”`, { start: component.start, end: component.end }, {
            actual: written,
            expected: found.label,
          });
        }
      }
    }
  },
};
