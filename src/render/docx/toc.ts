/**
 * The 目录, computed from the headings rather than copied from the source (立法技术规范（试行）（一）1·2:
 * “法律设章、节的，在正文前须列‘目录’…条、款、项、目不列入目录中”; standards §2.3): `目　　录` centred,
 * then one line per 编/分编/章/节, each level two 字 further in.
 */
import { Paragraph } from 'docx';
import type { Root } from '../../tree/types.js';
import { divisionLine, type BodyNode } from './handlers.js';
import { textRun } from './inline.js';
import { centred, emptyLine } from './paragraphs.js';
import type { DocxState } from './state.js';

export interface TocLine {
  depth: number;
  text: string;
}

const DIVISIONS = new Set(['part', 'subpart', 'chapter', 'section']);

export function tocLines(state: DocxState, root: Root): TocLine[] {
  const lines: TocLine[] = [];
  const walk = (nodes: readonly BodyNode[], depth: number) => {
    for (const node of nodes) {
      if (!DIVISIONS.has(node.type)) continue;
      const division = node as Extract<BodyNode, { heading: string; num: string; children: unknown[] }>;
      lines.push({ depth, text: divisionLine(state, division) });
      walk(division.children as BodyNode[], depth + 1);
    }
  };
  walk(root.children, 0);
  return lines;
}

/** Printed only when the text has 章 (or 编); a text divided into nothing but articles has no 目录. */
export function tocBlocks(state: DocxState, root: Root): Paragraph[] {
  const lines = tocLines(state, root);
  if (!lines.some((line) => line.depth === 0)) return [];
  return [
    centred([textRun(state, '目\u3000\u3000录', { role: 'heading' })]),
    ...lines.map(
      (line) =>
        new Paragraph({
          children: [textRun(state, line.text)],
          indent: { left: state.charTwips * 2 * (line.depth + 1) },
        }),
    ),
    emptyLine(),
  ];
}
