/**
 * Which font family each typographic role uses in the PDF, and its vertical metrics. The roles are
 * those of GB/T 9704 (§7.2.4 小标宋 标志/标题, §5.2.2 仿宋 正文, §7.3.3 黑体/楷体 层次, §7.5 宋体 页码).
 * Decided at the edge (src/cli/fonts) and passed in, so the renderer stays pure.
 */
import type { ThemeFonts } from '../theme.js';

export type FontRole = Exclude<keyof ThemeFonts, 'latin'>;

export const FONT_ROLES: readonly FontRole[] = ['title', 'body', 'heading', 'kai', 'song'];

export interface PlannedFont {
  /** pdfmake family name; roles whose fonts are one file share it, so the file is embedded once. */
  family: string;
  /** (hhea ascent − descent) / unitsPerEm: pdfmake's line box is this × font size × lineHeight. */
  lineRatio: number;
}

export type FontPlan = Record<FontRole, PlannedFont>;

/** A plan with one family per role and typical CJK metrics; used to learn which roles a document needs. */
export const provisionalFontPlan: FontPlan = Object.fromEntries(
  FONT_ROLES.map((role) => [role, { family: role, lineRatio: 1.448 }]),
) as FontPlan;
