/**
 * align(old, new): pair the articles (then 款, 项, 目) of two versions of a regulation by content and
 * describe the differences as a `DiffResult` (src/diff/types.ts). Pure: no I/O, no clock.
 * Pairing never trusts numbers — insertions shift numbers, articles move, merge and split
 * (standards §4: “matches articles even if moved (similarity > 40 %)”; §3.2 P9–P13, P21).
 */
import type { Root } from '../tree/types.js';
import { allSegments, paragraphChanges } from './article-detail.js';
import { diffText } from './char-diff.js';
import { flatten, type ArticleUnit, type BlockUnit, type DivisionUnit, type DocUnit, type FlatDocument } from './flatten.js';
import { interleave, type Group } from './interleave.js';
import { alignSequence, type UnitPair } from './sequence-align.js';
import { combine, containment, dice } from './similarity.js';
import type {
  AlignOptions,
  ArticleChange,
  BlockChange,
  Change,
  DiffResult,
  DiffStats,
  DivisionChange,
  RenumberFact,
} from './types.js';

const DEFAULT_THRESHOLD = 0.4;
/** Share of an article's text that must reappear inside another for a merge/split to be considered. */
const CONTAINMENT = 0.6;
/** Minimal gain in coverage that the extra article must bring to the pairing. */
const MERGE_GAIN = 0.05;
/** Articles shorter than this (bigrams) are never taken as merged/split parts (too generic). */
const MIN_PART_GRAMS = 8;

export function align(oldTree: Root, newTree: Root, options: AlignOptions = {}): DiffResult {
  const opts: Required<AlignOptions> = {
    ignorePunctuationWidth: options.ignorePunctuationWidth ?? false,
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
  };
  return alignFlat(flatten(oldTree), flatten(newTree), opts);
}

export function alignFlat(oldDoc: FlatDocument, newDoc: FlatDocument, opts: Required<AlignOptions>): DiffResult {
  const articleGroups = groupArticles(oldDoc.articles, newDoc.articles, opts.threshold);
  const divisionPairs = alignSequence(oldDoc.divisions, newDoc.divisions, {
    threshold: 0.5,
    compatible: (i, j) => oldDoc.divisions[i].ref.type === newDoc.divisions[j].ref.type,
  });
  pairRenamedDivisions(oldDoc, newDoc, divisionPairs, articleGroups);
  const blockPairs = alignSequence(oldDoc.blocks, newDoc.blocks, {
    threshold: 0.3,
    compatible: (i, j) => oldDoc.blocks[i].blockType === newDoc.blocks[j].blockType,
    noMoves: true,
  });

  // Lift every pairing to positions in the whole unit sequence, then order for display.
  const toOrder = <U extends DocUnit>(olds: U[], news: U[], group: Group): Group => ({
    old: group.old.map((i) => olds[i].order),
    new: group.new.map((j) => news[j].order),
    moved: group.moved,
  });
  const fromPairs = (pairs: UnitPair[]): Group[] => pairs.map((p) => ({ old: [p.old], new: [p.new], moved: p.moved }));
  const groups: Group[] = [
    ...articleGroups.map((g) => toOrder(oldDoc.articles, newDoc.articles, g)),
    ...fromPairs(divisionPairs).map((g) => toOrder(oldDoc.divisions, newDoc.divisions, g)),
    ...fromPairs(blockPairs).map((g) => toOrder(oldDoc.blocks, newDoc.blocks, g)),
  ];
  const ordered = interleave(oldDoc.units.length, newDoc.units.length, groups);

  const entries: Change[] = [];
  const renumbering: RenumberFact[] = [];
  for (const group of ordered) {
    const olds = group.old.map((i) => oldDoc.units[i]);
    const news = group.new.map((j) => newDoc.units[j]);
    const first = olds[0] ?? news[0];
    if (first.unit === 'article') {
      const change = articleChange(olds as ArticleUnit[], news as ArticleUnit[], group.moved, opts);
      entries.push(change);
      if (change.kind === 'renumber') {
        renumbering.push({
          unit: 'article',
          oldLabel: change.old[0].label,
          newLabel: change.new[0].label,
          oldIndex: change.old[0].index,
          newIndex: change.new[0].index,
        });
      }
    } else if (first.unit === 'division') {
      const change = divisionChange(olds[0] as DivisionUnit | undefined, news[0] as DivisionUnit | undefined, opts);
      entries.push(change);
      if (change.kind === 'renumber') {
        renumbering.push({
          unit: 'division',
          oldLabel: change.old!.label,
          newLabel: change.new!.label,
          oldIndex: change.old!.index,
          newIndex: change.new!.index,
        });
      }
    } else {
      entries.push(blockChange(olds[0] as BlockUnit | undefined, news[0] as BlockUnit | undefined, opts));
    }
  }
  const changes = entries.filter((e) => e.kind !== 'equal' && e.kind !== 'renumber');
  return {
    version: 1,
    old: { title: oldDoc.title, articles: oldDoc.articles.length },
    new: { title: newDoc.title, articles: newDoc.articles.length },
    options: opts,
    entries,
    changes,
    renumbering,
    stats: statsOf(entries),
  };
}

