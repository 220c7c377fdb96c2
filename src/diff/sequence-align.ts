/**
 * Pairs two sequences of units (articles, 款, 项, headings) by content, never by number:
 * 1. identical units (same normalised key) are anchored by a longest common subsequence (Myers);
 * 2. between anchors, a weighted LCS (dynamic programming) pairs units whose similarity reaches the
 *    threshold, keeping their order;
 * 3. units still unpaired on both sides are paired greedily by descending similarity — these pairs
 *    cross others, i.e. the unit moved.
 */
import { diffSequences } from './myers.js';
import { dice, type Profile } from './similarity.js';

export interface AlignUnit {
  /** Normalised text: equal keys mean identical units. */
  key: string;
  profile: Profile;
}

export interface UnitPair {
  old: number;
  new: number;
  similarity: number;
  /** Paired across other pairs (step 3). */
  moved: boolean;
}

export interface SequenceAlignOptions {
  threshold: number;
  /** May these two units be paired at all (e.g. only a 章 with a 章)? */
  compatible?: (oldIndex: number, newIndex: number) => boolean;
  /** Skip step 3 (no moves at this level). */
  noMoves?: boolean;
}

export function alignSequence(oldUnits: AlignUnit[], newUnits: AlignUnit[], options: SequenceAlignOptions): UnitPair[] {
  const { threshold, compatible = () => true } = options;
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const oldIds = oldUnits.map((u) => idOf(u.key));
  const newIds = newUnits.map((u) => idOf(u.key));

  const pairs: UnitPair[] = [];
  const gaps: Array<[number, number, number, number]> = [];
  let gapOld = 0;
  let gapNew = 0;
  for (const run of diffSequences(oldIds, newIds)) {
    if (run.op !== 'equal') continue;
    const anchored: UnitPair[] = [];
    for (let k = 0; k < run.oldEnd - run.oldStart; k++) {
      if (compatible(run.oldStart + k, run.newStart + k)) {
        anchored.push({ old: run.oldStart + k, new: run.newStart + k, similarity: 1, moved: false });
      }
    }
    if (anchored.length === 0) continue;
    gaps.push([gapOld, run.oldStart, gapNew, run.newStart]);
    pairs.push(...anchored);
    gapOld = run.oldEnd;
    gapNew = run.newEnd;
  }
  gaps.push([gapOld, oldUnits.length, gapNew, newUnits.length]);

  const similarity = (i: number, j: number): number => {
    if (!compatible(i, j)) return 0;
    const a = oldUnits[i].profile;
    const b = newUnits[j].profile;
    // Dice can reach the threshold only if the lengths are close enough.
    const small = Math.min(a.grams.length, b.grams.length);
    const total = a.grams.length + b.grams.length;
    if (total > 0 && (2 * small) / total < threshold / 2) return 0;
    return dice(a, b);
  };

  for (const [i0, i1, j0, j1] of gaps) pairs.push(...gapPairs(i0, i1, j0, j1, similarity, threshold));

  if (!options.noMoves) pairs.push(...movedPairs(oldUnits, newUnits, pairs, similarity, threshold));
  return pairs.sort((p, q) => p.new - q.new);
}

/** Weighted LCS between old[i0..i1) and new[j0..j1): maximise the summed similarity of ordered pairs. */
function gapPairs(
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  similarity: (i: number, j: number) => number,
  threshold: number,
): UnitPair[] {
  const n = i1 - i0;
  const m = j1 - j0;
  if (n === 0 || m === 0) return [];
  const width = m + 1;
  // A unit in the same slot (as far from the gap's start, or from its end, on both sides) needs weaker
  // evidence: short articles such as “甲乙丙。” → “甲丁丙。” share few bigrams.
  const slotThreshold = threshold / 2;
  const thresholdAt = (i: number, j: number): number => (i === j || n - i === m - j ? slotThreshold : threshold);
  const score = new Float64Array((n + 1) * width);
  const sims = new Float64Array(n * m);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = similarity(i0 + i - 1, j0 + j - 1);
      sims[(i - 1) * m + (j - 1)] = s;
      let best = Math.max(score[(i - 1) * width + j], score[i * width + j - 1]);
      if (s >= thresholdAt(i, j)) best = Math.max(best, score[(i - 1) * width + j - 1] + s);
      score[i * width + j] = best;
    }
  }
  const out: UnitPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const s = sims[(i - 1) * m + (j - 1)];
    if (s >= thresholdAt(i, j) && score[i * width + j] === score[(i - 1) * width + j - 1] + s) {
      out.push({ old: i0 + i - 1, new: j0 + j - 1, similarity: s, moved: false });
      i--;
      j--;
    } else if (score[i * width + j] === score[(i - 1) * width + j]) i--;
    else j--;
  }
  return out.reverse();
}

/** Greedy pairing of the units left over on both sides: each such pair crosses the ordered ones. */
function movedPairs(
  oldUnits: AlignUnit[],
  newUnits: AlignUnit[],
  ordered: UnitPair[],
  similarity: (i: number, j: number) => number,
  threshold: number,
): UnitPair[] {
  const oldTaken = new Set(ordered.map((p) => p.old));
  const newTaken = new Set(ordered.map((p) => p.new));
  const oldFree = oldUnits.map((_, i) => i).filter((i) => !oldTaken.has(i));
  const newFree = newUnits.map((_, j) => j).filter((j) => !newTaken.has(j));
  const candidates: UnitPair[] = [];
  for (const i of oldFree) {
    for (const j of newFree) {
      const s = oldUnits[i].key === newUnits[j].key ? (similarity(i, j) > 0 ? 1 : 0) : similarity(i, j);
      if (s >= threshold) candidates.push({ old: i, new: j, similarity: s, moved: true });
    }
  }
  candidates.sort((p, q) => q.similarity - p.similarity || p.new - q.new || p.old - q.old);
  const out: UnitPair[] = [];
  for (const c of candidates) {
    if (oldTaken.has(c.old) || newTaken.has(c.new)) continue;
    oldTaken.add(c.old);
    newTaken.add(c.new);
    out.push(c);
  }
  return out;
}
