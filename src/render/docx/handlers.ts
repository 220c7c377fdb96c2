/**
 * One handler per node type of the legal tree (the mdast-util-to-hast idiom): node + state → docx blocks.
 * Layout of the standalone regulation text follows standards.md §2.3 (章 centred, two-character names
 * spaced to four; 第X条 in 3号黑体 + U+3000; 款/项/目 as indented paragraphs), 公文 levels follow
 * GB/T 9704 §7.3.3 (一、黑体 /（一）楷体 / 1. /（1）仿宋).
 */
import {
  LineRuleType,
  Paragraph,
  Table,
  TextRun,
  Textbox,
  type ParagraphChild,
} from 'docx';
import type {
  Article,
  Block as TreeBlock,
  Chapter,
  Clause,
  Division,
  Inline,
  Item,
  Level,
  Note,
  Paragraph as TreeParagraph,
  Part,
  Section,
  Signatures,
  Subitem,
  Subpart,
  Table as TreeTable,
  Title,
  Unknown,
} from '../../tree/types.js';
import { inlineRuns, inlineText, runOptions, textRun, textRuns, type RunStyle } from './inline.js';
import { centred, indented } from './paragraphs.js';
import type { DocxState, FontRole } from './state.js';
import { ptToTwips } from '../theme.js';
import { breakTitle } from './title-lines.js';
import { renderSignatures } from './signatures.js';
import { renderTable } from './table.js';

export type DocxBlock = Paragraph | Table | Textbox;
export type BodyNode = Division | Article | TreeBlock;

export type Handler<N> = (node: N, state: DocxState) => DocxBlock[];

export interface Handlers {
  part: Handler<Part>;
  subpart: Handler<Subpart>;
  chapter: Handler<Chapter>;
  section: Handler<Section>;
  article: Handler<Article>;
  clause: Handler<Clause>;
  paragraph: Handler<TreeParagraph>;
  level: Handler<Level>;
  table: Handler<TreeTable>;
  title: Handler<Title>;
  note: Handler<Note>;
  /** The source 目录 is not printed: the renderer prints one computed from the headings (see toc.ts). */
  toc: Handler<TreeBlock>;
  signatures: Handler<Signatures>;
  unknown: Handler<Unknown>;
}

const isInline = (node: { type: string }): node is Inline => node.type === 'text' || node.type === 'reference';

/** Two-character names are spaced to four characters' width: 总则 → 总　　则. */
export function spacedHeading(heading: string, spaceTwo = true): string {
  const bare = heading.replace(/[\s\u3000]+/g, '');
  return spaceTwo && [...bare].length === 2 ? [...bare].join('\u3000\u3000') : bare;
}

/** `第一章　总　　则`; an unnumbered 附则 has no label. */
export function divisionLine(state: DocxState, node: { num: string; heading: string }): string {
  const heading = spacedHeading(node.heading, state.theme.spaceTwoCharHeadings);
  return node.num ? (heading ? `${node.num}\u3000${heading}` : node.num) : heading;
}

function divisionHeading(state: DocxState, node: { num: string; heading: string }, role: FontRole): Paragraph {
  // keepNext: a heading never ends a page on its own.
  return centred([textRun(state, divisionLine(state, node), { role })], { keepNext: true });
}

function children(nodes: readonly BodyNode[], state: DocxState): DocxBlock[] {
  return nodes.flatMap((node) => renderBlock(node, state));
}

/** Inline runs followed by the item paragraphs of a 款 or free paragraph. */
function splitParagraph(node: TreeParagraph): { inline: Inline[]; items: Item[] } {
  const inline: Inline[] = [];
  const items: Item[] = [];
  for (const child of node.children) (isInline(child) ? inline : items).push(child as never);
  return { inline, items };
}

function itemBlocks(state: DocxState, items: readonly Item[]): Paragraph[] {
  return items.flatMap((item) => {
    const inline = item.children.filter(isInline);
    const subitems = item.children.filter((c): c is Subitem => c.type === 'subitem');
    return [
      indented(state, [textRun(state, item.num), ...inlineRuns(state, inline)]),
      ...subitems.map((sub) => indented(state, [textRun(state, sub.num), ...inlineRuns(state, sub.children)])),
    ];
  });
}

/** A paragraph whose inline text follows `lead` runs (条 label, level label), then its 项. */
function leadParagraph(state: DocxState, lead: ParagraphChild[], paragraph: TreeParagraph | undefined, style?: RunStyle): Paragraph[] {
  if (!paragraph) return [indented(state, lead)];
  const { inline, items } = splitParagraph(paragraph);
  return [indented(state, [...lead, ...inlineRuns(state, inline, style)]), ...itemBlocks(state, items)];
}

const LEVEL_ROLE: Record<Level['depth'], FontRole> = { 1: 'heading', 2: 'kai', 3: 'body', 4: 'body' };

