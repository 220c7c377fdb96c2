/**
 * Resolves one found reference against the document that contains it: relative anchors (本条、前款、
 * 前两款) against the provision where the text stands, omitted upper levels (第二款 → the current 条;
 * 第十条第二款、第三款 → 第十条第三款) against the context or the previous element, and 至 ranges expanded
 * (standards.md §2.5).
 */
import { formatChineseNumeral } from '../numbering/chinese-numerals.js';
import { articleLabel } from '../numbering/labels.js';
import type { Article, Item, ReferenceTarget, Subitem } from '../tree/types.js';
import type { FoundReference, RefComponent, RefElement } from './find-references.js';
import { articleItemParagraph, articleNumberKey, itemsOf, subitemsOf, type ArticleEntry, type ProvisionIndex } from './provision-index.js';

/** Where the referring text stands. */
export interface ReferenceContext {
  article: ArticleEntry;
  /** 1-based 款 of the text. */
  paragraph: number;
  /** 1-based 项 when the text is inside an item. */
  item?: number;
  /** 1-based 目 when the text is inside a subitem. */
  subitem?: number;
}

/** A written address with every level made absolute (numbers as written in the reference). */
export interface ReferenceAddress {
  article?: { ordinal: number; suffix?: number };
  paragraph?: number;
  item?: number;
  subitem?: number;
  /** The article is the one where the text stands (本条、前款、第二款), not looked up by number. */
  self?: boolean;
  /** The component written for each level, when written. */
  written: Partial<Record<'article' | 'paragraph' | 'item' | 'subitem', RefComponent>>;
}

export interface ResolutionProblem {
  kind: 'missing' | 'ambiguous' | 'no-previous-paragraph' | 'unreadable';
  /** Chinese sentence naming what could not be found. */
  reason: string;
  /** The component (第四十条) or element the problem is about, for a narrow place. */
  start: number;
  end: number;
  element: RefElement;
}

export interface ResolvedReference {
  reference: FoundReference;
  /** Targets as ReferenceTarget (absolute numbers). */
  targets: ReferenceTarget[];
  /** Ids of the resolved provisions (art-10, art-10/p2/i3 …). */
  resolved: string[];
  problems: ResolutionProblem[];
  /** For each written numbered component, the node it designates (used to renumber references). */
  componentTargets: Map<RefComponent, { article: ArticleEntry; item?: Item; subitem?: Subitem }>;
  /** Address of the last element, so that a following bare 第X项 in the same sentence can inherit it. */
  last?: ReferenceAddress;
}

const rangeCap = 300;

function addressOfElement(element: RefElement, context: ReferenceContext, previous: ReferenceAddress | undefined, problems: ResolutionProblem[]): ReferenceAddress[] {
  const current = context.article.node;
  const here = { ordinal: current.ordinal, suffix: current.suffix };
  const base: ReferenceAddress = { written: {} };
  const anchor = element.anchor;
  let many: number[] | undefined;
  if (anchor) {
    base.article = here;
    base.self = true;
    if (anchor.kind === 'this-paragraph') base.paragraph = context.paragraph;
    if (anchor.kind === 'this-item') {
      base.paragraph = context.paragraph;
      base.item = context.item;
    }
    if (anchor.kind === 'previous-paragraphs') {
      const first = context.paragraph - anchor.count;
      if (first < 1 || !Number.isFinite(anchor.count)) {
        problems.push({
          kind: 'no-previous-paragraph',
          reason: `“${anchor.count === 1 ? '前款' : `前${formatChineseNumeral(anchor.count)}款`}”位于${articleLabel(current.ordinal, current.suffix)}第${formatChineseNumeral(context.paragraph)}款，前面没有${anchor.count === 1 ? '款' : `${formatChineseNumeral(anchor.count)}款`}可指`,
          start: element.start,
          end: element.end,
          element,
        });
        return [];
      }
      many = [];
      for (let p = first; p < context.paragraph; p++) many.push(p);
      base.paragraph = context.paragraph - 1;
    }
  }
  const comps = element.components;
  if (!anchor && comps.length > 0) {
    // Upper levels that are not written come from the previous element, else from the context.
    const top = comps[0].level;
    const from = previous ?? { article: here, paragraph: context.paragraph, item: context.item, written: {} };
    if (top !== 'article') {
      base.article = from.article ?? here;
      base.self = previous ? previous.self : true;
    }
    if (top === 'item' || top === 'subitem') base.paragraph = previous ? previous.paragraph : context.paragraph;
    if (top === 'subitem') base.item = previous ? previous.item : context.item;
  }
  for (const comp of comps) {
    base.written[comp.level] = comp;
    if (comp.level === 'article') {
      base.article = { ordinal: comp.ordinal, suffix: comp.suffix };
      base.self = false;
      base.paragraph = undefined;
      base.item = undefined;
    } else if (comp.level === 'paragraph') base.paragraph = comp.ordinal;
    else if (comp.level === 'item') base.item = comp.ordinal;
    else base.subitem = comp.ordinal;
  }
  if (many && comps.length === 0) return many.map((p) => ({ ...base, paragraph: p }));
  return [base];
}

