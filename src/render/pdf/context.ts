/**
 * What every PDF handler needs: the GB/T 9704 theme and its derived metrics (src/render/theme.ts),
 * the font plan, and helpers that put text on the 28.95 pt line grid (rendering-notes §4: pdfmake's
 * line box is the font's hhea height × size × lineHeight, so lineHeight is set per font and size).
 */
import type { Content } from 'pdfmake/interfaces.js';
import { themeMetrics, type Theme, type ThemeMetrics } from '../theme.js';
import type { FontPlan, FontRole } from './font-plan.js';
import type { Root } from '../../tree/types.js';
import { lineNodes, type LineOptions, type ResolvedInline } from './line-breaking.js';
import type { PdfInline } from './inline.js';
import type { TextMeasure } from './text-measure.js';

/** A pdfmake inline or paragraph style: the properties regdoc sets on text. */
export interface TextStyle {
  font: string;
  fontSize: number;
  lineHeight: number;
  characterSpacing: number;
}

export interface PdfContext {
  theme: Theme;
  metrics: ThemeMetrics;
  plan: FontPlan;
  measure: TextMeasure;
  root: Root;
  /** Roles the document has used so far (the edge loads only these fonts). */
  roles: Set<FontRole>;
  /** False in the first pass, whose lines are not used (PdfBuildOptions.rolesOnly). */
  breakLines: boolean;
  /** Renders child nodes through the handler table. */
  render(nodes: readonly unknown[]): Content[];
}

export function createContext(root: Root, theme: Theme, plan: FontPlan, measure: TextMeasure, render: PdfContext['render']): PdfContext {
  return { theme, metrics: themeMetrics(theme), plan, measure, root, roles: new Set(), breakLines: true, render };
}

/**
 * A block of text broken into lines here (line-breaking.ts): inline styles complete `base`, and the
 * lines fill the type area (less the given indents).
 */
export function textBlock(
  ctx: PdfContext,
  inlines: PdfInline[],
  base: TextStyle,
  options: Partial<LineOptions> & Pick<LineOptions, 'alignment'>,
): Content {
  const runs = inlines.map((inline) => ({ ...base, ...inline }) as ResolvedInline);
  if (!ctx.breakLines) return { text: runs };
  return { stack: lineNodes(runs, ctx.measure, { width: ctx.metrics.typeAreaWidthPt, ...options }) };
}

/** Line box height of a role at a size, made equal to `pitch` (the body line pitch unless told). */
export function textStyle(ctx: PdfContext, role: FontRole, size = ctx.theme.sizes.body, pitch = ctx.metrics.linePitchPt): TextStyle {
  ctx.roles.add(role);
  const planned = ctx.plan[role];
  return {
    font: planned.family,
    fontSize: size,
    lineHeight: pitch / (size * planned.lineRatio),
    // 28 characters per 156 mm line: the same tracking for every full-width character of body size.
    characterSpacing: size === ctx.theme.sizes.body ? ctx.metrics.characterSpacingPt : 0,
  };
}

/** Width of `chars` body characters (一字 = one character pitch of the 28-字 line). */
export const chars = (ctx: PdfContext, count: number): number => count * ctx.metrics.charPitchPt;

/** Vertical space of `lines` body lines. */
export const lines = (ctx: PdfContext, count: number): number => count * ctx.metrics.linePitchPt;

/**
 * Distance from the top of a line box to the top of its characters' em box. pdfmake puts the baseline
 * one hhea ascent below the line top, and the stand-in fonts carry the ideographic em box (0.88 / −0.12 em)
 * as hhea metrics (src/cli/fonts/subset-font.ts), so the em box starts at the line top; licensed fonts
 * (ascent about 0.86 em) differ by a fraction of a point.
 */
export const emBoxTop = (_lineBoxPt: number, _size: number): number => 0;
