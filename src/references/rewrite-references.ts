/**
 * Renumbers references so that they keep pointing at the same provisions after 条/项/目 are renumbered
 * (by `regdoc fix`, or when an amendment decision inserts or deletes articles). Only the numbers are
 * replaced; prefixes (本办法), joiners and the bracket style of 项 (第（三）项 or 第三项) stay as written.
 */
import { formatChineseNumeral } from '../numbering/chinese-numerals.js';
import type { Item, Subitem } from '../tree/types.js';
import { findReferences, type RefComponent } from './find-references.js';
import { articleNumberKey, type ArticleEntry } from './provision-index.js';
import type { ResolvedReference } from './resolve-target.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface NewNumber {
  ordinal: number;
  suffix?: number;
}

/** New numbers of renumbered provisions; undefined = unchanged. */
export interface RenumberPlan {
  article(entry: ArticleEntry): NewNumber | undefined;
  item?(item: Item): number | undefined;
  subitem?(subitem: Subitem): number | undefined;
}

const isArabic = (raw: string): boolean => /^[0-9０-９]+$/.test(raw);

/** Writes a reference component with a new number in the style of the old one. */
export function formatComponent(component: RefComponent, next: NewNumber): string {
  const numeral = isArabic(component.raw) ? String(next.ordinal) : formatChineseNumeral(next.ordinal);
  switch (component.level) {
    case 'article':
      return `第${numeral}条${next.suffix ? `之${formatChineseNumeral(next.suffix)}` : ''}`;
    case 'paragraph':
      return `第${numeral}款`;
    case 'item': {
      if (!component.bracketed) return `第${numeral}项`;
      const [open, close] = component.raw.startsWith('(') ? ['(', ')'] : ['（', '）'];
      const inner = isArabic(component.raw.slice(1, -1)) ? String(next.ordinal) : formatChineseNumeral(next.ordinal);
      return `第${open}${inner}${close}项`;
    }
    case 'subitem':
      return `第${numeral}目`;
  }
}

/** Edits that renumber one resolved reference under `plan` (empty when nothing changes). */
export function referenceEdits(reference: ResolvedReference, plan: RenumberPlan): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [component, target] of reference.componentTargets) {
    let next: NewNumber | undefined;
    if (component.level === 'article') next = plan.article(target.article);
    else if (component.level === 'item' && target.item && !target.subitem) {
      const n = plan.item?.(target.item);
      next = n === undefined ? undefined : { ordinal: n };
    } else if (component.level === 'subitem' && target.subitem) {
      const n = plan.subitem?.(target.subitem);
      next = n === undefined ? undefined : { ordinal: n };
    }
    if (!next) continue;
    const text = formatComponent(component, next);
    const old = formatComponent(component, { ordinal: component.ordinal, suffix: component.suffix });
    if (text !== old) edits.push({ start: component.start, end: component.end, text });
  }
  return edits;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error(`overlapping edits at ${edit.start}`);
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}

/** Old→new numbers for rewriting references in text that is not parsed into a tree. */
export interface ReferenceMapping {
  /** Keyed by articleNumberKey: '10', '133之1'. */
  articles?: Map<string, NewNumber>;
  /** Keyed by `${articleNumberKey}/${款 or ''}/${项}`: '10/2/3' (第十条第二款第三项), '10//3' (第十条第三项). */
  items?: Map<string, number>;
}

/** Where the text stands, for references that omit their 条 (第二款第三项, 前款第一项). */
export interface RewriteContext {
  article: number;
  articleSuffix?: number;
  paragraph?: number;
}

/**
 * Renumbers the internal references in a piece of text given old→new article (and 项) numbers. Used when
 * replaying amendments (增加一条、删去第X条) on text that is not parsed into a tree; references to other
 * instruments (《…》第十条, 该法第十条) are left alone.
 */
export function rewriteReferences(text: string, mapping: ReferenceMapping, context?: RewriteContext): string {
  const edits: TextEdit[] = [];
  for (const found of findReferences(text)) {
    if (found.external) continue;
    let article: string | undefined;
    let paragraph: number | undefined;
    for (const element of found.elements) {
      const anchor = element.anchor;
      if (anchor || element.components[0]?.level !== 'article') {
        // Relative or lower-level start: the 条 (and 款) of the previous element, else of the context.
        if (!article && context) article = articleNumberKey(context.article, context.articleSuffix);
        if (anchor?.kind === 'previous-paragraphs' && context?.paragraph) paragraph = context.paragraph - anchor.count;
        else if (anchor?.kind === 'this-paragraph') paragraph = context?.paragraph;
        else if (anchor?.kind === 'this-article') paragraph = undefined;
      }
      for (const component of element.components) {
        let next: NewNumber | undefined;
        if (component.level === 'article') {
          article = articleNumberKey(component.ordinal, component.suffix);
          paragraph = undefined;
          next = mapping.articles?.get(article);
        } else if (component.level === 'paragraph') paragraph = component.ordinal;
        else if (component.level === 'item' && article !== undefined) {
          const n = mapping.items?.get(`${article}/${paragraph ?? ''}/${component.ordinal}`);
          next = n === undefined ? undefined : { ordinal: n };
        }
        if (!next) continue;
        const replacement = formatComponent(component, next);
        if (replacement !== text.slice(component.start, component.end)) edits.push({ start: component.start, end: component.end, text: replacement });
      }
    }
  }
  return applyEdits(text, edits);
}

/** Article-only form of rewriteReferences: mapping keyed by articleNumberKey ('10', '133之1'). */
export function rewriteArticleReferences(text: string, mapping: Map<string, NewNumber>, context?: RewriteContext): string {
  return rewriteReferences(text, { articles: mapping }, context);
}
