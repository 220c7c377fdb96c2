/** Helpers for the apply / decision tests: corpus triples and an article-by-article comparison. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../src/parse/index.js';
import { align } from '../../src/diff/align.js';
import { normalizeWidth } from '../../src/diff/normalize-width.js';
import { applyInstrument } from '../../src/diff/apply/index.js';
import { decisionDocument } from '../../src/diff/decision/index.js';
import type { Article, Item, Paragraph, Root } from '../../src/tree/types.js';

export const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const corpus = (name: string): string => readFileSync(join(CORPUS, name), 'utf8');
export const parse = (source: string, path = 'fixture.md'): Root => parseMarkdown(source, path).tree;

/** The ground-truth triples of corpus/MANIFEST.md. */
export const TRIPLES: Array<{ id: string; old: string; new: string; instrument: string }> = [
  ['T1', 'kuaiji-fa.2017.md', 'kuaiji-fa.2024.md', 'kuaiji-fa.2024.decision.md'],
  ['T2', 'duiwai-maoyi-fa.2016.md', 'duiwai-maoyi-fa.2022.md', 'duiwai-maoyi-fa.2022.decision.md'],
  ['T3', 'xingfa.2020.md', 'xingfa.2023.md', 'xingfa.2023.amendment-12.md'],
  ['T4', 'daolu-yunshu-tiaoli.2019.md', 'daolu-yunshu-tiaoli.2022.md', 'guowuyuan-xiugai-feizhi.2022.decision.md'],
  ['T5', 'baoan-fuwu-tiaoli.2020.md', 'baoan-fuwu-tiaoli.2022.md', 'guowuyuan-xiugai-feizhi.2022.decision.md'],
  ['T6', 'shangwang-fuwu-changsuo-tiaoli.2019.md', 'shangwang-fuwu-changsuo-tiaoli.2022.md', 'guowuyuan-xiugai-feizhi.2022.decision.md'],
  ['T7', 'jiliang-fa-shishi-xize.2018.md', 'jiliang-fa-shishi-xize.2022.md', 'guowuyuan-xiugai-feizhi.2022.decision.md'],
  ['T8', 'nongyao-tiaoli.2017.md', 'nongyao-tiaoli.2022.md', 'guowuyuan-xiugai-feizhi.2022.decision.md'],
  ['T9', 'shangwang-fuwu-changsuo-tiaoli.2022.md', 'shangwang-fuwu-changsuo-tiaoli.2024.md', 'guowuyuan-xiugai-feizhi.2024.decision.md'],
  ['T10', 'yinshuaye-tiaoli.2020.md', 'yinshuaye-tiaoli.2024.md', 'guowuyuan-xiugai-feizhi.2024.decision.md'],
  ['T11', 'chuban-guanli-tiaoli.2020.md', 'chuban-guanli-tiaoli.2024.md', 'guowuyuan-xiugai-feizhi.2024.decision.md'],
  ['T12', 'yinxiang-zhipin-tiaoli.2020.md', 'yinxiang-zhipin-tiaoli.2024.md', 'guowuyuan-xiugai-feizhi.2024.decision.md'],
  ['T13', 'minhang-budingqi-feixing.1989.md', 'minhang-budingqi-feixing.2024.md', 'guowuyuan-xiugai-feizhi.2024.decision.md'],
  ['T14', 'shanghai.beian-shencha.2021.md', 'shanghai.beian-shencha.2024.md', 'shanghai.beian-shencha.2024.decision.md'],
].map(([id, o, n, d]) => ({ id, old: o, new: n, instrument: d }));

const inline = (nodes: ReadonlyArray<{ type: string }>): string =>
  nodes.map((n) => ('value' in n && n.type === 'text' ? String(n.value) : 'children' in n && n.type === 'reference' ? inline(n.children as []) : '')).join('');

/** Editorial footnotes of a publisher (① …) are not legal text. */
const editorial = (text: string): boolean => /^[\s\u3000]*[①-⑳]/.test(text);

function paragraphText(p: Paragraph): string {
  const items = p.children.filter((c): c is Item => c.type === 'item');
  const lead = inline(p.children.filter((c) => c.type !== 'item'));
  if (editorial(lead) && items.length === 0) return '';
  return lead + items.map((i) => i.num + inline(i.children.filter((c) => c.type !== 'subitem')) + i.children.filter((c) => c.type === 'subitem').map((s) => ('num' in s ? s.num : '') + inline((s as unknown as { children: [] }).children)).join('')).join('');
}

/** Label → text of every article (款 kept apart by ¶), whitespace removed and punctuation width normalised. */
export function articleTexts(tree: Root): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (nodes: ReadonlyArray<{ type: string; children?: unknown }>): void => {
    for (const node of nodes) {
      if (node.type === 'article') {
        const a = node as unknown as Article;
        out.set(a.num, normalizeWidth(a.children.map(paragraphText).filter(Boolean).join('¶')).replace(/[\s\u3000]/g, ''));
      } else if (Array.isArray(node.children) && node.type !== 'paragraph') walk(node.children as []);
    }
  };
  walk(tree.children);
  return out;
}

/** Labels of the articles that differ (missing, extra or different text). */
export function differing(got: Root, want: Root): string[] {
  const g = articleTexts(got);
  const w = articleTexts(want);
  const out: string[] = [];
  for (const [label, text] of w) if (g.get(label) !== text) out.push(label);
  for (const label of g.keys()) if (!w.has(label)) out.push(`多出${label}`);
  return out;
}

/** Applies an instrument to a corpus text and parses the result. */
export function applyTo(oldName: string, instrumentSource: string, instrumentPath = 'instrument.md'): { tree: Root; text: string; operations: number } {
  const source = corpus(oldName);
  const result = applyInstrument(parse(source, oldName), source, instrumentSource, instrumentPath);
  return { tree: parse(result.text, 'applied.md'), text: result.text, operations: result.instrument.operations.length };
}

/** regdoc's own decision for a pair of sources. */
export function decide(oldSource: string, newSource: string) {
  const a = parse(oldSource, 'old.md');
  const b = parse(newSource, 'new.md');
  return decisionDocument(a, oldSource, b, newSource, align(a, b, { ignorePunctuationWidth: true }));
}