/**
 * A 章/节 whose heading was rewritten (P19 章名修改) has no similar counterpart by text; it is paired with
 * the unpaired division of the same kind that opens on the same (paired) article.
 */
function pairRenamedDivisions(oldDoc: FlatDocument, newDoc: FlatDocument, pairs: UnitPair[], articleGroups: Group[]): void {
  const firstArticle = (doc: FlatDocument, division: DivisionUnit): number =>
    doc.articles.find((a) => a.order > division.order)?.ref.index ?? -1;
  const newOfOldArticle = new Map<number, number[]>();
  for (const g of articleGroups) for (const i of g.old) newOfOldArticle.set(i, g.new);
  const oldPaired = new Set(pairs.map((p) => p.old));
  const newPaired = new Set(pairs.map((p) => p.new));
  for (const [i, o] of oldDoc.divisions.entries()) {
    if (oldPaired.has(i)) continue;
    const opening = newOfOldArticle.get(firstArticle(oldDoc, o)) ?? [];
    const j = newDoc.divisions.findIndex(
      (n, k) => !newPaired.has(k) && n.ref.type === o.ref.type && opening.includes(firstArticle(newDoc, n)),
    );
    if (j < 0) continue;
    pairs.push({ old: i, new: j, similarity: 0, moved: false });
    oldPaired.add(i);
    newPaired.add(j);
  }
  pairs.sort((p, q) => p.new - q.new);
}

