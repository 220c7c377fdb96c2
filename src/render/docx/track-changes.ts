/**
 * `regdoc diff --as track`: the NEW text as DOCX with Word revisions against the old (w:ins / w:del,
 * ECMA-376 Part 1 §17.13.5; docx InsertedTextRun / DeletedTextRun, rendering-notes §2), so the drafter can
 * review, accept or reject each change in Word/WPS. Deleted and inserted 款/项 also carry a revision on
 * their paragraph mark, so accepting all changes leaves no empty paragraph. A moved article is shown as
 * deleted at its old place and inserted at its new one, as Word's own comparison does.
 * Author and date come from the caller (default “regdoc” and a fixed date: same input → same bytes).
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { diffNumber } from '../../diff/article-detail.js';
import type { ArticleChange, ArticleRef, Change, DiffResult, ParagraphChange, Segment } from '../../diff/types.js';
import { gbt9704Theme, type Theme } from '../theme.js';
import { runOptions, type RunStyle } from './inline.js';
import { gbtSectionProperties, pageNumberFooters } from './page-setup.js';
import { createState, fontOf, halfPoints, LANGUAGE, type DocxState } from './state.js';

export interface TrackChangesOptions {
  theme?: Theme;
  author?: string;
  /** ISO 8601 date-time of the revisions. */
  date?: string;
}

/** Fixed default revision date, so that the same two versions always give the same bytes. */
export const DEFAULT_REVISION_DATE = '2012-07-01T00:00:00Z';

interface Revisions {
  state: DocxState;
  author: string;
  date: string;
  nextId: number;
}

type Mark = 'insert' | 'delete' | undefined;

function revision(rev: Revisions) {
  return { id: rev.nextId++, author: rev.author, date: rev.date };
}

/** Runs for segments: equal → plain, insert → w:ins, delete → w:del. */
function segmentRuns(rev: Revisions, segments: Segment[], style: RunStyle = {}): ParagraphChild[] {
  const base: IRunOptions = runOptions(rev.state, style);
  return segments
    .filter((s) => s.text !== '')
    .map((s) => {
      if (s.op === 'insert') return new InsertedTextRun({ ...base, ...revision(rev), text: s.text });
      if (s.op === 'delete') return new DeletedTextRun({ ...base, ...revision(rev), text: s.text });
      return new TextRun({ ...base, text: s.text });
    });
}

/** A body paragraph; an inserted/deleted one gets the revision on its paragraph mark too. */
function bodyParagraph(rev: Revisions, children: ParagraphChild[], mark: Mark, centred = false): Paragraph {
  const markRevision = mark === 'insert' ? { insertion: revision(rev) } : mark === 'delete' ? { deletion: revision(rev) } : {};
  return new Paragraph({
    children,
    alignment: centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    ...(centred ? {} : { indent: rev.state.indent }),
    ...(mark ? { run: markRevision } : {}),
  });
}

const whole = (op: 'insert' | 'delete', text: string): Segment[] => [{ op, text }];
/** 第十条 or 第十条（条标题）. */
const labelOf = (ref: ArticleRef | undefined): string | undefined => (ref ? (ref.heading ? `${ref.label}（${ref.heading}）` : ref.label) : undefined);
const markOf = (kind: string): Mark => (kind === 'insert' || kind === 'delete' ? kind : undefined);

/** How one 款 is shown: both sides compared, only its new side (inserted), only its old side (deleted), or not here. */
type Mode = 'both' | 'insert' | 'delete' | 'skip';

/**
 * The paragraphs of an article change. The k-th old label and the k-th new label are one label (changed or
 * not), shown where the first of them falls; a side shown alone is wholly inserted or deleted.
 */
