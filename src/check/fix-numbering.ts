/**
 * `regdoc fix`: renumbers 编/章/节/条/项/目 to the sequence 立法法 第六十五条 asks for (“依次表述”) and
 * rewrites every cross-reference so that it keeps pointing at the same provision. Works on the source
 * text by label spans, so formatting is kept. Refuses (returns refusals, no output) when a reference
 * that matters is unresolved or ambiguous, because its new number cannot be known.
 */
import { formatChineseNumeral } from '../numbering/chinese-numerals.js';
import { unitLabel, type NumberedUnit } from '../numbering/labels.js';
import type { Article, Item, Root, Subitem } from '../tree/types.js';
import { collectReferences } from '../references/collect-references.js';
import { buildProvisionIndex, itemsOf, subitemsOf, type ArticleEntry } from '../references/provision-index.js';
import { applyEdits, referenceEdits, type NewNumber, type RenumberPlan, type TextEdit } from '../references/rewrite-references.js';
import { createLocator } from '../references/source-location.js';
import { findLabel } from '../references/provision-texts.js';
import { createContext } from './check-context.js';
import { chaptersRestartPerPart } from './division-sequence.js';

export interface FixOptions {
  /** Turn 第X条之一 inserts into ordinary consecutive articles (a draft's way to mark a new article). */
  mergeInserted?: boolean;
}

export interface FixProblem {
  reason: string;
  line: number;
  column: number;
}

export interface FixResult {
  /** The fixed source (equal to the input when nothing changes or when refused). */
  output: string;
  changed: boolean;
  /** Label and reference edits made. */
  labelEdits: number;
  referenceEdits: number;
  /** Why the fix was refused (nothing written). */
  refusals: FixProblem[];
  /** Things a person should look at (a range that now spans an inserted article). */
  notes: FixProblem[];
}

function itemLabelLike(old: string, n: number): string {
  const numeral = formatChineseNumeral(n);
  if (old.startsWith('(')) return `(${numeral})`;
  return `（${numeral}）`;
}

function subitemLabelLike(old: string, n: number): string {
  const m = /^(\d+)(.*)$/.exec(old);
  return `${n}${m ? m[2] : '.'}`;
}

export function fixNumbering(tree: Root, source: string, options: FixOptions = {}): FixResult {
  const locator = createLocator(source);
  const index = buildProvisionIndex(tree);
  const base = createContext(tree, { value: source } as never, { source });
  const edits: TextEdit[] = [];
  const refusals: FixProblem[] = [];
  const notes: FixProblem[] = [];
  const where = (offset: number) => locator.toPoint(offset);

  const relabel = (node: Parameters<typeof findLabel>[0], oldLabel: string, newLabel: string): void => {
    if (oldLabel === newLabel) return;
    const span = findLabel(node, oldLabel, locator);
    if (!span) {
      const start = node.position ? locator.toOffset(node.position.start) : 0;
      const p = where(start);
      refusals.push({ reason: `在原文中找不到序号“${oldLabel}”，无法改为“${newLabel}”`, line: p.line, column: p.column });
      return;
    }
    edits.push({ start: span.start, end: span.end, text: newLabel });
  };

  // 条: consecutive through the text; 之N inserts kept unless merged.
  const newArticle = new Map<ArticleEntry, NewNumber>();
  let last = 0;
  let lastSuffix = 0;
  for (const entry of index.articles) {
    const article: Article = entry.node;
    let next: NewNumber;
    if (article.suffix && !options.mergeInserted && last > 0) {
      lastSuffix += 1;
      next = { ordinal: last, suffix: lastSuffix };
    } else {
      last += 1;
      lastSuffix = 0;
      next = { ordinal: last };
    }
    newArticle.set(entry, next);
    relabel(article, article.num, unitLabel('article', next.ordinal, next.suffix));
  }

  // 编、分编、章、节.
  const restart = chaptersRestartPerPart(base);
  // Counters per scope object (a 编 or 章) and per division type.
  const counters = new Map<unknown, Map<string, number>>();
  const bump = (scope: unknown, type: string): number => {
    const perType = counters.get(scope) ?? new Map<string, number>();
    counters.set(scope, perType);
    const n = (perType.get(type) ?? 0) + 1;
    perType.set(type, n);
    return n;
  };
  for (const entry of base.divisions) {
    const node = entry.node;
    if (node.num === '') continue;
    const scope = node.type === 'part' ? 'root' : node.type === 'chapter' && !restart ? 'root' : (entry.parent ?? 'root');
    relabel(node, node.num, unitLabel(node.type as NumberedUnit, bump(scope, node.type)));
  }

  // 项 and 目.
  const newItem = new Map<Item, number>();
  const newSubitem = new Map<Subitem, number>();
  for (const entry of index.articles) {
    for (const paragraph of entry.node.children) {
      itemsOf(paragraph).forEach((item, i) => {
        if (item.ordinal !== i + 1) newItem.set(item, i + 1);
        if (item.ordinal !== i + 1 || !Number.isFinite(item.ordinal)) relabel(item, item.num, itemLabelLike(item.num, i + 1));
        subitemsOf(item).forEach((subitem, k) => {
          if (subitem.ordinal !== k + 1) {
            newSubitem.set(subitem, k + 1);
            relabel(subitem, subitem.num, subitemLabelLike(subitem.num, k + 1));
          }
        });
      });
    }
  }
  const labelEdits = edits.length;

  const plan: RenumberPlan = {
    article: (entry) => {
      const next = newArticle.get(entry);
      return next && (next.ordinal !== entry.node.ordinal || (next.suffix ?? 0) !== (entry.node.suffix ?? 0)) ? next : undefined;
    },
    item: (item) => newItem.get(item),
    subitem: (subitem) => newSubitem.get(subitem),
  };
  const { references } = collectReferences(tree, source, index, locator);
  let referenceCount = 0;
  for (const reference of references) {
    if (reference.reference.external) continue;
    for (const problem of reference.problems) {
      const p = where(problem.start);
      refusals.push({
        reason: `引用“${reference.reference.text}”无法确定指向（${problem.reason}），不能自动改号，请先人工修正`,
        line: p.line,
        column: p.column,
      });
    }
    const referenceEditList = referenceEdits(reference, plan);
    referenceCount += referenceEditList.length;
    edits.push(...referenceEditList);
    // A 至 range whose ends moved apart now covers an inserted article: say so.
    const elements = reference.reference.elements;
    for (let i = 1; i < elements.length; i++) {
      if (elements[i].joiner !== '至') continue;
      const a = elements[i - 1].components.find((c) => c.level === 'article');
      const b = elements[i].components.find((c) => c.level === 'article');
      const ta = a && reference.componentTargets.get(a);
      const tb = b && reference.componentTargets.get(b);
      if (!ta || !tb) continue;
      const oldSpan = tb.article.index - ta.article.index;
      const na = newArticle.get(ta.article)!;
      const nb = newArticle.get(tb.article)!;
      if (!na.suffix && !nb.suffix && nb.ordinal - na.ordinal !== oldSpan) {
        const p = where(reference.reference.start);
        notes.push({ reason: `引用“${reference.reference.text}”的范围内条文数目发生变化，请确认范围是否仍然正确`, line: p.line, column: p.column });
      }
    }
  }
  const changed = edits.length > 0;
  if (!changed) return { output: source, changed, labelEdits: 0, referenceEdits: 0, refusals: [], notes };
  if (refusals.length) return { output: source, changed: false, labelEdits, referenceEdits: referenceCount, refusals, notes };
  return { output: applyEdits(source, edits), changed, labelEdits, referenceEdits: referenceCount, refusals, notes };
}
