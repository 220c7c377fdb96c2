/**
 * Display order of a comparison: the new text's order, each unit that exists only in the old text
 * placed right after the old unit that preceded it (how a 修改对照表 reads, standards §4).
 */

export interface Group {
  /** Old indices (0, 1 or more). */
  old: number[];
  /** New indices (0, 1 or more). */
  new: number[];
  /** A moved group does not pull the deletions before it. */
  moved: boolean;
}

/**
 * `groups` hold every paired unit (1:1, merges, splits); unpaired old units become delete groups and
 * unpaired new units insert groups. Returns all groups in display order.
 */
export function interleave(oldCount: number, newCount: number, groups: Group[]): Group[] {
  const byNew = new Map<number, Group>();
  const oldPaired = new Set<number>();
  for (const group of groups) {
    for (const j of group.new) if (!byNew.has(j)) byNew.set(j, group);
    for (const i of group.old) oldPaired.add(i);
  }
  const out: Group[] = [];
  const emitted = new Set<Group>();
  let nextOld = 0;
  const flushUntil = (limit: number): void => {
    for (; nextOld < limit; nextOld++) {
      if (!oldPaired.has(nextOld)) out.push({ old: [nextOld], new: [], moved: false });
    }
  };
  for (let j = 0; j < newCount; j++) {
    const group = byNew.get(j);
    if (!group) {
      out.push({ old: [], new: [j], moved: false });
      continue;
    }
    if (emitted.has(group)) continue;
    emitted.add(group);
    if (!group.moved && group.old.length) flushUntil(Math.min(...group.old));
    out.push(group);
    // Groups whose new units are spread out (a split) are shown once, at their first new unit.
  }
  // Old-only groups (merges into nothing cannot happen; but groups with no new units are deletions).
  for (const group of groups) if (group.new.length === 0 && !emitted.has(group)) out.push(group);
  flushUntil(oldCount);
  return deletionsFirst(out);
}

/** Within each run of unpaired units, deletions come before insertions (the old text is read first). */
function deletionsFirst(groups: Group[]): Group[] {
  const out: Group[] = [];
  let i = 0;
  const unpaired = (g: Group): boolean => g.old.length === 0 || g.new.length === 0;
  while (i < groups.length) {
    if (!unpaired(groups[i])) {
      out.push(groups[i++]);
      continue;
    }
    const run: Group[] = [];
    while (i < groups.length && unpaired(groups[i])) run.push(groups[i++]);
    out.push(...run.filter((g) => g.new.length === 0), ...run.filter((g) => g.new.length > 0));
  }
  return out;
}
