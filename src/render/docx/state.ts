/**
 * What every DOCX handler needs while turning the legal tree into `docx` objects: the theme (GB/T 9704
 * numbers from src/render/theme.ts), its derived metrics, and run/paragraph helpers that put the font
 * of a role (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体; Latin in Times New Roman) and the
 * zh-CN language on every run (standards §1.7: set w:eastAsia explicitly on every run).
 */
import { themeMetrics, type Theme, type ThemeFonts, type ThemeMetrics } from '../theme.js';

export type FontRole = keyof ThemeFonts;

export interface DocxState {
  theme: Theme;
  metrics: ThemeMetrics;
  /** One body character (字) in twips: the character pitch of the 28-字 line. */
  charTwips: number;
  /** Body first-line indent of two 字: both the twips LibreOffice reads and the chars Word prefers (rendering-notes §7.5). */
  indent: { firstLine: number; firstLineChars: number };
  /** Genre word for self-references (办法 → 本办法); unused by layout, kept for handlers that need it. */
  doctype?: string;
}

export function createState(theme: Theme, doctype?: string): DocxState {
  const metrics = themeMetrics(theme);
  // The run's own width (16 pt + Normal's −0.3 pt tracking) is what LibreOffice advances per character.
  const charTwips = Math.round(theme.sizes.body * 20);
  return {
    theme,
    metrics,
    charTwips,
    indent: { firstLine: charTwips * theme.indentChars, firstLineChars: theme.indentChars * 100 },
    doctype,
  };
}

/** `font` value of a run for a role: the East-Asian face of the role, Latin in the theme's Latin face. */
export function fontOf(theme: Theme, role: FontRole, latinToo = false) {
  const eastAsia = theme.fonts[role];
  const latin = latinToo ? eastAsia : theme.fonts.latin;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' as const };
}

export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

/** Half-points for a size in points (w:sz). */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