function lowestLevel(address: ReferenceAddress): 'article' | 'paragraph' | 'item' | 'subitem' {
  return address.subitem !== undefined ? 'subitem' : address.item !== undefined ? 'item' : address.paragraph !== undefined ? 'paragraph' : 'article';
}

function expandRange(from: ReferenceAddress, to: ReferenceAddress): ReferenceAddress[] {
  const level = lowestLevel(to);
  if (lowestLevel(from) !== level) return [];
  const out: ReferenceAddress[] = [];
  if (level === 'article') {
    if (!from.article || !to.article || from.article.suffix || to.article.suffix) return [];
    for (let n = from.article.ordinal + 1; n < to.article.ordinal && out.length < rangeCap; n++) out.push({ article: { ordinal: n }, written: {} });
    return out;
  }
  const key = level;
  const a = from[key] as number;
  const b = to[key] as number;
  for (let n = a + 1; n < b && out.length < rangeCap; n++) out.push({ ...to, [key]: n, written: {} });
  return out;
}

function label(address: ReferenceAddress): string {
  let s = address.article ? articleLabel(address.article.ordinal, address.article.suffix) : '';
  if (address.paragraph !== undefined) s += `第${formatChineseNumeral(address.paragraph)}款`;
  if (address.item !== undefined) s += `第（${formatChineseNumeral(address.item)}）项`;
  if (address.subitem !== undefined) s += `第${address.subitem}目`;
  return s;
}

/**
 * Resolves a found (internal) reference; external references come back with no targets.
 * `inherited` is the address of the previous reference in the same sentence: a bare 第X项 takes its
 * 条 and 款 from it (“本法第三百九十五条第一款第一项至第三项规定的财产或者第五项规定的…”, 刑法 “犯第一款罪…有第一项规定情形的”).
 */
