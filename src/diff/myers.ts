/**
 * Myers' O(ND) difference algorithm (Myers 1986, “An O(ND) Difference Algorithm and Its Variations”)
 * on arrays of integers — used on code points, so a character outside the BMP is never split
 * (diff-match-patch works on UTF-16 units and splits surrogate pairs: rendering-notes §6).
 */

/** One run of the edit script, as half-open ranges of the two inputs. */
export interface EditRun {
  op: 'equal' | 'delete' | 'insert';
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Beyond this many edits, the two texts are treated as replaced as a whole (keeps worst cases bounded). */
const MAX_EDITS = 2000;

export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>): EditRun[] {
  const n = a.length;
  const m = b.length;
  let prefix = 0;
  while (prefix < n && prefix < m && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] === b[m - 1 - suffix]) suffix++;

  const runs: EditRun[] = [];
  const push = (op: EditRun['op'], oldStart: number, oldEnd: number, newStart: number, newEnd: number): void => {
    if (oldEnd === oldStart && newEnd === newStart) return;
    const last = runs[runs.length - 1];
    if (last && last.op === op) {
      last.oldEnd = oldEnd;
      last.newEnd = newEnd;
    } else runs.push({ op, oldStart, oldEnd, newStart, newEnd });
  };

  push('equal', 0, prefix, 0, prefix);
  const middle = middleScript(a, b, prefix, n - suffix, prefix, m - suffix);
  if (middle === null) {
    push('delete', prefix, n - suffix, prefix, prefix);
    push('insert', n - suffix, n - suffix, prefix, m - suffix);
  } else {
    for (const step of middle) push(step.op, step.oldStart, step.oldEnd, step.newStart, step.newEnd);
  }
  push('equal', n - suffix, n, m - suffix, m);
  return runs;
}

/** Edit script of a[a0..a1) against b[b0..b1), or null when it needs more than MAX_EDITS edits. */
function middleScript(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): EditRun[] | null {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 && m === 0) return [];
  if (n === 0) return [{ op: 'insert', oldStart: a0, oldEnd: a0, newStart: b0, newEnd: b1 }];
  if (m === 0) return [{ op: 'delete', oldStart: a0, oldEnd: a1, newStart: b0, newEnd: b0 }];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return null;

  // Walk the trace backwards; trace[d] holds v[-d-1 .. d+1] as it was before round d.
  const steps: EditRun[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const at = (k: number): number => prev[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = down ? prevY + 1 : prevY;
    if (x > startX) steps.push({ op: 'equal', oldStart: a0 + startX, oldEnd: a0 + x, newStart: b0 + startY, newEnd: b0 + y });
    if (down) steps.push({ op: 'insert', oldStart: a0 + prevX, oldEnd: a0 + prevX, newStart: b0 + prevY, newEnd: b0 + prevY + 1 });
    else steps.push({ op: 'delete', oldStart: a0 + prevX, oldEnd: a0 + prevX + 1, newStart: b0 + prevY, newEnd: b0 + prevY });
    x = prevX;
    y = prevY;
  }
  if (x > 0) steps.push({ op: 'equal', oldStart: a0, oldEnd: a0 + x, newStart: b0, newEnd: b0 + y });
  return steps.reverse();
}