function articleParagraphs(rev: Revisions, change: ArticleChange, modeOf: (p: ParagraphChange) => Mode): Paragraph[] {
  const out: Paragraph[] = [];
  const labelledOld = new Set<number>();
  const labelledNew = new Set<number>();
  // A 1:1 change has one label (changed or not); in a merge/split the labels of the articles a 款 links are paired.
  const oneToOne = change.old.length === 1 && change.new.length === 1;
  const labelSegments = (p: ParagraphChange, mode: Mode): Segment[] => {
    let oldArticle = mode === 'insert' ? undefined : p.old?.article;
    let newArticle = mode === 'delete' ? undefined : p.new?.article;
    if (oneToOne && mode === 'both') {
      oldArticle = 0;
      newArticle = 0;
    }
    const oldLabel = oldArticle !== undefined && !labelledOld.has(oldArticle) ? labelOf(change.old[oldArticle]) : undefined;
    const newLabel = newArticle !== undefined && !labelledNew.has(newArticle) ? labelOf(change.new[newArticle]) : undefined;
    if (oldLabel) labelledOld.add(oldArticle!);
    if (newLabel) labelledNew.add(newArticle!);
    if (oldLabel && newLabel) return [...diffNumber(oldLabel, newLabel, {}), { op: 'equal', text: '\u3000' }];
    if (oldLabel || newLabel) return whole(newLabel ? 'insert' : 'delete', `${newLabel ?? oldLabel}\u3000`);
    return [];
  };
  for (const p of change.paragraphs) {
    const mode = modeOf(p);
    if (mode === 'skip' || (mode === 'insert' && !p.new) || (mode === 'delete' && !p.old)) continue;
    const forced = mode === 'both' ? undefined : mode;
    const oneSide = (segments: Segment[]): Segment[] =>
      forced ? segments.filter((s) => s.op !== (forced === 'insert' ? 'delete' : 'insert')).map((s) => ({ op: forced, text: s.text })) : segments;
    const keep = (part: { old?: unknown; new?: unknown }): boolean => !(forced === 'insert' && !part.new) && !(forced === 'delete' && !part.old);
    out.push(
      bodyParagraph(
        rev,
        [...segmentRuns(rev, labelSegments(p, mode), { role: 'heading' }), ...segmentRuns(rev, oneSide(p.segments))],
        forced ?? markOf(p.kind),
      ),
    );
    for (const item of p.items) {
      if (!keep(item)) continue;
      out.push(bodyParagraph(rev, segmentRuns(rev, oneSide([...item.numSegments, ...item.segments])), forced ?? markOf(item.kind)));
      for (const sub of item.subitems) {
        if (!keep(sub)) continue;
        out.push(bodyParagraph(rev, segmentRuns(rev, oneSide([...sub.numSegments, ...sub.segments])), forced ?? markOf(sub.kind)));
      }
    }
  }
  return out;
}

/**
 * Parts of a merge/split that do not stand next to the home part (in their own text) are shown at their
 * own place. `home` is the index (in `refs`) of the part shown with the entry.
 */
function detached(refs: ArticleRef[], home = 0): Set<number> {
  if (home < 0) return new Set(refs.keys());
  let first = home;
  let last = home;
  while (first > 0 && refs[first - 1].index === refs[first].index - 1) first--;
  while (last + 1 < refs.length && refs[last + 1].index === refs[last].index + 1) last++;
  const out = new Set<number>();
  refs.forEach((_, k) => {
    if (k < first || k > last) out.add(k);
  });
  return out;
}

/** Where an article change is shown in the main flow: detached parts and moves are shown elsewhere. */
function mainMode(entry: ArticleChange, oldHome: number): (p: ParagraphChange) => Mode {
  if (entry.kind === 'move') return () => 'insert';
  const oldAway = detached(entry.old, oldHome);
  const newAway = detached(entry.new);
  return (p) => {
    const oldHere = p.old ? !oldAway.has(p.old.article) : false;
    const newHere = p.new ? !newAway.has(p.new.article) : false;
    if (p.old && p.new) return oldHere && newHere ? 'both' : oldHere ? 'delete' : newHere ? 'insert' : 'skip';
    return (p.old && oldHere) || (p.new && newHere) ? 'both' : 'skip';
  };
}

