/**
 * A readable outline of the legal tree (for `regdoc inspect`): one line per 编/分编/章/节/条 and per
 * block, labels in Chinese, and the counts of 编、分编、章、节、条、款、项、目 at the end.
 */
import type { Node } from 'unist';
import type { LegalNode, Root } from './types.js';
import { inlineText } from './query.js';

const PREVIEW = 24;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? flat.slice(0, PREVIEW) + '…' : flat;
}

export interface StructureCounts {
  part: number;
  subpart: number;
  chapter: number;
  section: number;
  article: number;
  paragraph: number;
  item: number;
  subitem: number;
  /** 公文 levels (一、（一）1.（1）) and contract clauses. */
  level: number;
  clause: number;
}

/** Counts of the numbered units; 款 counts only paragraphs inside articles. */
export function countStructure(root: Root): StructureCounts {
  const counts: StructureCounts = { part: 0, subpart: 0, chapter: 0, section: 0, article: 0, paragraph: 0, item: 0, subitem: 0, level: 0, clause: 0 };
  const visit = (node: Node, inArticle: boolean) => {
    const type = node.type as keyof StructureCounts;
    if (type in counts && (type !== 'paragraph' || inArticle)) counts[type]++;
    if ('children' in node && Array.isArray(node.children)) {
      for (const child of node.children as Node[]) visit(child, inArticle || node.type === 'article');
    }
  };
  visit(root, false);
  return counts;
}

export function formatCounts(c: StructureCounts): string {
  const extra = [c.level ? `${c.level} 个层次` : '', c.clause ? `${c.clause} 个合同条款` : ''].filter(Boolean);
  return `共 ${c.part} 编、${c.subpart} 分编、${c.chapter} 章、${c.section} 节、${c.article} 条、${c.paragraph} 款、${c.item} 项、${c.subitem} 目${extra.map((e) => '、' + e).join('')}`;
}

/** The outline as lines of text (indent two spaces per level). */
export function formatOutline(root: Root): string[] {
  const lines: string[] = [];
  const at = (node: Node) => (node.position ? `  [${node.position.start.line}]` : '');
  const walk = (node: LegalNode, depth: number) => {
    const pad = '  '.repeat(depth);
    switch (node.type) {
      case 'root':
        for (const child of node.children) walk(child, depth);
        return;
      case 'title':
        lines.push(`${pad}标题  ${node.value}${at(node)}`);
        return;
      case 'note':
        lines.push(`${pad}题注  ${preview(node.value)}${at(node)}`);
        return;
      case 'toc':
        lines.push(`${pad}目录  ${node.children.length} 项${at(node)}`);
        return;
      case 'part':
      case 'subpart':
      case 'chapter':
      case 'section':
        lines.push(`${pad}${node.num || '（无序号）'}${node.heading ? ' ' + node.heading : ''}${at(node)}`);
        for (const child of node.children) walk(child as LegalNode, depth + 1);
        return;
      case 'article': {
        const paragraphs = node.children.length;
        let items = 0;
        for (const p of node.children) for (const c of p.children) if (c.type === 'item') items++;
        const shape = [`${paragraphs} 款`, items ? `${items} 项` : ''].filter(Boolean).join(' ');
        const heading = node.heading ? `（${node.heading}）` : '';
        lines.push(`${pad}${node.num}${heading}  [${shape}]  ${preview(inlineText(node))}${at(node)}`);
        return;
      }
      case 'level':
        lines.push(`${pad}${node.num}${node.heading ?? ''}${node.heading ? '' : '  ' + preview(inlineText(node))}${at(node)}`);
        for (const child of node.children) if (child.type === 'level') walk(child, depth + 1);
        return;
      case 'clause':
        lines.push(`${pad}${node.num} ${node.heading ?? preview(inlineText(node))}${at(node)}`);
        for (const child of node.children) if (child.type === 'clause') walk(child, depth + 1);
        return;
      case 'paragraph':
        lines.push(`${pad}段落  ${preview(inlineText(node))}${at(node)}`);
        return;
      case 'table':
        lines.push(`${pad}表格  ${node.children.length} 行${at(node)}`);
        return;
      case 'signatures':
        lines.push(`${pad}签署栏  ${node.parties.map((p) => p.role).join('、')}${at(node)}`);
        return;
      case 'unknown':
        lines.push(`${pad}未识别  ${preview(node.value)}${at(node)}`);
        return;
      default:
        return;
    }
  };
  walk(root, 0);
  lines.push(formatCounts(countStructure(root)));
  return lines;
}