export function resolveFound(reference: FoundReference, context: ReferenceContext, index: ProvisionIndex, inherited?: ReferenceAddress): ResolvedReference {
  const result: ResolvedReference = { reference, targets: [], resolved: [], problems: [], componentTargets: new Map() };
  if (reference.external) return result;
  const first = reference.elements[0];
  const bareItem = first && !first.anchor && (first.components[0]?.level === 'item' || first.components[0]?.level === 'subitem');
  let previous: ReferenceAddress | undefined = bareItem && inherited && inherited.paragraph !== undefined ? { ...inherited, written: {} } : undefined;
  const addresses: Array<{ address: ReferenceAddress; element: RefElement }> = [];
  for (const element of reference.elements) {
    const list = addressOfElement(element, context, previous, result.problems);
    if (element.joiner === '至' && previous && list.length === 1) {
      for (const middle of expandRange(previous, list[0])) addresses.push({ address: middle, element });
    }
    for (const address of list) addresses.push({ address, element });
    previous = list[list.length - 1] ?? previous;
  }
  result.last = previous;
  for (const { address, element } of addresses) {
    const art = address.article;
    if (!art || !Number.isFinite(art.ordinal)) {
      result.problems.push({ kind: 'unreadable', reason: `无法读出引用“${reference.text}”的条号`, start: element.start, end: element.end, element });
      continue;
    }
    const entries = address.self ? [context.article] : (index.byKey.get(articleNumberKey(art.ordinal, art.suffix)) ?? []);
    const artComp = address.written.article;
    const where = artComp ? { start: artComp.start, end: artComp.end } : { start: element.start, end: element.end };
    if (entries.length === 0) {
      result.problems.push({
        kind: 'missing',
        reason: `引用的${articleLabel(art.ordinal, art.suffix)}不存在（本文件共${index.articles.length}条）`,
        ...where,
        element,
      });
      continue;
    }
    if (entries.length > 1) {
      result.problems.push({ kind: 'ambiguous', reason: `引用的${articleLabel(art.ordinal, art.suffix)}不唯一：文中有${entries.length}个${articleLabel(art.ordinal, art.suffix)}`, ...where, element });
      continue;
    }
    const entry = entries[0];
    const article: Article = entry.node;
    let id = entry.id;
    const target: ReferenceTarget = { article: art.ordinal, ...(art.suffix ? { articleSuffix: art.suffix } : {}) };
    if (artComp) result.componentTargets.set(artComp, { article: entry });
    let paragraphNumber = address.paragraph;
    if (paragraphNumber === undefined && address.item !== undefined) paragraphNumber = articleItemParagraph(article);
    if (address.paragraph !== undefined || address.item !== undefined) {
      if (paragraphNumber === undefined || paragraphNumber < 1 || paragraphNumber > article.children.length) {
        const comp = address.written.paragraph ?? address.written.item;
        result.problems.push({
          kind: 'missing',
          reason: paragraphNumber === undefined ? `${articleLabel(art.ordinal, art.suffix)}中找不到所引用的项` : `${articleLabel(art.ordinal, art.suffix)}没有第${formatChineseNumeral(paragraphNumber)}款（共${article.children.length}款）`,
          start: comp?.start ?? element.start,
          end: comp?.end ?? element.end,
          element,
        });
        continue;
      }
      if (address.paragraph !== undefined) target.paragraph = paragraphNumber;
      id += `/p${paragraphNumber}`;
    }
    if (address.item !== undefined) {
      const paragraph = article.children[paragraphNumber! - 1];
      const items = itemsOf(paragraph);
      // Items are found by the number on their label (like articles), so that a misnumbered list still
      // resolves to what the drafter wrote; a duplicate label makes the reference ambiguous.
      const matching = items.filter((candidate) => candidate.ordinal === address.item);
      const item = matching.length === 1 ? matching[0] : undefined;
      const comp = address.written.item;
      if (matching.length > 1) {
        result.problems.push({
          kind: 'ambiguous',
          reason: `${label({ ...address, item: undefined, subitem: undefined, paragraph: address.paragraph ?? paragraphNumber })}有${matching.length}个第（${formatChineseNumeral(address.item)}）项`,
          start: comp?.start ?? element.start,
          end: comp?.end ?? element.end,
          element,
        });
        continue;
      }
      if (!item) {
        result.problems.push({
          kind: 'missing',
          reason: `${label({ ...address, item: undefined, subitem: undefined, paragraph: address.paragraph ?? paragraphNumber })}没有第（${formatChineseNumeral(address.item)}）项（共${items.length}项）`,
          start: comp?.start ?? element.start,
          end: comp?.end ?? element.end,
          element,
        });
        continue;
      }
      target.item = address.item;
      id += `/i${address.item}`;
      if (comp) result.componentTargets.set(comp, { article: entry, item });
      if (address.subitem !== undefined) {
        const subitems = subitemsOf(item);
        const subitem = subitems.find((candidate) => candidate.ordinal === address.subitem);
        const scomp = address.written.subitem;
        if (!subitem) {
          result.problems.push({ kind: 'missing', reason: `${label(address)}所引用的目不存在`, start: scomp?.start ?? element.start, end: scomp?.end ?? element.end, element });
          continue;
        }
        target.subitem = address.subitem;
        id += `/s${address.subitem}`;
        if (scomp) result.componentTargets.set(scomp, { article: entry, item, subitem });
      }
    }
    result.targets.push(target);
    result.resolved.push(id);
  }
  return result;
}
