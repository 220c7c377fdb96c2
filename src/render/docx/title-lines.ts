/**
 * Line breaking of a 公文 or regulation title (GB/T 9704-2012 §7.3.1: “回行时，要做到词意完整，排列对称，
 * 长短适宜，间距恰当，标题排列应当使用梯形或菱形”). Pure; shared by the DOCX and PDF renderers.
 *
 * Break points are scored: before 《 / after 》 / after 的 / after 关于 are the best; other word boundaries
 * (Intl.Segmenter) are acceptable; a break inside a word or a title in 《》 is a last resort. Among the
 * admissible line sets, balanced lengths win, and a longer line goes first (梯形).
 */
import { widthInChars } from '../wrapper-model.js';

const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】〕”’…%·']);
const NO_LINE_END = new Set([...'（「『《〈【〔“‘']);

/** Penalty for breaking before character index `i` (between chars[i-1] and chars[i]). */
function breakPenalties(chars: string[]): number[] {
  const text = chars.join('');
  const penalties = new Array<number>(chars.length + 1).fill(50);
  // Word boundaries by ICU's dictionary segmenter; a boundary between two one-character segments is weak.
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const segments = [...segmenter.segment(text)];
  let offset = 0;
  const starts: number[] = [];
  for (const segment of segments) {
    starts.push(offset);
    offset += [...segment.segment].length;
  }
  for (let s = 1; s < segments.length; s++) {
    const before = [...segments[s - 1].segment].length;
    const after = [...segments[s].segment].length;
    penalties[starts[s]] = before >= 2 && after >= 2 ? 3 : 8;
  }
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '《' || ch === '〈') {
      penalties[i] = 0;
      depth++;
    } else if (ch === '》' || ch === '〉') {
      depth = Math.max(0, depth - 1);
      if (i + 1 < chars.length) penalties[i + 1] = Math.min(penalties[i + 1], 1);
    } else if (depth > 0 && i > 0) {
      // Keep a cited title whole when possible.
      penalties[i] += 25;
    }
    // 的 and conjunctions end a line well: “…工作的 / 实施意见”, “…代表大会和 / 地方…”.
    if ('的和及与等'.includes(ch) && i + 1 < chars.length && depth === 0) penalties[i + 1] = Math.min(penalties[i + 1], ch === '的' ? 0 : 2);
    if (ch === '的') penalties[i] = Math.max(penalties[i], 20);
  }
  for (const word of ['关于', '印发', '中华人民共和国', '人民政府', '人民代表大会', '常务委员会', '规范性文件', '办公室', '办公厅']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const index = [...text.slice(0, at)].length;
      for (let k = 1; k < [...word].length; k++) penalties[index + k] = 100; // never split the word itself
      if (word === '关于') penalties[index + 2] = Math.min(penalties[index + 2], 1);
    }
  }
  for (let i = 1; i < chars.length; i++) {
    if (NO_LINE_START.has(chars[i]) || NO_LINE_END.has(chars[i - 1])) penalties[i] = Infinity;
  }
  penalties[0] = Infinity;
  penalties[chars.length] = Infinity;
  return penalties;
}

/**
 * Splits `title` into lines no wider than `maxWidth` 字 (ASCII counts half), choosing balanced,
 * word-respecting breaks with the longer line first.
 */
export function breakTitle(title: string, maxWidth: number): string[] {
  const chars = [...title.trim()];
  const total = widthInChars(title.trim());
  if (total <= maxWidth || chars.length < 2) return [chars.join('')];
  const penalties = breakPenalties(chars);
  const widths = chars.map((ch) => widthInChars(ch));
  const widthBetween = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);

  const minLines = Math.ceil(total / maxWidth);
  let best: { cost: number; breaks: number[] } | undefined;
  for (let lines = minLines; lines <= minLines + 1; lines++) {
    const mean = total / lines;
    const search = (start: number, remaining: number, breaks: number[], cost: number): void => {
      if (best && cost >= best.cost) return;
      if (remaining === 1) {
        const width = widthBetween(start, chars.length);
        if (width > maxWidth) return;
        const all = [...breaks, chars.length];
        let total = cost + (width - mean) ** 2;
        total += orderPenalty(all.map((end, i) => widthBetween(i === 0 ? 0 : all[i - 1], end)));
        total += (lines - minLines) * 40;
        if (!best || total < best.cost) best = { cost: total, breaks };
        return;
      }
      for (let end = start + 1; end < chars.length; end++) {
        const width = widthBetween(start, end);
        if (width > maxWidth) break;
        const penalty = penalties[end];
        if (!Number.isFinite(penalty)) continue;
        search(end, remaining - 1, [...breaks, end], cost + penalty * 4 + (width - mean) ** 2);
      }
    };
    search(0, lines, [], 0);
  }
  if (!best) {
    // No admissible break (an unbreakable run longer than a line): fall back to hard cuts.
    const out: string[] = [];
    for (let i = 0; i < chars.length; i += Math.floor(maxWidth)) out.push(chars.slice(i, i + Math.floor(maxWidth)).join(''));
    return out;
  }
  const ends = [...best.breaks, chars.length];
  return ends.map((end, i) => chars.slice(i === 0 ? 0 : ends[i - 1], end).join(''));
}

/** 梯形: a line longer than the one above it costs; a 菱形 (middle line longest) costs less. */
function orderPenalty(widths: number[]): number {
  let penalty = 0;
  for (let i = 1; i < widths.length; i++) {
    const growth = widths[i] - widths[i - 1];
    if (growth > 0) penalty += (i === widths.length - 1 ? 1 : 0.5) * growth + 2;
  }
  return penalty;
}