/** Article pairings (1:1, then merges and splits) as groups of article indices. */
function groupArticles(olds: ArticleUnit[], news: ArticleUnit[], threshold: number): Group[] {
  const pairs = alignSequence(olds, news, { threshold });
  const newOfOld = new Map<number, UnitPair>();
  const oldOfNew = new Map<number, UnitPair>();
  for (const p of pairs) {
    newOfOld.set(p.old, p);
    oldOfNew.set(p.new, p);
  }
  const mergedInto = new Map<number, number[]>(); // new index → extra old indices
  const splitFrom = new Map<number, number[]>(); // old index → extra new indices

  // Merge: an old article left unpaired whose text reappears inside a new article (P12).
  for (let i = 0; i < olds.length; i++) {
    if (newOfOld.has(i) || olds[i].profile.grams.length < MIN_PART_GRAMS) continue;
    let best = -1;
    let bestGain = 0;
    for (let j = 0; j < news.length; j++) {
      // A new article identical to its old partner has taken in nothing else.
      const partner = oldOfNew.get(j);
      if (partner && olds[partner.old].key === news[j].key) continue;
      if (containment(olds[i].profile, news[j].profile) < CONTAINMENT) continue;
      const current = [...(oldOfNew.has(j) ? [oldOfNew.get(j)!.old] : []), ...(mergedInto.get(j) ?? [])];
      // How much more of the new article is explained once this old article is counted in.
      const before = current.length ? containment(news[j].profile, combine(current.map((k) => olds[k].profile))) : 0;
      const after = containment(news[j].profile, combine([...current, i].map((k) => olds[k].profile)));
      const gain = after - before;
      if (after >= threshold && gain >= MERGE_GAIN && gain > bestGain) {
        best = j;
        bestGain = gain;
      }
    }
    if (best >= 0) {
      mergedInto.set(best, [...(mergedInto.get(best) ?? []), i]);
      newOfOld.set(i, { old: i, new: best, similarity: 0, moved: false });
    }
  }
  // Split: a new article left unpaired whose text comes from inside an old article (P11, 单列一条).
  for (let j = 0; j < news.length; j++) {
    if (oldOfNew.has(j) || mergedInto.has(j) || news[j].profile.grams.length < MIN_PART_GRAMS) continue;
    let best = -1;
    let bestGain = 0;
    for (let i = 0; i < olds.length; i++) {
      const partner = newOfOld.get(i);
      // An old article identical to its new partner has given nothing away.
      if (partner && partner.similarity > 0 && olds[i].key === news[partner.new].key) continue;
      if (containment(news[j].profile, olds[i].profile) < CONTAINMENT) continue;
      if (partner && mergedInto.has(partner.new)) continue;
      const current = [...(partner ? [partner.new] : []), ...(splitFrom.get(i) ?? [])];
      // How much more of the old article is accounted for once this new article is counted in.
      const before = current.length ? containment(olds[i].profile, combine(current.map((k) => news[k].profile))) : 0;
      const after = containment(olds[i].profile, combine([...current, j].map((k) => news[k].profile)));
      const gain = after - before;
      if (after >= threshold && gain >= MERGE_GAIN && gain > bestGain) {
        best = i;
        bestGain = gain;
      }
    }
    if (best >= 0) {
      splitFrom.set(best, [...(splitFrom.get(best) ?? []), j]);
      oldOfNew.set(j, { old: best, new: j, similarity: 0, moved: false });
    }
  }

  const groups: Group[] = [];
  const usedOld = new Set<number>();
  for (const p of pairs) {
    const extraOld = mergedInto.get(p.new) ?? [];
    const extraNew = splitFrom.get(p.old) ?? [];
    const old = [p.old, ...extraOld].sort((a, b) => a - b);
    const neu = [p.new, ...extraNew].sort((a, b) => a - b);
    old.forEach((i) => usedOld.add(i));
    groups.push({ old, new: neu, moved: p.moved });
  }
  // Merges into a new article that had no 1:1 partner, and splits of an old article without one.
  for (const [j, extra] of mergedInto) {
    if (oldOfNew.has(j) && pairs.some((p) => p.new === j)) continue;
    groups.push({ old: [...extra].sort((a, b) => a - b), new: [j], moved: false });
    extra.forEach((i) => usedOld.add(i));
  }
  for (const [i, extra] of splitFrom) {
    if (pairs.some((p) => p.old === i)) continue;
    groups.push({ old: [i], new: [...extra].sort((a, b) => a - b), moved: false });
  }
  // A group whose parts are far from where the rest sits counts as moved only through its 1:1 pair.
  return groups;
}

