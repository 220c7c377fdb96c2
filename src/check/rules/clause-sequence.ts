/**
 * clause-sequence — decimal contract clauses (通用合同条款 / 专用合同条款) are numbered 1, 2, 3 … at the top
 * level; a sub-clause extends its parent's number (4.4.1, 4.4.2 under 4.4) and runs 1, 2, … within it.
 * Numbering restarts in each part (第二部分 通用合同条款, 第三部分 专用合同条款). The 专用 part mirrors the numbers
 * of the 通用 clauses it varies, so gaps are normal there; only duplicates and decreasing numbers are errors.
 *
 * Norm: 建设工程施工合同（示范文本）GF-2017-0201 条款编号; standards.md §5.2 (decimal clause numbering).
 *
 * ok:  4. 监理人 / 4.1 … / 4.2 … / 5. 工程质量
 * nok: 4.1 … / 4.3 …            → 条款序号应为“4.2”，实为“4.3”
 * nok: （专用合同条款）9.2 … / 9.1 … → 条款序号应大于“9.2”，实为“9.1”
 */
import type { Clause } from '../../tree/types.js';
import type { CheckContext } from '../check-context.js';
import type { Rule } from '../rule.js';

type Block = { type: string; children?: unknown[]; value?: string };

/** A paragraph or heading that opens a contract part (第二部分　通用合同条款, 专用条款, 专用条件). */
const PART_HEADING = /^(?:第[一二三四五六七八九十]+部分\s*)?(?:通用|专用)(?:合同)?(?:条款|条件)\s*$|^第[一二三四五六七八九十]+部分/u;
const SPECIAL = /专用(?:合同)?(?:条款|条件)/u;

const label = (path: number[]): string => path.join('.');

/** Top-level clause runs, split at part headings (or where numbering restarts at 1); `special` marks the 专用 part. */
export function clauseGroups(context: Pick<CheckContext, 'tree' | 'inlineText'>): Array<{ special: boolean; clauses: Clause[] }> {
  const groups: Array<{ special: boolean; clauses: Clause[] }> = [];
  let current: { special: boolean; clauses: Clause[] } | undefined;
  let pendingHeading: string | undefined;
  const visit = (children: Block[]): void => {
    for (const child of children) {
      if (child.type === 'clause') {
        const clause = child as unknown as Clause;
        const last = current?.clauses.at(-1);
        const restart = last !== undefined && clause.path[0] === 1 && last.path[0] > 1;
        if (!current || pendingHeading !== undefined || restart) {
          const special = pendingHeading !== undefined ? SPECIAL.test(pendingHeading) : restart;
          current = { special, clauses: [] };
          groups.push(current);
          pendingHeading = undefined;
        }
        current.clauses.push(clause);
        continue;
      }
      const text = child.type === 'title' ? child.value ?? '' : Array.isArray(child.children) ? context.inlineText(child as { children: unknown[] }) : '';
      if (PART_HEADING.test(text.trim())) pendingHeading = text.trim();
      else if (Array.isArray(child.children) && ['part', 'subpart', 'chapter', 'section'].includes(child.type)) visit(child.children as Block[]);
    }
  };
  visit(context.tree.children as Block[]);
  return groups;
}

function checkRun(context: CheckContext, clauses: Clause[], parentPath: number[], special: boolean): void {
  let previous: number | undefined;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    const actual = label(clause.path);
    const own = clause.path.at(-1) ?? NaN;
    const prefixOk = clause.path.length === parentPath.length + 1 && parentPath.every((n, k) => clause.path[k] === n);
    const place = context.labelPlace(clause, clause.num);
    if (!prefixOk) {
      const expected = label([...parentPath, previous === undefined ? 1 : previous + 1]);
      context.report(`条款序号应为“${expected}”，实为“${actual}”（应以上级条款“${label(parentPath)}”开头）`, place, { actual, expected });
    } else if (Number.isFinite(own)) {
      const next = previous === undefined ? 1 : previous + 1;
      const duplicate = previous !== undefined && own === previous;
      if (special) {
        // 专用条款 may skip numbers to mirror 通用条款; only repeats and going backwards are wrong.
        if (previous !== undefined && own <= previous) {
          const expected = label([...parentPath, next]);
          const reason = duplicate
            ? `条款序号“${actual}”与前一条款重复`
            : `条款序号应大于“${label([...parentPath, previous])}”，实为“${actual}”`;
          context.report(reason, place, { actual, expected });
        }
      } else if (own !== next) {
        const expected = label([...parentPath, next]);
        context.report(`条款序号应为“${expected}”，实为“${actual}”${duplicate ? '（与前一条款重复）' : ''}`, place, { actual, expected });
        // A one-off typo (4.1, 4.1, 4.3): keep counting from the expected number when the next clause agrees.
        const after = clauses[i + 1]?.path.at(-1);
        if (after === next + 1) {
          previous = next;
          checkChildren(context, clause, special);
          continue;
        }
      }
      previous = special && previous !== undefined && own < previous ? previous : own;
    }
    checkChildren(context, clause, special);
  }
}

function checkChildren(context: CheckContext, clause: Clause, special: boolean): void {
  const children = clause.children.filter((c): c is Clause => c.type === 'clause');
  if (children.length) checkRun(context, children, clause.path, special);
}

export const clauseSequence: Rule = {
  meta: {
    id: 'clause-sequence',
    description: '合同条款（1.1、1.1.1）在通用、专用合同条款内各自从1起连续编排，下级条款以上级条款序号开头；专用条款可跳号但不得重复或倒序',
    basis: '建设工程施工合同（示范文本）GF-2017-0201 条款编号',
    recommended: 'error',
    example: '条款序号应为“4.3”，实为“4.5”',
  },
  check(context) {
    for (const group of clauseGroups(context)) checkRun(context, group.clauses, [], group.special);
  },
};
