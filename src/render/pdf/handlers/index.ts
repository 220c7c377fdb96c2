/**
 * The handler table: one function per node type of the legal tree (src/tree/types.ts), each turning
 * a node into pdfmake content. Containers render their children back through this table.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { LegalNode, LegalNodeType } from '../../../tree/types.js';
import type { PdfContext } from '../context.js';
import { renderArticle } from './article.js';
import { renderClause } from './clause.js';
import { renderDivision } from './division.js';
import { renderNote, renderTitle, renderUnknown } from './front-matter-blocks.js';
import { renderItem, renderSubitem } from './item.js';
import { renderLevel } from './level.js';
import { renderParagraph } from './paragraph.js';
import { renderSignatures } from './signatures.js';
import { renderTable } from './table.js';
import { renderToc } from './toc.js';
import { bodyParagraph } from './paragraph.js';
import { inlineContent } from '../inline.js';

export type Handler<T extends LegalNodeType> = (node: Extract<LegalNode, { type: T }>, ctx: PdfContext) => Content[];
export type HandlerTable = { [T in LegalNodeType]?: Handler<T> };

export const handlers: HandlerTable = {
  part: renderDivision,
  subpart: renderDivision,
  chapter: renderDivision,
  section: renderDivision,
  article: renderArticle,
  paragraph: (node, ctx) => renderParagraph(node, ctx),
  item: renderItem,
  subitem: renderSubitem,
  level: renderLevel,
  clause: renderClause,
  table: renderTable,
  title: renderTitle,
  note: renderNote,
  toc: renderToc,
  signatures: renderSignatures,
  unknown: renderUnknown,
  // Inline nodes met where a block is expected still print.
  text: (node, ctx) => [bodyParagraph(ctx, inlineContent([node]))],
  reference: (node, ctx) => [bodyParagraph(ctx, inlineContent([node]))],
};