function entryParagraphs(rev: Revisions, entry: Change, oldHome: number): Paragraph[] {
  if (entry.unit === 'article') return articleParagraphs(rev, entry, mainMode(entry, oldHome));
  if (entry.unit === 'division') {
    const numSegments =
      entry.old && entry.new ? diffNumber(entry.old.num, entry.new.num, {}) : entry.new ? whole('insert', entry.new.num) : whole('delete', entry.old!.num);
    const children = [
      ...segmentRuns(rev, numSegments, { role: 'heading' }),
      ...segmentRuns(rev, [{ op: 'equal', text: '\u3000' }], { role: 'heading' }),
      ...segmentRuns(rev, entry.segments, { role: 'heading' }),
    ];
    return [bodyParagraph(rev, children, markOf(entry.kind), true)];
  }
  // Title in 小标宋, 题注 in 楷体, both centred (GB/T 9704 §7.3.1; standards §2.3); other blocks as body text.
  const style: RunStyle =
    entry.blockType === 'title' ? { role: 'title', size: rev.state.theme.sizes.title } : entry.blockType === 'note' ? { role: 'kai' } : {};
  const centred = entry.blockType === 'title' || entry.blockType === 'note';
  return [bodyParagraph(rev, segmentRuns(rev, entry.segments, style), markOf(entry.kind), centred)];
}

export function buildTrackChangesDocx(result: DiffResult, options: TrackChangesOptions = {}): Document {
  const theme = options.theme ?? gbt9704Theme;
  const rev: Revisions = {
    state: createState(theme),
    author: options.author ?? 'regdoc',
    date: options.date ?? DEFAULT_REVISION_DATE,
    nextId: 1,
  };
  // Articles shown away from their entry: a moved article is deleted where it stood in the old text; a
  // detached part of a merge is deleted at its old place, a detached part of a split inserted at its new place.
  const entryOfOld = new Map<number, number>();
  const entryOfNew = new Map<number, number>();
  result.entries.forEach((e, i) => {
    if (e.unit !== 'article') return;
    for (const o of e.old) entryOfOld.set(o.index, i);
    for (const n of e.new) entryOfNew.set(n.index, i);
  });
  // The old part of a merge shown with the entry: the first one after the old articles shown before it.
  const oldHome = new Map<number, number>();
  let shownOld = -1;
  result.entries.forEach((e, i) => {
    if (e.unit !== 'article' || e.kind === 'move' || e.old.length === 0) return;
    // −1: every old part lies before what is already shown, so all of them are shown at their own places.
    const home = e.old.findIndex((r) => r.index > shownOld);
    oldHome.set(i, home);
    if (home >= 0) shownOld = Math.max(shownOld, e.old[home].index);
  });
  const after = new Map<number, Array<() => Paragraph[]>>();
  const place = (position: number, render: () => Paragraph[]): void => void after.set(position, [...(after.get(position) ?? []), render]);
  for (const [i, e] of result.entries.entries()) {
    if (e.unit !== 'article') continue;
    if (e.kind === 'move') {
      place(entryOfOld.get(e.old[0].index - 1) ?? -1, () => articleParagraphs(rev, e, () => 'delete'));
      continue;
    }
    for (const k of detached(e.old, oldHome.get(i) ?? 0)) {
      place(entryOfOld.get(e.old[k].index - 1) ?? -1, () => articleParagraphs(rev, e, (p) => (p.old?.article === k ? 'delete' : 'skip')));
    }
    for (const k of detached(e.new)) {
      place(entryOfNew.get(e.new[k].index - 1) ?? -1, () => articleParagraphs(rev, e, (p) => (p.new?.article === k ? 'insert' : 'skip')));
    }
  }
  const children: Paragraph[] = [];
  for (const render of after.get(-1) ?? []) children.push(...render());
  result.entries.forEach((entry, i) => {
    children.push(...entryParagraphs(rev, entry, oldHome.get(i) ?? 0));
    for (const render of after.get(i) ?? []) children.push(...render());
  });

  const bodyRun = { font: fontOf(theme, 'body'), size: halfPoints(theme.sizes.body), characterSpacing: -6, language: LANGUAGE };
  return new Document({
    creator: 'regdoc',
    title: result.new.title,
    features: { trackRevisions: true },
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: bodyRun } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: bodyRun }],
    },
    sections: [
      {
        properties: gbtSectionProperties(rev.state),
        footers: pageNumberFooters(rev.state),
        children,
      },
    ],
  });
}
