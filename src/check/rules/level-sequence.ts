/**
 * level-sequence — 公文 structural levels 一、 （一） 1. （1） are consecutive and restart under each parent.
 * A list that starts again at 1 (一、 after 三、) begins a new part, such as an 附件 with its own numbering,
 * and is accepted; a list whose 1 stands inline in the paragraph before it (附件：1．… 2．…) too.
 *
 * Norm: GB/T 9704-2012 §7.3.3 “文中结构层次序数依次可以用‘一、’‘（一）’‘1.’‘（1）’标注”; standards.md §1.4, §7 GW-LEVELS.
 *
 * ok:  一、… （一）… （二）… 二、… （一）…
 * nok: 一、… 三、… → 层次序号应为“二、”，实为“三、”
 */
import { levelLabel } from '../../numbering/labels.js';
import type { Level } from '../../tree/types.js';
import type { Rule } from '../rule.js';
import type { CheckContext } from '../check-context.js';

/** Levels grouped by parent (or root) and depth, in document order. */
export function levelGroups(context: CheckContext): Level[][] {
  const groups = new Map<unknown, Map<number, Level[]>>();
  for (const { node, parent } of context.levels) {
    const scope = parent ?? 'root';
    const byDepth = groups.get(scope) ?? new Map<number, Level[]>();
    groups.set(scope, byDepth);
    const list = byDepth.get(node.depth) ?? [];
    list.push(node);
    byDepth.set(node.depth, list);
  }
  return [...groups.values()].flatMap((byDepth) => [...byDepth.values()]);
}

/** The paragraph right before a level shows the number before it inline (附件：1．……). */
export function continuesInlineList(context: CheckContext, level: Level): boolean {
  const previous = context.previousBlock(level);
  if (!previous || previous.type !== 'paragraph') return false;
  const text = context.inlineText(previous as { children: unknown[] });
  const before = level.ordinal - 1;
  return before >= 1 && new RegExp(`(?:^|[：:　\\s])${before}[.．、]`).test(text);
}

export const levelSequence: Rule = {
  meta: {
    id: 'level-sequence',
    description: '公文结构层次序号（一、（一）1.（1））连续编排，在各上级层次下重新开始',
    basis: 'GB/T 9704-2012 §7.3.3',
    recommended: 'error',
    example: '层次序号应为“二、”，实为“三、”',
  },
  check(context) {
    for (const list of levelGroups(context)) {
      let previous: number | undefined;
      for (const level of list) {
        if (!Number.isFinite(level.ordinal)) continue;
        const expected = previous === undefined ? 1 : previous + 1;
        const fresh = level.ordinal === 1 || (previous === undefined && continuesInlineList(context, level));
        if (level.ordinal !== expected && !fresh) {
          const label = levelLabel(level.depth, expected);
          context.report(`层次序号应为“${label}”，实为“${level.num}”`, context.labelPlace(level, level.num), { actual: level.num, expected: label });
        }
        previous = level.ordinal;
      }
    }
  },
};
