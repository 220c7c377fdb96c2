/**
 * The 修改决定 generator (`regdoc diff --as decision`, standards §3): from the change model of two
 * versions it writes the decision as a regdoc Markdown document — front matter (doctype 修改决定),
 * title 关于修改《…》的决定, lead-in …决定对《…》作如下修改：, items 一、二、… in the sentence
 * patterns of §3.2 quoted per §3.3, then 此外，对条文顺序作相应调整。 when numbers shift and
 * 本决定自…起施行。 Before returning, the decision is replayed on the old text (src/diff/apply): an
 * article that does not come out as in the new text is stated whole instead.
 *
 * Options (DecisionOptions): `title` — title of the amended text (default: the old text's title);
 * `issuer` — the deciding body used in the title and lead-in (default: front matter `issuer` of the
 * new or old text, else ×××); `leadIn` — the whole lead-in sentence, replacing the default;
 * `effectiveDate` — 施行日期 (YYYY-MM-DD or 2024年7月1日; default: front matter dates.effective of the
 * new text, else 本决定自公布之日起施行).
 */
import { formatChineseNumeral } from '../../numbering/chinese-numerals.js';
import type { NewNumber } from '../../references/index.js';
import type { Root } from '../../tree/types.js';
import { articleNumberKey } from '../../references/index.js';
import { parseInstrument } from '../apply/parse-instrument.js';
import { Replayer } from '../apply/replay.js';
import { modelFromTree, type MArticle, type TextModel } from '../apply/text-model.js';
import { normalizeWidth } from '../normalize-width.js';
import type { DiffResult } from '../types.js';
import { DecisionPlanner, paraLines, type DecisionItem } from './plan.js';

export interface DecisionOptions {
  title?: string;
  issuer?: string;
  leadIn?: string;
  effectiveDate?: string;
}

export interface DecisionDocument {
  markdown: string;
  items: DecisionItem[];
  /** True when 此外，对条文顺序作相应调整。 was written. */
  renumbered: boolean;
  /** New article numbers that still differ after replay (should be empty). */
  unresolved: number[];
  /**
   * New article numbers that replay into another 章: the decision states 章 renamed, merged (并入)
   * and added, but not 章 moved or regrouped (a 修订 that rearranges 章 is published as a new text).
   */
  chapterMismatch: number[];
}

function titleOf(tree: Root): string | undefined {
  if (tree.meta?.title) return tree.meta.title;
  const title = tree.children.find((c) => c.type === 'title');
  return title?.type === 'title' ? title.value : undefined;
}

/** 2024-07-01 → 2024年7月1日. */
function chineseDate(value: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  return iso ? `${iso[1]}年${Number(iso[2])}月${Number(iso[3])}日` : value;
}

const articleText = (a: MArticle): string => normalizeWidth(a.paras.flatMap(paraLines).join('')).replace(/[\s\u3000]/g, '');

/** Articles of `got` whose label or text differ from `want` (new numbers). */
export function differingArticles(got: TextModel, want: TextModel): number[] {
  const out: number[] = [];
  const byLabel = new Map(got.articles.map((a) => [articleNumberKey(a.ordinal, a.suffix), a]));
  for (const a of want.articles) {
    const g = byLabel.get(articleNumberKey(a.ordinal, a.suffix));
    if (!g || articleText(g) !== articleText(a)) out.push(a.ordinal);
  }
  if (got.articles.length !== want.articles.length) out.push(NaN);
  return out;
}

/** Articles of `want` that stand in another 章 (number and heading) in `got`. */
export function differingChapters(got: TextModel, want: TextModel): number[] {
  const gotChapters = chapterOf(got);
  const wantChapters = chapterOf(want);
  return want.articles.filter((a, i) => gotChapters.get(got.articles[i]) !== wantChapters.get(a)).map((a) => a.ordinal);
}

/** The 章 heading (number and text) each article stands in. */
function chapterOf(model: TextModel): Map<MArticle, string> {
  const out = new Map<MArticle, string>();
  let current = '';
  for (const article of model.articles) {
    for (const block of model.blocks) {
      if (block.anchor === article && block.kind === 'heading' && (block.type === 'chapter' || block.type === 'part')) {
        current = `${block.num}${block.heading}`.replace(/[\s\u3000]/g, '');
      }
    }
    out.set(article, current);
  }
  return out;
}

function articleMapOf(result: DiffResult): Map<string, NewNumber> {
  const map = new Map<string, NewNumber>();
  for (const entry of result.entries) {
    if (entry.unit !== 'article' || entry.new.length === 0) continue;
    const target = entry.new[0];
    for (const old of entry.old) {
      if (old.ordinal === target.ordinal && (old.suffix ?? 0) === (target.suffix ?? 0)) continue;
      map.set(articleNumberKey(old.ordinal, old.suffix), { ordinal: target.ordinal, suffix: target.suffix });
    }
  }
  return map;
}