function articleChange(olds: ArticleUnit[], news: ArticleUnit[], moved: boolean, opts: Required<AlignOptions>): ArticleChange {
  const paragraphs = paragraphChanges(olds, news, opts);
  const oldRef = olds.map((a) => a.ref);
  const newRef = news.map((a) => a.ref);
  const base = { unit: 'article' as const, old: oldRef, new: newRef, paragraphs };
  if (!olds.length || !news.length) {
    return {
      ...base,
      kind: olds.length ? 'delete' : 'insert',
      renumbered: false,
      modified: true,
      widthOnly: false,
      moved: false,
      similarity: 0,
    };
  }
  const oldHeading = olds[0].ref.heading;
  const newHeading = news[0].ref.heading;
  const headingChanged = olds.length === 1 && news.length === 1 && oldHeading !== newHeading;
  const segments = allSegments(paragraphs);
  const structural = paragraphs.some(
    (p) => p.kind === 'insert' || p.kind === 'delete' || p.items.some((i) => i.kind === 'insert' || i.kind === 'delete'),
  );
  const textChanged = segments.some((s) => s.op !== 'equal');
  const modified = textChanged || structural || headingChanged;
  const widthOnly = modified && !structural && !headingChanged && segments.every((s) => s.op === 'equal' || s.widthOnly === true);
  const renumbered = olds[0].ref.ordinal !== news[0].ref.ordinal || olds[0].ref.suffix !== news[0].ref.suffix;
  const similarity =
    olds.length === 1 && news.length === 1
      ? olds[0].key === news[0].key
        ? 1
        : dice(olds[0].profile, news[0].profile)
      : dice(combine(olds.map((a) => a.profile)), combine(news.map((a) => a.profile)));
  const kind: ArticleChange['kind'] =
    olds.length > 1 ? 'merge' : news.length > 1 ? 'split' : moved ? 'move' : modified ? 'modify' : renumbered ? 'renumber' : 'equal';
  return {
    ...base,
    kind,
    renumbered,
    modified,
    widthOnly,
    moved,
    ...(headingChanged ? { headingChange: [oldHeading, newHeading] as [string | undefined, string | undefined] } : {}),
    similarity: Math.round(similarity * 1000) / 1000,
  };
}

function divisionChange(o: DivisionUnit | undefined, n: DivisionUnit | undefined, opts: Required<AlignOptions>): DivisionChange {
  if (!o) return { unit: 'division', kind: 'insert', new: n!.ref, renumbered: false, segments: [{ op: 'insert', text: n!.ref.heading }] };
  if (!n) return { unit: 'division', kind: 'delete', old: o.ref, renumbered: false, segments: [{ op: 'delete', text: o.ref.heading }] };
  // 总　　则 and 总则 are the same heading (two-character headings are spaced out: standards §2.3).
  const segments = diffText(o.ref.heading.replace(/\s+/gu, ''), n.ref.heading.replace(/\s+/gu, ''), opts);
  const renumbered = o.ref.num !== n.ref.num;
  const kind = segments.some((s) => s.op !== 'equal') ? 'modify' : renumbered ? 'renumber' : 'equal';
  return { unit: 'division', kind, old: o.ref, new: n.ref, renumbered, segments };
}

function blockChange(o: BlockUnit | undefined, n: BlockUnit | undefined, opts: Required<AlignOptions>): BlockChange {
  const blockType = (o ?? n)!.blockType;
  if (!o) return { unit: 'block', blockType, kind: 'insert', new: { index: n!.index, text: n!.text }, segments: [{ op: 'insert', text: n!.text }] };
  if (!n) return { unit: 'block', blockType, kind: 'delete', old: { index: o.index, text: o.text }, segments: [{ op: 'delete', text: o.text }] };
  const segments = diffText(o.text, n.text, opts);
  return {
    unit: 'block',
    blockType,
    kind: segments.some((s) => s.op !== 'equal') ? 'modify' : 'equal',
    old: { index: o.index, text: o.text },
    new: { index: n.index, text: n.text },
    segments,
  };
}

function statsOf(entries: Change[]): DiffStats {
  const stats: DiffStats = { inserted: 0, deleted: 0, modified: 0, moved: 0, renumbered: 0, merged: 0, split: 0, widthOnly: 0, divisionsChanged: 0 };
  for (const e of entries) {
    if (e.unit === 'division') {
      if (e.kind !== 'equal' && e.kind !== 'renumber') stats.divisionsChanged++;
      continue;
    }
    if (e.unit !== 'article') continue;
    if (e.kind === 'insert') stats.inserted++;
    else if (e.kind === 'delete') stats.deleted++;
    else if (e.kind === 'merge') stats.merged++;
    else if (e.kind === 'split') stats.split++;
    else if (e.kind === 'move') stats.moved++;
    else if (e.kind === 'modify') stats.modified++;
    if (e.renumbered) stats.renumbered++;
    if (e.widthOnly) stats.widthOnly++;
  }
  return stats;
}
