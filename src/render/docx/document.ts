/**
 * Legal tree → `docx` Document in GB/T 9704-2012 layout: A4, margins 37/35/28/26 mm (§5.2.1), 22 lines ×
 * 28 characters of 3号仿宋 (§5.2.2) encoded as a `lines` grid of 579 twips plus a Normal style with
 * −0.3 pt tracking (the encoding LibreOffice renders as 22 × 28; rendering-notes §2, §7.3–7.4), and page
 * numbers “— N —” in 4号宋体, odd pages right and even pages left, one 字 in (§7.5).
 * Pure: no I/O, no clock.
 */
import { Document, Paragraph } from 'docx';
import type { Root, Title } from '../../tree/types.js';
import { documentTitle } from '../../tree/query.js';
import { gbt9704Theme, type Theme } from '../theme.js';
import { buildWrapperModel } from '../wrapper-model.js';
import { OFF_GRID_STYLE, renderBlock, titleBlocks, type BodyNode, type DocxBlock } from './handlers.js';
import { emptyLine } from './paragraphs.js';
import { createState, fontOf, halfPoints, LANGUAGE, type DocxState } from './state.js';
import { gbtSectionProperties, pageNumberFooters } from './page-setup.js';
import { tocBlocks } from './toc.js';
import { colophonBlocks, wrapperHead } from './wrapper.js';

export interface DocxRenderOptions {
  theme?: Theme;
  /** City from regdoc.config.yaml, for default organ names in wrappers. */
  city?: string;
}

/** Typed out of docx's style options but written by its paragraph-properties class: `<w:widowControl w:val="false"/>`. */
const NO_WIDOW_CONTROL = { widowControl: false } as Record<string, unknown>;


/** The regulation text itself: title, 题注, computed 目录, body; `newPage` starts it on a new page. */
function regulationBlocks(state: DocxState, tree: Root, title: string, newPage = false): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const body = tree.children as BodyNode[];
  let index = 0;
  const titleNode = body.find((node): node is Title => node.type === 'title');
  // The page break rides on the title itself, so the new page does not start with an empty line.
  if (title || titleNode) blocks.push(...titleBlocks(state, titleNode?.value ?? title, { pageBreakBefore: newPage }));
  else if (newPage) blocks.push(new Paragraph({ children: [], pageBreakBefore: true }));
  // Title and 题注 lines at the head, then an empty line, the 目录 and the text.
  while (index < body.length && (body[index].type === 'title' || body[index].type === 'note')) {
    if (body[index].type === 'note') blocks.push(...renderBlock(body[index], state));
    index++;
  }
  blocks.push(emptyLine(), ...tocBlocks(state, tree));
  for (; index < body.length; index++) blocks.push(...renderBlock(body[index], state));
  return blocks;
}

export function buildDocxDocument(tree: Root, options: DocxRenderOptions = {}): Document {
  const theme = options.theme ?? gbt9704Theme;
  const state = createState(theme, tree.meta?.doctype);
  const title = documentTitle(tree);
  const wrapper = buildWrapperModel({ meta: tree.meta ?? {}, title, city: options.city });

  const children: DocxBlock[] = [];
  if (wrapper) {
    children.push(...wrapperHead(state, wrapper));
    children.push(...regulationBlocks(state, tree, title, wrapper.textOnNewPage));
    if (wrapper.colophon) children.push(...colophonBlocks(state, wrapper.colophon));
  } else {
    children.push(...regulationBlocks(state, tree, title));
  }

  const bodyRun = {
    font: fontOf(theme, 'body'),
    size: halfPoints(theme.sizes.body),
    characterSpacing: -6,
    language: LANGUAGE,
  };
  return new Document({
    creator: 'regdoc',
    title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: bodyRun, paragraph: NO_WIDOW_CONTROL } },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          run: bodyRun,
          // Widow/orphan control off, so that every full page holds its 22 lines (rendering-notes §2).
          paragraph: NO_WIDOW_CONTROL,
        },
        {
          id: OFF_GRID_STYLE,
          name: 'Regdoc Off Grid',
          basedOn: 'Normal',
          next: 'Normal',
          // Written by pack.ts: <w:snapToGrid w:val="0"/>; an empty pPr is added here to receive it.
          paragraph: { keepLines: true },
        },
      ],
    },
    sections: [
      {
        properties: gbtSectionProperties(state),
        footers: pageNumberFooters(state),
        children,
      },
    ],
  });
}
