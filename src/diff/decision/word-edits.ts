/**
 * Word-level amendments (standards §3.2 P3 P17 P25: 将第X条中的“A”修改为“B”, 删去第X条中的“A”,
 * 在“A”后增加“B”). Each quoted “A” must name exactly one place in the cited unit, so it is widened
 * with its neighbours until it does; the edits are simulated the way `regdoc apply` replays them
 * (every occurrence of “A” in the unit is replaced), so what is written replays to the new text.
 */
import { diffChars } from 'diff';
import { normalizeWidth } from '../normalize-width.js';

export type WordEdit =
  | { kind: 'replace'; from: string; to: string }
  | { kind: 'delete'; from: string }
  | { kind: 'insert'; anchor: string; where: 'after' | 'before'; text: string };

/** Shortest quotation: a word or two, not a lone character (“国有资产”, not “产”). */
const MIN_QUOTE = 4;
/** A quotation is carried on to a nearby punctuation mark (at most this many characters). */
const NEAR = 3;
const PUNCTUATION = /[\p{P}\s]/u;

interface Hunk {
  start: number;
  end: number;
  text: string;
}

/** Changed stretches of `oldText`; changes closer than `gap` characters are joined into one. */
export function hunks(oldText: string, newText: string, gap = 5): Hunk[] {
  const parts = diffChars(oldText, newText);
  const out: Hunk[] = [];
  let at = 0;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      at += part.value.length;
      continue;
    }
    const last = out[out.length - 1];
    const joinable = last && at - last.end < gap;
    if (joinable) {
      // Fold the short equal run between the two changes into both sides.
      last.text += oldText.slice(last.end, at);
      last.end = at;
    }
    const hunk = joinable ? last : { start: at, end: at, text: '' };
    if (!joinable) out.push(hunk);
    if (part.removed) {
      at += part.value.length;
      hunk.end = at;
    } else hunk.text += part.value;
  }
  return out;
}

/** Occurrences of `needle` across `texts`, ignoring punctuation width (as apply finds them). */
export function occurrences(texts: string[], needle: string): number {
  if (!needle) return Infinity;
  const n = normalizeWidth(needle);
  let count = 0;
  for (const text of texts) {
    const t = normalizeWidth(text);
    for (let at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + n.length)) count++;
  }
  return count;
}

/**
 * Edits that turn `texts[unit]` from its current value into `target`, quoting as little as possible.
 * `texts` are all texts of the cited scope (uniqueness is checked across them); returns null when no
 * unique wording can be found (the caller then rewrites the unit whole).
 */
export function wordEdits(texts: string[], unit: number, target: string): WordEdit[] | null {
  const pieces = pieceEdits(texts, unit, target);
  if (pieces && pieces.length < 2) return pieces;
  // Several changes close together read better as one quotation from the first to the last.
  const span = spanEdit(texts, unit, target);
  if (!pieces) return span;
  if (!span) return pieces;
  return pieces.length >= 3 || quotedLength(span) <= 1.3 * quotedLength(pieces) ? span : pieces;
}

