/**
 * reference-range-form — three or more consecutive 条 are cited as `第×条至第×条`, non-consecutive ones as
 * `第×条、第×条`; no dash or tilde ranges (`第三条—第七条`, `第3~7条`) in a legal reference.
 *
 * Norm: a local 立法技术规范 (S62) “第×条至第×条”; GB/T 15834-2011 连接号 keeps `—` for prose (S71 S72);
 * standards.md §2.5, §7 RANGE-FORM.
 *
 * ok:  第三条至第七条　第三条、第五条
 * nok: 第三条—第七条 → 条文范围应写作“第三条至第七条”，不用“—”
 * nok: 第三条、第四条、第五条 → 连续三条以上应写作“第三条至第五条”（提示）
 */
import { articleLabel } from '../../numbering/labels.js';
import type { Rule } from '../rule.js';

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const DASH = new RegExp(`(第${NUM}条)\\s*([—–\\-~～－]+)\\s*(第?${NUM}条)`, 'g');
/** 第3~7条, 第三—七条: one 第 and one 条 around a dashed pair. */
const SHORT_DASH = new RegExp(`第(${NUM})\\s*([—–\\-~～－]+)\\s*(${NUM})条`, 'g');

export const referenceRangeForm: Rule = {
  meta: {
    id: 'reference-range-form',
    description: '连续三条以上写作“第×条至第×条”，不连续的用“、”；不用“—”“～”表示条文范围',
    basis: '地方立法技术规范（第×条至第×条）；GB/T 15834-2011 连接号',
    recommended: 'warning',
    example: '条文范围应写作“第三条至第七条”，不用“—”',
  },
  check(context) {
    for (const { text, start } of context.articleParagraphTexts()) {
      DASH.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DASH.exec(text))) {
        const to = m[3].startsWith('第') ? m[3] : `第${m[3]}`;
        const expected = `${m[1]}至${to}`;
        context.report(`条文范围应写作“${expected}”，不用“${m[2]}”`, { start: start + m.index, end: start + m.index + m[0].length }, {
          actual: m[0],
          expected,
        });
      }
      SHORT_DASH.lastIndex = 0;
      while ((m = SHORT_DASH.exec(text))) {
        const expected = `第${m[1]}条至第${m[3]}条`;
        context.report(`条文范围应写作“${expected}”，不用“${m[2]}”`, { start: start + m.index, end: start + m.index + m[0].length }, {
          actual: m[0],
          expected,
        });
      }
    }
    for (const r of context.references().references) {
      const elements = r.reference.elements;
      const articles = elements.map((e) => (e.components.length === 1 && e.components[0].level === 'article' && !e.anchor ? e.components[0] : undefined));
      if (articles.some((c) => !c || c.suffix)) continue;
      const ords = articles.map((c) => c!.ordinal);
      if (elements.length === 2 && elements[1].joiner === '至' && ords[1] === ords[0] + 1) {
        const expected = `${articleLabel(ords[0])}、${articleLabel(ords[1])}`;
        context.report(`相邻两条应写作“${expected}”，不用“至”`, r.reference, { actual: r.reference.text, expected });
      }
      if (elements.length >= 3 && elements.slice(1).every((e) => e.joiner === '、' || e.joiner === '和') && ords.every((n, i) => i === 0 || n === ords[i - 1] + 1)) {
        const expected = `${articleLabel(ords[0])}至${articleLabel(ords[ords.length - 1])}`;
        context.report(`连续三条以上应写作“${expected}”`, r.reference, { actual: r.reference.text, expected });
      }
    }
  },
};
