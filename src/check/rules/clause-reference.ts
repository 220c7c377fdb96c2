/**
 * clause-reference — a reference to a decimal contract clause (第4.4款, 第2.1.2项, 第12条; in contracts a
 * 第N条 with an Arabic number names top-level clause N) must name an existing clause, and a caption written
 * in 六角括号 (第4.4款〔商定或确定〕) must be that clause's heading. Runs only in documents with clauses.
 *
 * Norm: 建设工程施工合同（示范文本）GF-2017-0201 引用方式“第4.4款〔商定或确定〕”; standards.md §5.2.
 *
 * ok:  按照第4.2款〔商定或确定〕处理（4.2 的标题为“商定或确定”）
 * nok: 按照第4.9款处理             → 引用的第4.9款不存在
 * nok: 按照第4.2款〔协商确定〕处理 → 第4.2款的标题为“商定或确定”，此处写作“协商确定”（警告）
 */
import type { Clause } from '../../tree/types.js';
import type { Rule } from '../rule.js';
import { nodeEnd, nodeStart } from '../../references/provision-texts.js';

type Node = { type: string; children?: unknown[]; position?: Clause['position'] };

/** 第12条, 第4.4款, 第2.1.2项, optionally followed by 〔标题〕; not preceded by a digit or another instrument's name (》). */
const CLAUSE_REFERENCE = /第(\d+(?:\.\d+)*)(条|款|项)(?:〔([^〔〕\n]*)〕)?/gu;
const EXTERNAL_BEFORE = /(?:》|法|条例|规定|办法|细则)$/u;

const normalize = (text: string): string => text.replace(/[\s\u3000]+/gu, '');

export const clauseReference: Rule = {
  meta: {
    id: 'clause-reference',
    description: '引用合同条款（第4.4款、第12条、第2.1.2项）须指向存在的条款；〔〕内的标题须与该条款标题一致（不一致为警告）',
    basis: '建设工程施工合同（示范文本）GF-2017-0201 引用方式',
    recommended: 'error',
    example: '引用的第4.9款不存在',
  },
  check(context) {
    // The first clause with a number wins: the 通用合同条款 come first and are what 专用条款 refer to.
    const byNumber = new Map<string, Clause[]>();
    const paragraphs: Node[] = [];
    const walk = (node: Node): void => {
      if (node.type === 'clause') {
        const clause = node as unknown as Clause;
        const key = clause.path.join('.');
        byNumber.set(key, [...(byNumber.get(key) ?? []), clause]);
      }
      // Paragraphs are scanned as whole source spans; their items are inside the span.
      if (node.type === 'paragraph' || node.type === 'level') {
        paragraphs.push(node);
        if (node.type === 'paragraph') return;
      }
      if (node.type === 'table' || node.type === 'signatures') return;
      for (const child of (node.children ?? []) as Node[]) if (typeof child === 'object' && child && 'type' in child) walk(child);
    };
    walk(context.tree as unknown as Node);
    if (byNumber.size === 0) return;

    const seen = new Set<number>();
    for (const paragraph of paragraphs) {
      const start = nodeStart(paragraph as never, context.locator);
      const end = nodeEnd(paragraph as never, context.locator);
      if (start === undefined || end === undefined) continue;
      const text = context.source.slice(start, end);
      for (const m of text.matchAll(CLAUSE_REFERENCE)) {
        const at = start + (m.index ?? 0);
        if (seen.has(at)) continue;
        seen.add(at);
        const before = context.source.slice(Math.max(0, at - 8), at);
        if (EXTERNAL_BEFORE.test(before) || /\d$/.test(before)) continue;
        const [whole, number, unit, caption] = m;
        // 第十二条 style references to 协议书 articles are handled by reference-target; only decimal units here.
        if (unit !== '条' && !number.includes('.')) continue;
        const written = `第${number}${unit}`;
        const place = { start: at, end: at + written.length };
        const targets = byNumber.get(number);
        if (!targets) {
          context.report(`引用的${written}不存在`, place, { actual: written });
          continue;
        }
        if (caption === undefined) continue;
        if (targets.some((clause) => clause.heading !== undefined && normalize(clause.heading) === normalize(caption))) continue;
        const heading = targets.find((clause) => clause.heading !== undefined)?.heading;
        if (heading === undefined) continue;
        context.report(`${written}的标题为“${heading}”，此处写作“${caption}”`, { start: at, end: at + whole.length }, {
          actual: caption,
          expected: heading,
          maxSeverity: 'warning',
        });
      }
    }
  },
};