/** One replacement from the first changed character to the last (widened to be unique). */
function spanEdit(texts: string[], unit: number, target: string): WordEdit[] | null {
  const current = texts[unit];
  let prefix = 0;
  while (prefix < current.length && prefix < target.length && current[prefix] === target[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < current.length - prefix &&
    suffix < target.length - prefix &&
    current[current.length - 1 - suffix] === target[target.length - 1 - suffix]
  ) suffix++;
  if (prefix === current.length - suffix) return null; // a pure insertion: pieceEdits says it best
  const added = target.slice(prefix, target.length - suffix);
  const scope = [...texts];
  for (let left = 0, right = 0; ; ) {
    const start = prefix - left;
    const end = current.length - suffix + right;
    const from = current.slice(start, end);
    const others = scope.map((t, i) => (i === unit ? current : t));
    if ((from.length >= MIN_QUOTE || (start === 0 && end === current.length)) && occurrences(others, from) === 1) {
      // Finish the words cut at either end (up to a nearby punctuation mark).
      const reach = (step: 1 | -1): number => {
        for (let k = 0; k <= NEAR; k++) {
          const at = step === 1 ? end + k : start - k - 1;
          if (at < 0 || at >= current.length || PUNCTUATION.test(current[at])) return k;
        }
        return 0;
      };
      const [s0, e0] = [start - reach(-1), end + reach(1)];
      const wide = current.slice(s0, e0);
      const to = current.slice(s0, prefix) + added + current.slice(current.length - suffix, e0);
      return [to === '' ? { kind: 'delete', from: wide } : { kind: 'replace', from: wide, to }];
    }
    const canLeft = start > 0;
    const canRight = end < current.length;
    if (!canLeft && !canRight) return null;
    if (canLeft && (left <= right || !canRight)) left++;
    else right++;
  }
}

function pieceEdits(texts: string[], unit: number, target: string): WordEdit[] | null {
  const scope = [...texts];
  const edits: WordEdit[] = [];
  let guard = 0;
  while (scope[unit] !== target) {
    if (guard++ > 50) return null;
    const current = scope[unit];
    const [hunk] = hunks(current, target);
    if (!hunk) return null;
    const removed = current.slice(hunk.start, hunk.end);
    const others = (text: string): string[] => scope.map((t, i) => (i === unit ? text : t));
    let edit: WordEdit | null = null;
    let next = '';
    if (removed === '') {
      // Insertion: anchor on the words before it (or after it at the very start).
      const after = hunk.start > 0;
      for (let k = Math.min(MIN_QUOTE, after ? hunk.start : current.length - hunk.end); ; k++) {
        const anchor = after ? current.slice(hunk.start - k, hunk.start) : current.slice(hunk.end, hunk.end + k);
        if (after ? k > hunk.start : hunk.end + k > current.length) break;
        if (anchor && occurrences(others(current), anchor) === 1) {
          edit = { kind: 'insert', anchor, where: after ? 'after' : 'before', text: hunk.text };
          next = current.slice(0, hunk.start) + hunk.text + current.slice(hunk.end);
          break;
        }
      }
    } else if (hunk.text === '' && [...removed].length >= 2 && occurrences(others(current), removed) === 1) {
      // A deletion of a word that occurs once: 删去第X条中的“第三十条”.
      edit = { kind: 'delete', from: removed };
      next = current.slice(0, hunk.start) + current.slice(hunk.end);
    } else {
      // Replacement or deletion: widen “A” (and “B” alike) until it names one place.
      for (let left = 0, right = 0; ; ) {
        const from = current.slice(hunk.start - left, hunk.end + right);
        const whole = hunk.start - left === 0 && hunk.end + right === current.length;
        if ((from.length >= MIN_QUOTE || whole) && occurrences(others(current), from) === 1) {
          // Finish the words cut at either end: up to the next mark of punctuation if it is near.
          const reach = (step: 1 | -1): number => {
            for (let k = 0; k <= NEAR; k++) {
              const at = step === 1 ? hunk.end + right + k : hunk.start - left - k - 1;
              if (at < 0 || at >= current.length || PUNCTUATION.test(current[at])) return k;
            }
            return 0;
          };
          right += reach(1);
          left += reach(-1);
          const to = current.slice(hunk.start - left, hunk.start) + hunk.text + current.slice(hunk.end, hunk.end + right);
          next = current.slice(0, hunk.start - left) + to + current.slice(hunk.end + right);
          edit = to === '' ? { kind: 'delete', from: current.slice(hunk.start - left, hunk.end + right) } : { kind: 'replace', from: current.slice(hunk.start - left, hunk.end + right), to };
          break;
        }
        const canRight = hunk.end + right < current.length;
        const canLeft = hunk.start - left > 0;
        if (!canRight && !canLeft) break;
        // Widen to the left first: a changed word usually ends where the change does (国有资产 → 国有资本).
        if (canLeft && (left <= right || !canRight)) left++;
        else right++;
      }
    }
    if (!edit) return null;
    edits.push(edit);
    scope[unit] = next;
  }
  return edits;
}

/** Characters a reader must take in for these edits (to choose between words and a full rewrite). */
export function quotedLength(edits: WordEdit[]): number {
  return edits.reduce((sum, e) => sum + (e.kind === 'replace' ? e.from.length + e.to.length : e.kind === 'delete' ? e.from.length : e.anchor.length + e.text.length) + 8, 0);
}
