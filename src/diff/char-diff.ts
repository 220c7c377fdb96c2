/**
 * Character diff inside one paired unit (款 lead text, 项, 目, 章名), code-point safe, on the
 * width-normalised text (normalize-width.ts). The result reads like a 修改对照表 marks it (standards §4):
 * tiny coincidental equalities between two changes (a shared “的”) are folded into the change, so the
 * marks cover words, not scattered single characters.
 */
import { diffSequences, type EditRun } from './myers.js';
import { codePoints, normalizeCodePoint, widthVariants } from './normalize-width.js';
import type { Segment } from './types.js';

export interface CharDiffOptions {
  ignorePunctuationWidth?: boolean;
}

export function diffText(oldText: string, newText: string, options: CharDiffOptions = {}): Segment[] {
  if (oldText === newText) return oldText ? [{ op: 'equal', text: oldText }] : [];
  const oldCps = codePoints(oldText);
  const newCps = codePoints(newText);
  const runs = foldSmallEqualities(diffSequences(oldCps.map(normalizeCodePoint), newCps.map(normalizeCodePoint)));
  const out: Segment[] = [];
  const push = (segment: Segment): void => {
    if (!segment.text) return;
    const last = out[out.length - 1];
    if (last && last.op === segment.op && !last.widthOnly && !segment.widthOnly) last.text += segment.text;
    else out.push(segment);
  };
  const slice = (cps: number[], start: number, end: number): string => String.fromCodePoint(...cps.slice(start, end));
  for (const run of runs) {
    if (run.op === 'delete') push({ op: 'delete', text: slice(oldCps, run.oldStart, run.oldEnd) });
    else if (run.op === 'insert') push({ op: 'insert', text: slice(newCps, run.newStart, run.newEnd) });
    else {
      // Equal after normalisation; split out the characters whose width differs.
      let start = 0;
      const length = run.oldEnd - run.oldStart;
      for (let i = 0; i <= length; i++) {
        const differs = i < length && widthVariants(oldCps[run.oldStart + i], newCps[run.newStart + i]);
        if (i === length || (differs && !options.ignorePunctuationWidth)) {
          push({ op: 'equal', text: slice(newCps, run.newStart + start, run.newStart + i) });
          if (i < length) {
            push({ op: 'delete', text: slice(oldCps, run.oldStart + i, run.oldStart + i + 1), widthOnly: true });
            push({ op: 'insert', text: slice(newCps, run.newStart + i, run.newStart + i + 1), widthOnly: true });
          }
          start = i + 1;
        }
      }
    }
  }
  return orderChanges(out);
}

/**
 * diff-match-patch's semantic cleanup rule (Fraser, diff_cleanupSemantic): an equality no longer than
 * the changes on both sides of it is turned into a delete + insert, then neighbouring changes are merged.
 */
export function foldSmallEqualities(runs: EditRun[]): EditRun[] {
  let current = mergeChanges(runs);
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    const next: EditRun[] = [];
    for (let i = 0; i < current.length; i++) {
      const run = current[i];
      if (run.op === 'equal' && i > 0 && i < current.length - 1) {
        const length = run.oldEnd - run.oldStart;
        const before = changeSize(current, i, -1);
        const after = changeSize(current, i, +1);
        if (length <= before && length <= after) {
          next.push({ ...run, op: 'delete', newEnd: run.newStart });
          next.push({ ...run, op: 'insert', oldStart: run.oldEnd });
          changed = true;
          continue;
        }
      }
      next.push(run);
    }
    current = mergeChanges(next);
    if (!changed) break;
  }
  return current;
}

/** Larger of the deleted and inserted lengths in the change run next to index i (direction ±1). */
function changeSize(runs: EditRun[], i: number, direction: 1 | -1): number {
  let deleted = 0;
  let inserted = 0;
  for (let j = i + direction; j >= 0 && j < runs.length && runs[j].op !== 'equal'; j += direction) {
    deleted += runs[j].oldEnd - runs[j].oldStart;
    inserted += runs[j].newEnd - runs[j].newStart;
  }
  return Math.max(deleted, inserted);
}

/** Between two equalities, one delete (old range) then one insert (new range). */
function mergeChanges(runs: EditRun[]): EditRun[] {
  const out: EditRun[] = [];
  let i = 0;
  while (i < runs.length) {
    if (runs[i].op === 'equal') {
      const last = out[out.length - 1];
      if (last && last.op === 'equal') last.oldEnd = runs[i].oldEnd, (last.newEnd = runs[i].newEnd);
      else out.push({ ...runs[i] });
      i++;
      continue;
    }
    const start = runs[i];
    let oldEnd = start.oldStart;
    let newEnd = start.newStart;
    while (i < runs.length && runs[i].op !== 'equal') {
      oldEnd = Math.max(oldEnd, runs[i].oldEnd);
      newEnd = Math.max(newEnd, runs[i].newEnd);
      i++;
    }
    if (oldEnd > start.oldStart) out.push({ op: 'delete', oldStart: start.oldStart, oldEnd, newStart: start.newStart, newEnd: start.newStart });
    if (newEnd > start.newStart) out.push({ op: 'insert', oldStart: oldEnd, oldEnd, newStart: start.newStart, newEnd });
  }
  return out;
}

/** Within each run of changes, deletions come before insertions (how both columns and w:del/w:ins read best). */
function orderChanges(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < segments.length) {
    if (segments[i].op === 'equal') {
      out.push(segments[i++]);
      continue;
    }
    const run: Segment[] = [];
    while (i < segments.length && segments[i].op !== 'equal') run.push(segments[i++]);
    const widthPairs = run.every((s) => s.widthOnly);
    if (widthPairs) out.push(...run);
    else {
      const del = run.filter((s) => s.op === 'delete').map((s) => s.text).join('');
      const ins = run.filter((s) => s.op === 'insert').map((s) => s.text).join('');
      if (del) out.push({ op: 'delete', text: del });
      if (ins) out.push({ op: 'insert', text: ins });
    }
  }
  return out;
}

/** Old text rebuilt from segments (equal + delete). */
export const oldTextOf = (segments: Segment[]): string =>
  segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('');

/** New text rebuilt from segments (equal + insert). */
export const newTextOf = (segments: Segment[]): string =>
  segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('');