export const handlers: Handlers = {
  part: (node, state) => [divisionHeading(state, node, 'heading'), ...children(node.children, state)],
  subpart: (node, state) => [divisionHeading(state, node, 'heading'), ...children(node.children, state)],
  chapter: (node, state) => [divisionHeading(state, node, 'heading'), ...children(node.children, state)],
  section: (node, state) => [divisionHeading(state, node, 'kai'), ...children(node.children, state)],

  article(node, state) {
    const heading = node.heading ? `（${node.heading}）` : '';
    // GB practice: one U+3000 after the label; a 条标题 may run straight into the text when written so.
    const gap = heading && node.separator === '' ? '' : '\u3000';
    const label = textRun(state, `${node.num}${heading}`, { role: 'heading' });
    const [first, ...rest] = node.children;
    return [
      ...leadParagraph(state, [label, ...(gap ? [textRun(state, gap)] : [])], first),
      ...rest.flatMap((paragraph) => handlers.paragraph(paragraph, state)),
    ];
  },

  clause(node, state) {
    const label = textRun(state, node.num, { role: 'heading', bold: true });
    const sub = node.children;
    if (node.heading) {
      return [
        indented(state, [label, textRun(state, '\u3000'), textRun(state, node.heading, { role: 'heading' })], { keepNext: true }),
        ...sub.flatMap((child) => renderBlock(child, state)),
      ];
    }
    const [first, ...rest] = sub;
    if (first?.type === 'paragraph') {
      return [...leadParagraph(state, [label, textRun(state, '\u3000')], first), ...rest.flatMap((c) => renderBlock(c, state))];
    }
    return [indented(state, [label]), ...sub.flatMap((c) => renderBlock(c, state))];
  },

  paragraph(node, state) {
    const { inline, items } = splitParagraph(node);
    return [...(inline.length ? [indented(state, inlineRuns(state, inline))] : []), ...itemBlocks(state, items)];
  },

  level(node, state) {
    const role = LEVEL_ROLE[node.depth];
    const label = textRun(state, node.num, { role });
    const blocks: DocxBlock[] = [];
    let rest = node.children as readonly BodyNode[];
    if (node.heading) {
      blocks.push(indented(state, [label, textRun(state, node.heading, { role })], { keepNext: true }));
    } else if (rest[0]?.type === 'paragraph') {
      const first = rest[0] as TreeParagraph;
      const { inline, items } = splitParagraph(first);
      const text = inlineText(inline);
      // A run-in heading “（一）指导思想。…” keeps the level's font up to its first 。 (GB/T 9704 §7.3.3 practice).
      const runIn = node.depth <= 2 ? /^[^。；，：！？]{1,20}。/.exec(text)?.[0] : undefined;
      if (runIn && runIn.length < text.length) {
        blocks.push(
          indented(state, [label, ...textRuns(state, runIn, { role }), ...textRuns(state, text.slice(runIn.length))]),
          ...itemBlocks(state, items),
        );
      } else {
        blocks.push(...leadParagraph(state, [label], first));
      }
      rest = rest.slice(1);
    } else {
      blocks.push(indented(state, [label]));
    }
    return [...blocks, ...children(rest, state)];
  },

  table: (node, state) => renderTable(node, state, OFF_GRID_STYLE),

  title: (node, state) => titleBlocks(state, node.value),
  note: (node, state) => [centred(textRuns(state, node.value, { role: 'kai' }))],
  toc: () => [],

  signatures: renderSignatures,

  // Kept verbatim, never dropped (the reader reported it).
  unknown: (node, state) => [indented(state, textRuns(state, node.value))],
};

/**
 * Paragraph style of lines that keep their own exact height instead of snapping to the 28.95 pt grid (titles,
 * 发文机关标志): LibreOffice and Word would give a 22 pt line two grid lines. Its `w:snapToGrid w:val="0"` is
 * written by pack.ts, as docx has no paragraph-level option for it.
 */
export const OFF_GRID_STYLE = 'RegdocOffGrid';

/** Title line height as a multiple of its size (practice: about 1.5 lines of 2号 between baselines). */
export const TITLE_LINE_FACTOR = 1.5;

/** How many lines a title is broken into (for page-fit estimates). */
export function titleLineCount(state: DocxState, title: string): number {
  return breakTitle(title, Math.floor(state.metrics.typeAreaWidthPt / state.theme.sizes.title)).length;
}

/** 2号小标宋, centred, broken into a 梯形 between words (GB/T 9704 §7.3.1). */
export function titleBlocks(state: DocxState, title: string, options: { color?: string; pageBreakBefore?: boolean } = {}): Paragraph[] {
  const { color } = options;
  const size = state.theme.sizes.title;
  const maxWidth = Math.floor(state.metrics.typeAreaWidthPt / size);
  const lines = breakTitle(title, maxWidth);
  const runs: ParagraphChild[] = lines.map((line, i) =>
    textRunWithBreak(state, line, i > 0, { role: 'title', size, characterSpacing: 0, color }),
  );
  // An exact line height keeps a multi-line 2号 title compact: on the 28.95 pt grid each 22 pt line would
  // otherwise take two grid lines.
  const line = ptToTwips(size * TITLE_LINE_FACTOR);
  return [
    centred(runs, {
      style: OFF_GRID_STYLE,
      keepNext: true,
      spacing: { line, lineRule: LineRuleType.EXACT },
      ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    }),
  ];
}

function textRunWithBreak(state: DocxState, text: string, breakBefore: boolean, style: RunStyle): TextRun {
  return new TextRun({ ...runOptions(state, style), text, ...(breakBefore ? { break: 1 } : {}) });
}

export function renderBlock(node: BodyNode, state: DocxState): DocxBlock[] {
  const handler = (handlers as unknown as Record<string, Handler<BodyNode> | undefined>)[node.type];
  if (!handler) return [indented(state, textRuns(state, `［未能排版的内容：${node.type}］`))];
  return handler(node, state);
}
