/**
 * Labels of the numbered units (立法法 第六十五条; standards.md §2.2): 第十条, 第一百三十三条之一,
 * 第二章, 第一节, 第一编, （三）, 1., and 公文 levels 一、（一）1.（1）(GB/T 9704 §7.3.3).
 */
import { formatChineseNumeral } from './chinese-numerals.js';

export type NumberedUnit = 'part' | 'subpart' | 'chapter' | 'section' | 'article';

const UNIT_WORD: Record<NumberedUnit, string> = {
  part: '编',
  subpart: '分编',
  chapter: '章',
  section: '节',
  article: '条',
};

/** 第十条, 第一百三十三条之一, 第二章 … */
export function unitLabel(unit: NumberedUnit, ordinal: number, suffix?: number): string {
  const base = `第${formatChineseNumeral(ordinal)}${UNIT_WORD[unit]}`;
  return suffix ? `${base}之${formatChineseNumeral(suffix)}` : base;
}

export const articleLabel = (ordinal: number, suffix?: number): string => unitLabel('article', ordinal, suffix);

/** 项 label: （三）. */
export const itemLabel = (ordinal: number): string => `（${formatChineseNumeral(ordinal)}）`;

/** 目 label: 3. */
export const subitemLabel = (ordinal: number): string => `${ordinal}.`;

/** 款 in references: 第二款. */
export const paragraphLabel = (ordinal: number): string => `第${formatChineseNumeral(ordinal)}款`;

/** 公文 level labels by depth (GB/T 9704 §7.3.3). */
export function levelLabel(depth: 1 | 2 | 3 | 4, ordinal: number): string {
  switch (depth) {
    case 1:
      return `${formatChineseNumeral(ordinal)}、`;
    case 2:
      return `（${formatChineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}
