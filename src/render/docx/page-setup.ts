/**
 * The page set-up every regdoc DOCX shares: A4 and margins 37/35/28/26 mm (GB/T 9704-2012 §5.2.1), the
 * 22-line grid of 579 twips (§5.2.2), and page numbers “— N —” in 4号宋体, 7 mm below the type area,
 * odd pages right and even pages left, one 字 in (§7.5). The Document must set evenAndOddHeaderAndFooters.
 */
import { AlignmentType, DocumentGridType, Footer, PageNumber, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import { mmToTwips, ptToTwips } from '../theme.js';
import { runOptions } from './inline.js';
import type { DocxState } from './state.js';

/**
 * The footer's distance from the page's bottom edge. The standard puts the 一字线 of the page number 7 mm
 * under the type area; the dash sits about 0.65 em above the bottom of a 4号 line (measured with LibreOffice).
 */
const DASH_ABOVE_LINE_BOTTOM_EM = 0.65;

export function gbtSectionProperties(state: DocxState): ISectionPropertiesOptions {
  const { theme } = state;
  const { margins, page } = theme;
  const footer = mmToTwips(margins.bottomMm - theme.pageNumberGapMm) - ptToTwips(theme.sizes.pageNumber * DASH_ABOVE_LINE_BOTTOM_EM);
  return {
    page: {
      size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm) },
      margin: {
        top: mmToTwips(margins.topMm),
        bottom: mmToTwips(margins.bottomMm),
        left: mmToTwips(margins.leftMm),
        right: mmToTwips(margins.rightMm),
        footer,
        header: mmToTwips(15),
        gutter: 0,
      },
    },
    grid: { type: DocumentGridType.LINES, linePitch: state.metrics.linePitchTwips },
  };
}

function pageNumberFooter(state: DocxState, odd: boolean): Footer {
  const { theme } = state;
  const style = { role: 'song' as const, size: theme.sizes.pageNumber, latinInRole: true, characterSpacing: 0 };
  const one = ptToTwips(theme.sizes.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: one } : { left: one },
        children: [
          new TextRun({ ...runOptions(state, style), text: '— ' }),
          new TextRun({ ...runOptions(state, style), children: [PageNumber.CURRENT] }),
          new TextRun({ ...runOptions(state, style), text: ' —' }),
        ],
      }),
    ],
  });
}

export function pageNumberFooters(state: DocxState): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(state, true), even: pageNumberFooter(state, false) };
}
