/**
 * reference-style — one way of citing 项 in a document (第一项 or 第（一）项, not both; the option
 * `itemStyle` can require one), and a 条 with a single 款 cited as the 条 (编/章/节 citations: reference-division).
 *
 * Norm: 立法技术规范（试行）（一）第9项 引用法律条文中第×项的表述; 立法法释义 on citing 条、款、项、目 only
 * (standards.md §2.5, §7 XREF-STYLE).
 *
 * ok:  第三条第二项 … 第五条第一项
 * nok: 第三条第（二）项 … 第五条第一项 → 项的引用应统一写作“第五条第一项”的形式，此处为“第（二）项”
 * nok: 第十条第一款 where 第十条 has one 款 → 第十条只有一款，应直接引作“第十条”
 */
import type { Rule } from '../rule.js';

export const referenceStyle: Rule = {
  meta: {
    id: 'reference-style',
    description: '项的引用方式全文一致；只有一款的条不引作“第一款”',
    basis: '立法技术规范（试行）（一）第9项',
    recommended: 'warning',
    strict: 'warning',
    example: '项的引用方式应全文一致，此处“第（二）项”带括号，应写作“第二项”',
    options: { itemStyle: 'consistent' },
  },
  check(context) {
    const { references } = context.references();
    const internal = references.filter((r) => !r.reference.external);
    const items = internal.flatMap((r) => r.reference.elements.flatMap((e) => e.components.filter((c) => c.level === 'item')));
    const style = String(context.options.itemStyle ?? 'consistent');
    const bracketed = items.filter((c) => c.bracketed);
    const plain = items.filter((c) => !c.bracketed);
    let wrong: typeof items = [];
    let want: 'bracketed' | 'plain' = 'plain';
    if (style === 'bracketed') [wrong, want] = [plain, 'bracketed'];
    else if (style === 'unbracketed') [wrong, want] = [bracketed, 'plain'];
    else if (bracketed.length && plain.length) [wrong, want] = bracketed.length > plain.length ? [plain, 'bracketed'] : [bracketed, 'plain'];
    for (const component of wrong) {
      const written = context.source.slice(component.start, component.end);
      const n = written.replace(/^第[（(]?|[）)]?项$/g, '');
      const expected = want === 'plain' ? `第${n}项` : `第（${n}）项`;
      context.report(
        `项的引用方式应全文一致，此处“${written}”${want === 'plain' ? '带括号，应写作' : '不带括号，应写作'}“${expected}”`,
        component,
        { actual: written, expected },
      );
    }
    for (const reference of internal) {
      for (const [component, target] of reference.componentTargets) {
        if (component.level !== 'article') continue;
        const element = reference.reference.elements.find((e) => e.components.includes(component));
        const next = element?.components[element.components.indexOf(component) + 1];
        if (next?.level !== 'paragraph' || next.ordinal !== 1) continue;
        if (target.article.node.children.length !== 1) continue;
        const label = context.source.slice(component.start, component.end);
        context.report(`${label}只有一款，应直接引作“${label}”，不写“第一款”`, { start: next.start, end: next.end }, {
          actual: context.source.slice(component.start, next.end),
          expected: label,
        });
      }
    }
  },
};