function render(items: DecisionItem[], renumbered: boolean, oldTree: Root, newTree: Root, options: DecisionOptions): string {
  const amended = options.title ?? titleOf(oldTree) ?? titleOf(newTree) ?? '×××';
  const issuer = options.issuer ?? newTree.meta?.issuer ?? oldTree.meta?.issuer;
  const title = `${issuer ?? ''}关于修改《${amended}》的决定`;
  const effective = options.effectiveDate ?? newTree.meta?.dates?.effective;
  const lines: string[] = ['---', 'doctype: 修改决定'];
  const category = oldTree.meta?.category;
  if (category) lines.push(`category: ${category}`);
  if (issuer) lines.push(`issuer: ${issuer}`);
  if (effective && /^\d{4}-\d{1,2}-\d{1,2}$/.test(effective)) lines.push('dates:', `  effective: ${effective}`);
  lines.push('---', '', `# ${title}`, '');
  lines.push(options.leadIn ?? `${issuer ?? '×××'}决定对《${amended}》作如下修改：`, '');
  items.forEach((item, i) => {
    item.forEach((paragraph, k) => lines.push(k === 0 ? `${formatChineseNumeral(i + 1)}、${paragraph}` : paragraph, ''));
  });
  if (renumbered) lines.push('此外，对条文顺序作相应调整。', '');
  lines.push(effective ? `本决定自${chineseDate(effective)}起施行。` : '本决定自公布之日起施行。', '');
  lines.push(`《${amended}》根据本决定作相应修改，重新公布。`, '');
  return lines.join('\n');
}

/**
 * The decision as regdoc Markdown (pure). `oldSource`/`newSource` are the texts the trees were read from.
 */
export function decisionDocument(
  oldTree: Root,
  oldSource: string,
  newTree: Root,
  newSource: string,
  result: DiffResult,
  options: DecisionOptions = {},
): DecisionDocument {
  const newModel = modelFromTree(newTree, newSource);
  const articleMap = articleMapOf(result);
  const renumbered =
    articleMap.size > 0 ||
    result.entries.some((e) => e.unit === 'article' && (e.kind === 'insert' || e.kind === 'delete' || e.kind === 'merge' || e.kind === 'split'));
  const rewrite = new Set<number>();
  let chapterFixes: DecisionItem[] = [];
  let best: DecisionDocument | undefined;
  const score = (d: DecisionDocument): number => d.unresolved.length * 1000 + d.chapterMismatch.length;
  for (let round = 0; round < 3; round++) {
    const oldModel = modelFromTree(oldTree, oldSource);
    const items = [...new DecisionPlanner(oldModel, newModel, result, { articleMap, rewrite }).run(), ...chapterFixes];
    const markdown = render(items, renumbered, oldTree, newTree, options);
    const check = replayCheck(markdown, oldTree, oldSource, newModel);
    const doc: DecisionDocument = { markdown, items, renumbered, unresolved: check.unresolved, chapterMismatch: check.chapterMismatch };
    // The first decision that replays exactly wins; otherwise the one closest to the new text.
    if (!best || score(doc) < score(best)) best = doc;
    if (check.unresolved.length === 0 && check.chapterMismatch.length > 0 && chapterFixes.length === 0) {
      // A 章 that now begins at another article: merged into the one before and set up again.
      chapterFixes = chapterBoundaryItems(check.replayed, newModel, modelFromTree(oldTree, oldSource));
      if (chapterFixes.length > 0) continue;
    }
    // Articles that come out wrong are stated whole next time (a 章 boundary: stated as delete + insert).
    const wrong = check.unresolved.length ? check.unresolved : check.chapterMismatch;
    const fresh = wrong.filter((n) => Number.isFinite(n) && !rewrite.has(n));
    if (wrong.length === 0 || fresh.length === 0) break;
    for (const n of fresh) rewrite.add(n);
  }
  return best!;
}

function replayCheck(
  markdown: string,
  oldTree: Root,
  oldSource: string,
  newModel: TextModel,
): { unresolved: number[]; chapterMismatch: number[]; replayed: TextModel } {
  const model = modelFromTree(oldTree, oldSource);
  try {
    const instrument = parseInstrument(markdown, 'decision.md');
    new Replayer(model, instrument, 'decision.md').run();
    const unresolved = differingArticles(model, newModel);
    return { unresolved, chapterMismatch: unresolved.length ? [] : differingChapters(model, newModel), replayed: model };
  } catch {
    return { unresolved: [NaN], chapterMismatch: [], replayed: model };
  }
}

/** First article (new number) of every 章 heading, by heading text. */
function chapterStarts(model: TextModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const block of model.blocks) {
    if (block.kind === 'heading' && block.type === 'chapter' && block.anchor) out.set(block.heading.replace(/[\s\u3000]/g, ''), block.anchor.ordinal);
  }
  return out;
}

/**
 * Items for 章 whose first article differs after replay: 将第X章并入第X-1章 (old numbers) then
 * 增加一章，作为第Y章，章名为“…”，自第N条开始 (new numbers).
 */
function chapterBoundaryItems(replayed: TextModel, newModel: TextModel, oldModel: TextModel): DecisionItem[] {
  const got = chapterStarts(replayed);
  const oldChapters = oldModel.blocks.filter((b) => b.kind === 'heading' && b.type === 'chapter');
  const items: DecisionItem[] = [];
  for (const block of newModel.blocks) {
    if (block.kind !== 'heading' || block.type !== 'chapter' || !block.anchor) continue;
    const heading = block.heading.replace(/[\s\u3000]/g, '');
    if (got.get(heading) === block.anchor.ordinal) continue;
    const old = oldChapters.find((b) => b.kind === 'heading' && b.heading.replace(/[\s\u3000]/g, '') === heading);
    if (!old || old.kind !== 'heading' || old.ordinal <= 1) return [];
    items.push(
      [`将第${formatChineseNumeral(old.ordinal)}章并入第${formatChineseNumeral(old.ordinal - 1)}章。`],
      [`增加一章，作为第${formatChineseNumeral(block.ordinal)}章，章名为“${block.heading}”，自第${formatChineseNumeral(block.anchor.ordinal)}条开始。`],
    );
  }
  return items;
}
