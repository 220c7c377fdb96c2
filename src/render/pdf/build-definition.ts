/**
 * Legal tree → pdfmake document definition (pure data, no I/O) in GB/T 9704-2012 layout: A4, 版心
 * 156 × 225 mm at 37/28 mm (§5.2.1), 22 lines of 28 characters in 3号仿宋 (§5.2.2, line pitch 28.95 pt as
 * in the DOCX), page numbers (§7.5), and, when the front matter asks for one, the 印发通知 / 政府令 wrapper
 * (§7.2–§7.4, §10.2). Fonts are named through a FontPlan decided at the edge.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Theme } from '../theme.js';
import { buildWrapperModel, wrapperOf } from '../wrapper-model.js';
import type { LegalNode, Root, Title } from '../../tree/types.js';
import { documentTitle } from '../../tree/query.js';
import { createContext, lines, textStyle, type PdfContext } from './context.js';
import { provisionalFontPlan, type FontPlan, type FontRole } from './font-plan.js';
import { pageNumberFooter } from './footer.js';
import { handlers, type Handler } from './handlers/index.js';
import { generatedToc } from './handlers/toc.js';
import { colophonContent, colophonHeight, wrapperContent } from './wrapper.js';
import { approximateMeasure, type TextMeasure } from './text-measure.js';

export interface PdfBuildOptions {
  theme: Theme;
  /** Font families and metrics per role; the provisional plan only serves to learn the roles used. */
  plan?: FontPlan;
  /** Advance widths and break opportunities of the planned fonts (approximate for the first pass). */
  measure?: TextMeasure;
  /** City name from regdoc.config.yaml, for the wrapper's default organ names. */
  city?: string;
  /**
   * The first pass, which only learns the roles and characters (to choose the fonts): text is left
   * unbroken, one node per block, since its lines are not used.
   */
  rolesOnly?: boolean;
}

export interface PdfBuild {
  definition: TDocumentDefinitions;
  /** Font roles the document uses: the edge loads only these. */
  roles: Set<FontRole>;
}

/** A fixed date for the PDF's info dictionary, so that the same input gives the same bytes. */
export function documentDate(root: Root): Date {
  const iso = root.meta?.dates?.published ?? wrapperOf(root.meta).fields.date ?? root.meta?.dates?.adopted ?? '2000-01-01';
  return new Date(`${iso}T00:00:00Z`);
}

function renderNodes(nodes: readonly unknown[], ctx: PdfContext): Content[] {
  const out: Content[] = [];
  for (const node of nodes as LegalNode[]) {
    const handler = handlers[node.type] as Handler<typeof node.type> | undefined;
    if (handler) out.push(...handler(node as never, ctx));
  }
  return out;
}

const FRONT = new Set(['title', 'note', 'toc']);

/** Title, 题注, then (after one empty line) the generated 目录 and the text. */
function documentBody(root: Root, ctx: PdfContext): Content[] {
  const out: Content[] = [];
  const hasTitle = root.children.some((child) => child.type === 'title');
  if (!hasTitle && root.meta?.title) out.push(...renderNodes([{ type: 'title', value: root.meta.title } satisfies Title], ctx));
  let frontDone = false;
  let previous: string | undefined = !hasTitle && root.meta?.title ? 'title' : undefined;
  for (const child of root.children) {
    if (!frontDone && !FRONT.has(child.type)) {
      frontDone = true;
      const toc = generatedToc(ctx);
      const blocks = [...toc, ...renderNodes([child], ctx)];
      if (out.length && blocks.length) blocks[0] = { stack: [blocks[0]], margin: [0, lines(ctx, 1), 0, 0] };
      if (toc.length && blocks.length > toc.length) {
        blocks[toc.length] = { stack: [blocks[toc.length]], margin: [0, lines(ctx, 1), 0, 0] };
      }
      out.push(...blocks);
      continue;
    }
    const blocks = renderNodes([child], ctx);
    // One empty line between the title and its 题注.
    if (child.type === 'note' && previous === 'title' && blocks.length) blocks[0] = { stack: [blocks[0]], margin: [0, lines(ctx, 1), 0, 0] };
    out.push(...blocks);
    previous = child.type;
  }
  return out;
}

export function buildPdfDefinition(root: Root, options: PdfBuildOptions): PdfBuild {
  const { theme } = options;
  const ctx = createContext(root, theme, options.plan ?? provisionalFontPlan, options.measure ?? approximateMeasure, (nodes) =>
    renderNodes(nodes, ctx),
  );
  ctx.breakLines = options.rolesOnly !== true;
  const { marginsPt, pageWidthPt, pageHeightPt } = ctx.metrics;
  const title = documentTitle(root);
  const wrapper = buildWrapperModel({ meta: root.meta ?? {}, title, city: options.city });

  const content: Content[] = [];
  if (wrapper) {
    content.push(...wrapperContent(wrapper, ctx));
    const text = documentBody(root, ctx);
    if (text.length && wrapper.textOnNewPage) text[0] = { stack: [text[0]], pageBreak: 'before' };
    content.push(...text);
    const room = colophonHeight(wrapper, ctx);
    // Keeps the last page's text clear of the 版记 drawn at the bottom of the type area.
    if (room > 0) content.push({ canvas: [{ type: 'rect', x: 0, y: 0, w: 1, h: room, lineColor: 'white', lineWidth: 0 }] });
  } else {
    content.push(...documentBody(root, ctx));
  }
  const colophon = wrapper ? colophonContent(wrapper, ctx) : undefined;

  const date = documentDate(root);
  const definition: TDocumentDefinitions = {
    pageSize: { width: pageWidthPt, height: pageHeightPt },
    pageMargins: [marginsPt.left, marginsPt.top, marginsPt.right, marginsPt.bottom],
    defaultStyle: { ...textStyle(ctx, 'body'), alignment: 'justify' },
    content,
    footer: pageNumberFooter(ctx, colophon ? (page, count) => (page === count ? colophon : undefined) : undefined),
    info: {
      title: title || undefined,
      creator: 'regdoc',
      producer: 'regdoc',
      creationDate: date,
      modDate: date,
    },
    language: 'zh-CN',
  };
  return { definition, roles: ctx.roles };
}
