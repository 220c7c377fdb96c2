/**
 * `regdoc build --to pdf`: the legal tree rendered by src/render/pdf in GB/T 9704 layout, printed
 * with pdfmake 0.3.11 and the fonts resolved here at the edge (licensed fonts when installed or
 * configured, npm stand-ins otherwise). The same input gives the same bytes: the info dates come
 * from the document, pdfkit's file id is a hash of the info, and its subset tags follow the font order.
 * Lazily imported by the build command; fonts and pdfmake are cached per process for batches.
 */
import { createHash } from 'node:crypto';
import { buildPdfDefinition } from '../../render/pdf/build-definition.js';
import { charactersByFamily } from '../../render/pdf/collect-characters.js';
import { FONT_ROLES, type FontPlan, type FontRole } from '../../render/pdf/font-plan.js';
import { lineBreakOpportunities, preloadPdfmake, printPdf, type FontBytes } from '../../render/pdf/print-pdf.js';
import type { TextMeasure } from '../../render/pdf/text-measure.js';
import { loadFontkit } from '../fonts/fontkit-types.js';
import { prefetchFonts, resolveFonts } from '../fonts/resolve-fonts.js';
import type { OutputTarget } from './output-target.js';

export const pdfTarget: OutputTarget = {
  format: 'pdf',
  extension: 'pdf',
  warmUp({ theme, config }) {
    // The roles nearly every document prints: 小标宋 title, 仿宋 text, 黑体 article labels, 楷体 题注.
    prefetchFonts(['title', 'body', 'heading', 'kai'], theme, config);
  },
  async render(document, context) {
    const { theme, config } = context;
    const options = { theme, city: config.city };
    // First pass: which roles the document uses and which characters each prints.
    const draft = buildPdfDefinition(document.tree, { ...options, rolesOnly: true });
    const characters = charactersByFamily(draft.definition);
    const roles = FONT_ROLES.filter((role) => draft.roles.has(role));
    const perRole: Partial<Record<FontRole, Set<number>>> = Object.fromEntries(roles.map((role) => [role, characters.get(role) ?? new Set()]));
    // Before pdfkit is loaded, so that it opens each font through the shared fontkit (opened once).
    loadFontkit();
    const fontsPromise = resolveFonts(roles, perRole, theme, config, context.notice);
    preloadPdfmake();
    const resolved = await fontsPromise;

    const plan = Object.fromEntries(
      FONT_ROLES.map((role) => [role, resolved[role] ?? resolved.body ?? Object.values(resolved)[0]]),
    ) as unknown as FontPlan;
    const byFamily = new Map(Object.values(resolved).map((font) => [font.family, font]));
    const measure: TextMeasure = {
      advance: (family, codePoint) => byFamily.get(family)?.advance(codePoint) ?? 1,
      breaks: lineBreakOpportunities,
    };
    const { definition } = buildPdfDefinition(document.tree, { ...options, plan, measure });
    // A digest of the source in the info dictionary makes pdfkit's file id differ between documents.
    (definition.info as Record<string, unknown>).sourceDigest = createHash('sha256').update(document.source).digest('hex').slice(0, 32);
    const fonts: Record<string, FontBytes> = {};
    for (const role of roles) {
      const font = resolved[role]!;
      fonts[font.family] = { bytes: font.bytes, postscriptName: font.postscriptName };
    }
    return printPdf(definition, fonts);
  },
};
