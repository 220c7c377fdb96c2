/**
 * The one page theme read by every renderer (DOCX, PDF, HTML): GB/T 9704-2012 §5.2 (A4, 版心
 * 156 mm × 225 mm, 天头 37 mm, 订口 28 mm), §5.2.2 (22 行 × 28 字, 3号仿宋), §7.5 (页码 4号宋体
 * “— 1 —”, 7 mm below the type area), §7.2.4/§7.2.6 (红头, 红色分隔线 4 mm under the 发文字号),
 * §7.4.1 (版记 lines 0.35/0.25 mm), §10.2 (命令格式 20 mm), and standards.md §2.3 for the regulation text.
 * Values are overridable through `theme:` in regdoc.config.yaml (see mergeTheme).
 */

/** Font roles; the names are what Word/WPS users have installed (仿宋_GB2312 …). */
export interface ThemeFonts {
  /** 标题, 发文机关标志: 方正小标宋简体 */
  title: string;
  /** 正文: 仿宋_GB2312 */
  body: string;
  /** 第X条 label, 一级标题: 黑体 */
  heading: string;
  /** 题注, 二级标题: 楷体_GB2312 */
  kai: string;
  /** 页码: 宋体 */
  song: string;
  /** Latin letters and Arabic digits */
  latin: string;
}

export interface Theme {
  page: { widthMm: number; heightMm: number };
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  grid: { linesPerPage: number; charsPerLine: number };
  /** Sizes in points (字号: 二号 22, 三号 16, 四号 14). */
  sizes: { title: number; body: number; pageNumber: number; colophon: number; organMark: number; tableBody: number };
  fonts: ThemeFonts;
  colors: { red: string; text: string };
  /** Distance from the type area's bottom edge to the 一字线 of the page number. */
  pageNumberGapMm: number;
  /** Top of the 发文机关标志 below the type area's top edge: 35 mm (文件格式), 20 mm (命令格式). */
  organMarkOffsetMm: { notice: number; order: number };
  /** Red separator 4 mm below the 发文字号 (§7.2.6); its thickness is not fixed by the standard. */
  redRule: { gapMm: number; widthPt: number };
  /** 版记 lines: thick 0.35 mm, thin 0.25 mm (§7.4.1). */
  colophonRules: { thickMm: number; thinMm: number };
  /** First-line indent of a body paragraph, in characters (§7.3.3: 每个自然段左空二字). */
  indentChars: number;
  /** Chapter names of two characters are spaced to four-character width (总　　则). */
  spaceTwoCharHeadings: boolean;
}

export const gbt9704Theme: Theme = {
  page: { widthMm: 210, heightMm: 297 },
  margins: { topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 },
  grid: { linesPerPage: 22, charsPerLine: 28 },
  sizes: { title: 22, body: 16, pageNumber: 14, colophon: 14, organMark: 36, tableBody: 12 },
  fonts: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading: '黑体',
    kai: '楷体_GB2312',
    song: '宋体',
    latin: 'Times New Roman',
  },
  colors: { red: 'FF0000', text: '000000' },
  pageNumberGapMm: 7,
  organMarkOffsetMm: { notice: 35, order: 20 },
  redRule: { gapMm: 4, widthPt: 1.5 },
  colophonRules: { thickMm: 0.35, thinMm: 0.25 },
  indentChars: 2,
  spaceTwoCharHeadings: true,
};

/** Derived measures every renderer needs, so none recomputes them differently. */
export interface ThemeMetrics {
  pageWidthPt: number;
  pageHeightPt: number;
  marginsPt: { top: number; bottom: number; left: number; right: number };
  typeAreaWidthPt: number;
  typeAreaHeightPt: number;
  /** 225 mm / 22 = 28.99 pt; DOCX uses 579 twips (28.95 pt) so 22 lines fit. */
  linePitchPt: number;
  linePitchTwips: number;
  /** 156 mm / 28 = 15.79 pt. */
  charPitchPt: number;
  /** charPitch − body size: −0.21 pt of tracking to fit 28 characters of 16 pt. */
  characterSpacingPt: number;
}

export const MM_TO_PT = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * MM_TO_PT;
export const mmToTwips = (mm: number): number => Math.round(mm * MM_TO_PT * 20);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

export function themeMetrics(theme: Theme): ThemeMetrics {
  const typeAreaWidthPt = mmToPt(theme.page.widthMm - theme.margins.leftMm - theme.margins.rightMm);
  const typeAreaHeightPt = mmToPt(theme.page.heightMm - theme.margins.topMm - theme.margins.bottomMm);
  // Word stores line pitch in whole twips; round down so that 22 lines never overflow the type area.
  const linePitchTwips = Math.floor((typeAreaHeightPt * 20) / theme.grid.linesPerPage);
  const charPitchPt = typeAreaWidthPt / theme.grid.charsPerLine;
  return {
    pageWidthPt: mmToPt(theme.page.widthMm),
    pageHeightPt: mmToPt(theme.page.heightMm),
    marginsPt: {
      top: mmToPt(theme.margins.topMm),
      bottom: mmToPt(theme.margins.bottomMm),
      left: mmToPt(theme.margins.leftMm),
      right: mmToPt(theme.margins.rightMm),
    },
    typeAreaWidthPt,
    typeAreaHeightPt,
    linePitchPt: linePitchTwips / 20,
    linePitchTwips,
    charPitchPt,
    characterSpacingPt: charPitchPt - theme.sizes.body,
  };
}

/** Applies `theme:` overrides from regdoc.config.yaml (nested objects merge key by key). */
export function mergeTheme(base: Theme, overrides: Record<string, unknown> | undefined): Theme {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = (base as unknown as Record<string, unknown>)[key];
    merged[key] =
      current && typeof current === 'object' && value && typeof value === 'object'
        ? { ...(current as object), ...(value as object) }
        : value;
  }
  return merged as unknown as Theme;
}
