/**
 * Sequence check shared by part-sequence, chapter-sequence and section-sequence: divisions of one kind
 * counted within their scope (章 across the whole text, 节 within each 章, 分编 within each 编).
 */
import { unitLabel, type NumberedUnit } from '../numbering/labels.js';
import type { CheckContext, DivisionEntry } from './check-context.js';
import { sequenceSlips } from './sequence.js';

const UNIT_WORD: Record<string, string> = { part: '编', subpart: '分编', chapter: '章', section: '节' };

/**
 * 章 under 编: 立法技术规范 asks for continuous numbering, yet 刑法 and 民法典 restart 第一章 in each 编.
 * Both schemes are accepted; the document's own choice (read off the second 编's first 章) is then
 * applied consistently.
 */
export function chaptersRestartPerPart(context: Pick<CheckContext, 'divisions'>): boolean {
  const firstPerPart = new Map<unknown, number>();
  for (const entry of context.divisions) {
    if (entry.node.type !== 'chapter' || !entry.parent || !Number.isFinite(entry.node.ordinal)) continue;
    if (!firstPerPart.has(entry.parent)) firstPerPart.set(entry.parent, entry.node.ordinal);
  }
  const firsts = [...firstPerPart.values()];
  return firsts.length >= 2 && firsts[1] === 1;
}

export function checkDivisionSequence(context: CheckContext, type: 'part' | 'subpart' | 'chapter' | 'section', scoped: boolean): void {
  const groups = new Map<unknown, DivisionEntry[]>();
  for (const entry of context.divisions) {
    if (entry.node.type !== type) continue;
    // An unnumbered 附则 after the last 编 (民法典) has no number to check.
    if (entry.node.num === '' || !Number.isFinite(entry.node.ordinal)) continue;
    const key = scoped ? (entry.parent ?? 'root') : 'all';
    const list = groups.get(key) ?? [];
    list.push(entry);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    for (const slip of sequenceSlips(list, (e) => e.node.ordinal)) {
      const expected = unitLabel(type as NumberedUnit, slip.expected);
      const actual = slip.node.node.num;
      const scope = type === 'section' ? '（节在各章内单独排序）' : type === 'subpart' ? '（分编在各编内单独排序）' : '';
      context.report(
        `${UNIT_WORD[type]}序号应为“${expected}”，实为“${actual}”${slip.duplicate ? '（与前面重复）' : ''}${scope}`,
        context.labelPlace(slip.node.node, actual),
        { actual, expected },
      );
    }
  }
}
