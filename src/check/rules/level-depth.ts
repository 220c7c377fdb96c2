/**
 * level-depth — 公文 levels go 一、 → （一） → 1. → （1） one step at a time: a level's first child
 * level is exactly one deeper, and the body starts at 一、.
 *
 * Norm: GB/T 9704-2012 §7.3.3; standards.md §1.4, §7 GW-LEVELS.
 *
 * ok:  一、… （一）… 1.…
 * nok: （一） directly under the title with no 一、 → 层次“（一）”之上应有“一、”层次
 * nok: 一、 … 1. (skipping （一）) → 层次“1.”应在“（一）”层次之下
 */
import { levelLabel } from '../../numbering/labels.js';
import type { Rule } from '../rule.js';
import { continuesInlineList } from './level-sequence.js';

export const levelDepth: Rule = {
  meta: {
    id: 'level-depth',
    description: '公文结构层次逐级使用，不越级（一、→（一）→1.→（1））',
    basis: 'GB/T 9704-2012 §7.3.3',
    recommended: 'warning',
    example: '层次“1.”应在“（一）”层次之下，不宜越级',
  },
  check(context) {
    const reportedTop = new Set<unknown>();
    for (const { node, parent } of context.levels) {
      const expectedDepth = parent ? parent.depth + 1 : 1;
      if (node.depth <= expectedDepth || continuesInlineList(context, node)) continue;
      const scope = parent ?? 'root';
      if (reportedTop.has(scope)) continue;
      reportedTop.add(scope);
      const above = levelLabel((node.depth - 1) as 1 | 2 | 3, 1);
      context.report(`层次“${node.num}”应在“${above}”层次之下，不宜越级`, context.labelPlace(node, node.num), {
        actual: node.num,
        expected: levelLabel(expectedDepth as 1 | 2 | 3 | 4, 1),
      });
    }
  },
};
