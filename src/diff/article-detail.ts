/**
 * 款 → 项 → 目 detail of one article pairing (1:1, merge or split): 款 are paired by content like
 * articles (a 款 inserted first shifts the others: standards §3.2 P5 “增加一款，作为第一款”), 项 likewise
 * (P14), then each pair gets a character diff.
 */
import { diffText } from './char-diff.js';
import type { ArticleUnit, ItemUnit, ParagraphUnit, SubitemUnit } from './flatten.js';
import { lazyProfile, unitKey } from './flatten.js';
import { interleave } from './interleave.js';
import { alignSequence } from './sequence-align.js';
import type { ItemChange, ParagraphChange, PartKind, Segment, SubitemChange } from './types.js';

export interface DetailOptions {
  ignorePunctuationWidth?: boolean;
}

/** Threshold below which two 款/项 are shown as deleted + inserted rather than modified. */
const PART_THRESHOLD = 0.3;

const whole = (op: 'insert' | 'delete', text: string): Segment[] => (text ? [{ op, text }] : []);

/** A number is replaced as a whole (（二） → （一）), unless it differs only in width ((一) → （一）). */
export function diffNumber(oldNum: string, newNum: string, options: DetailOptions): Segment[] {
  if (unitKey(oldNum) === unitKey(newNum)) return diffText(oldNum, newNum, options);
  return [...whole('delete', oldNum), ...whole('insert', newNum)];
}

const changed = (segments: Segment[]): boolean => segments.some((s) => s.op !== 'equal');

function pairParts<T>(olds: T[], news: T[], textOf: (unit: T) => string, keyOf: (unit: T) => string = (u) => unitKey(textOf(u))) {
  const oldKeys = olds.map(keyOf);
  const newKeys = news.map(keyOf);
  // Same parts in the same order (the usual case): paired by position, no similarity needed.
  if (oldKeys.length === newKeys.length && oldKeys.every((k, i) => k === newKeys[i])) {
    return olds.map((_, i) => ({ old: [i], new: [i], moved: false }));
  }
  const units = (list: T[], keys: string[]) => list.map((u, i) => lazyProfile({ key: keys[i] }, () => textOf(u)));
  const pairs = alignSequence(units(olds, oldKeys), units(news, newKeys), { threshold: PART_THRESHOLD, noMoves: true });
  return interleave(
    olds.length,
    news.length,
    pairs.map((p) => ({ old: [p.old], new: [p.new], moved: p.moved })),
  );
}

function subitemChanges(olds: SubitemUnit[], news: SubitemUnit[], options: DetailOptions): SubitemChange[] {
  return pairParts(olds, news, (s) => s.text).map((group): SubitemChange => {
    const o = group.old.length ? olds[group.old[0]] : undefined;
    const n = group.new.length ? news[group.new[0]] : undefined;
    const ref = (s: SubitemUnit) => ({ ordinal: s.ordinal, num: s.num, text: s.text });
    if (o && n) {
      const segments = diffText(o.text, n.text, options);
      const numSegments = diffNumber(o.num, n.num, options);
      const kind: PartKind = changed(segments) || changed(numSegments) ? 'modify' : 'equal';
      return { kind, old: ref(o), new: ref(n), numSegments, segments, renumbered: o.ordinal !== n.ordinal };
    }
    if (o) return { kind: 'delete', old: ref(o), numSegments: whole('delete', o.num), segments: whole('delete', o.text), renumbered: false };
    return { kind: 'insert', new: ref(n!), numSegments: whole('insert', n!.num), segments: whole('insert', n!.text), renumbered: false };
  });
}

function itemChanges(olds: ItemUnit[], news: ItemUnit[], options: DetailOptions): ItemChange[] {
  return pairParts(olds, news, (i) => i.full, (i) => i.key).map((group): ItemChange => {
    const o = group.old.length ? olds[group.old[0]] : undefined;
    const n = group.new.length ? news[group.new[0]] : undefined;
    const ref = (i: ItemUnit) => ({ ordinal: i.ordinal, num: i.num, text: i.text });
    const subitems = subitemChanges(o?.subitems ?? [], n?.subitems ?? [], options);
    if (o && n) {
      const segments = diffText(o.text, n.text, options);
      const numSegments = diffNumber(o.num, n.num, options);
      const kind: PartKind =
        changed(segments) || changed(numSegments) || subitems.some((s) => s.kind !== 'equal') ? 'modify' : 'equal';
      return { kind, old: ref(o), new: ref(n), numSegments, segments, renumbered: o.ordinal !== n.ordinal, subitems };
    }
    if (o) return { kind: 'delete', old: ref(o), numSegments: whole('delete', o.num), segments: whole('delete', o.text), renumbered: false, subitems };
    return { kind: 'insert', new: ref(n!), numSegments: whole('insert', n!.num), segments: whole('insert', n!.text), renumbered: false, subitems };
  });
}

interface LocatedParagraph {
  article: number;
  paragraph: number;
  unit: ParagraphUnit;
}

const locate = (articles: ArticleUnit[]): LocatedParagraph[] =>
  articles.flatMap((a, article) => a.paras.map((unit, i) => ({ article, paragraph: i + 1, unit })));

/** Paragraph-level detail of old articles → new articles (both non-empty for a pairing). */
export function paragraphChanges(olds: ArticleUnit[], news: ArticleUnit[], options: DetailOptions): ParagraphChange[] {
  const oldParas = locate(olds);
  const newParas = locate(news);
  return pairParts(oldParas, newParas, (p) => p.unit.full, (p) => p.unit.key).map((group): ParagraphChange => {
    const o = group.old.length ? oldParas[group.old[0]] : undefined;
    const n = group.new.length ? newParas[group.new[0]] : undefined;
    const ref = (p: LocatedParagraph) => ({ article: p.article, paragraph: p.paragraph, text: p.unit.text });
    const items = itemChanges(o?.unit.items ?? [], n?.unit.items ?? [], options);
    if (o && n) {
      const segments = diffText(o.unit.text, n.unit.text, options);
      const kind: PartKind = changed(segments) || items.some((i) => i.kind !== 'equal') ? 'modify' : 'equal';
      const renumbered = o.paragraph !== n.paragraph || o.article !== n.article;
      return { kind, old: ref(o), new: ref(n), segments, renumbered, items };
    }
    if (o) return { kind: 'delete', old: ref(o), segments: whole('delete', o.unit.text), renumbered: false, items };
    return { kind: 'insert', new: ref(n!), segments: whole('insert', n!.unit.text), renumbered: false, items };
  });
}

/** Every segment of a paragraph change list, numbers included (for classification). */
export function allSegments(paragraphs: ParagraphChange[]): Segment[] {
  const out: Segment[] = [];
  for (const p of paragraphs) {
    out.push(...p.segments);
    for (const item of p.items) {
      out.push(...item.numSegments, ...item.segments);
      for (const sub of item.subitems) out.push(...sub.numSegments, ...sub.segments);
    }
  }
  return out;
}
