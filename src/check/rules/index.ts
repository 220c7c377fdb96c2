/** Every check rule, in the order their messages are produced (standards.md §7). */
import type { Rule } from '../rule.js';
import { articleSequence } from './article-sequence.js';
import { numeralCanonical } from './numeral-canonical.js';
import { partSequence } from './part-sequence.js';
import { chapterSequence } from './chapter-sequence.js';
import { sectionSequence } from './section-sequence.js';
import { articleSeparator } from './article-separator.js';
import { itemSequence } from './item-sequence.js';
import { itemBrackets } from './item-brackets.js';
import { itemPunctuation } from './item-punctuation.js';
import { itemIntroduction } from './item-introduction.js';
import { subitemSequence } from './subitem-sequence.js';
import { referenceTarget } from './reference-target.js';
import { referenceStyle } from './reference-style.js';
import { referenceDivision } from './reference-division.js';
import { referenceSelfGenre } from './reference-self-genre.js';
import { referenceRangeForm } from './reference-range-form.js';
import { chapterOrder } from './chapter-order.js';
import { lastArticleEffective } from './last-article-effective.js';
import { dateForm } from './date-form.js';
import { titleGenreRule } from './title-genre.js';
import { titleDoctype } from './title-doctype.js';
import { tocMatch } from './toc-match.js';
import { docNumberForm } from './doc-number-form.js';
import { levelSequence } from './level-sequence.js';
import { levelDepth } from './level-depth.js';
import { clauseSequence } from './clause-sequence.js';
import { clauseReference } from './clause-reference.js';

export const allRules: Rule[] = [
  articleSequence,
  numeralCanonical,
  partSequence,
  chapterSequence,
  sectionSequence,
  articleSeparator,
  itemSequence,
  itemBrackets,
  itemPunctuation,
  itemIntroduction,
  subitemSequence,
  referenceTarget,
  referenceStyle,
  referenceDivision,
  referenceSelfGenre,
  referenceRangeForm,
  chapterOrder,
  lastArticleEffective,
  dateForm,
  titleGenreRule,
  titleDoctype,
  tocMatch,
  docNumberForm,
  levelSequence,
  levelDepth,
  clauseSequence,
  clauseReference,
];

export const ruleById = new Map(allRules.map((rule) => [rule.meta.id, rule]));
