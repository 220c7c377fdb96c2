/** Random amendments of corpus texts for the property test of the decision generator. */
import fc from 'fast-check';
import { modelFromTree, serializeModel, type MArticle, type MItem, type TextModel } from '../../src/diff/apply/text-model.js';
import { formatChineseNumeral } from '../../src/numbering/chinese-numerals.js';
import type { Root } from '../../src/tree/types.js';
import { corpus, parse } from './apply-support.js';

const SENTENCES = [
  '县级以上人民政府应当加强对本项工作的领导，将所需经费列入本级预算。',
  '有关部门应当按照各自职责，做好相关工作。',
  '任何单位和个人有权对违反本规定的行为进行举报。',
  '主管部门应当自收到申请之日起二十日内作出决定，并书面通知申请人。',
  '本规定所称经营者，是指从事相关经营活动的法人和其他组织。',
];
const WORDS = ['主管部门', '有关单位', '依法', '及时', '书面', '县级以上', '并', '监督管理'];
const ITEMS = ['有固定的办公场所', '有符合规定的专业人员', '有健全的内部管理制度', '法律、法规规定的其他条件'];

export type Op =
  | { kind: 'insertArticle'; at: number; text: number }
  | { kind: 'deleteArticle'; at: number }
  | { kind: 'moveArticle'; from: number; to: number }
  | { kind: 'addParagraph'; article: number; at: number; text: number }
  | { kind: 'deleteParagraph'; article: number; at: number }
  | { kind: 'addItem'; article: number; at: number; text: number }
  | { kind: 'deleteItem'; article: number; at: number }
  | { kind: 'replaceWords'; article: number; start: number; length: number; word: number };

const nat = fc.nat({ max: 1000 });
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insertArticle' as const), at: nat, text: nat }),
  fc.record({ kind: fc.constant('deleteArticle' as const), at: nat }),
  fc.record({ kind: fc.constant('moveArticle' as const), from: nat, to: nat }),
  fc.record({ kind: fc.constant('addParagraph' as const), article: nat, at: nat, text: nat }),
  fc.record({ kind: fc.constant('deleteParagraph' as const), article: nat, at: nat }),
  fc.record({ kind: fc.constant('addItem' as const), article: nat, at: nat, text: nat }),
  fc.record({ kind: fc.constant('deleteItem' as const), article: nat, at: nat }),
  fc.record({ kind: fc.constant('replaceWords' as const), article: nat, start: nat, length: fc.integer({ min: 1, max: 5 }), word: nat }),
);

const pick = <T,>(list: T[], n: number): T => list[n % list.length];

function newArticle(text: string): MArticle {
  return { mergedOrigins: [], ordinal: 0, separator: '\u3000', paras: [{ text, items: [], fresh: true, itemsChanged: false }], fresh: true, plainInsert: true };
}

/** Removes an article; the headings before it move to the next article (its 章 stays). */
function removeArticle(model: TextModel, index: number, dropEmptyChapter = false): MArticle {
  const [article] = model.articles.splice(index, 1);
  const next = model.articles[index] ?? null;
  // A drafter who deletes the only article of a 章 deletes the 章 too.
  const opensNext = next === null || model.blocks.some((b) => b.anchor === next && b.kind === 'heading' && b.type === 'chapter');
  if (dropEmptyChapter && opensNext) model.blocks = model.blocks.filter((b) => b.anchor !== article);
  for (const block of model.blocks) if (block.anchor === article) block.anchor = next;
  return article;
}

/** Items keep （一）（二）… and end with ；, the last with 。 (the convention of the corpus lists). */
function tidyItems(items: MItem[]): void {
  items.forEach((item, i) => {
    item.num = `（${formatChineseNumeral(i + 1)}）`;
    item.text = item.text.replace(/[；。;]$/, '') + (i === items.length - 1 ? '。' : '；');
  });
}

/** Applies random operations to a copy of the model: the new text `b`. */
export function amend(source: string, tree: Root, ops: Op[]): string {
  const model = modelFromTree(tree, source);
  for (const op of ops) {
    const articles = model.articles;
    if (articles.length < 2) break;
    const article = 'article' in op ? articles[op.article % articles.length] : undefined;
    switch (op.kind) {
      case 'insertArticle': {
        const at = op.at % (articles.length + 1);
        const added = newArticle(pick(SENTENCES, op.text));
        if (at === 0) for (const block of model.blocks) if (block.anchor === articles[0]) block.anchor = added;
        articles.splice(at, 0, added);
        break;
      }
      case 'deleteArticle':
        removeArticle(model, op.at % articles.length, true);
        break;
      case 'moveArticle': {
        const from = op.from % articles.length;
        if (from === 0) break;
        const to = 1 + (op.to % (articles.length - 1));
        if (to === from) break; // not a move (it would only shift a 章 boundary, which no decision pattern states)
        // Moving the only article of the last 章 away would leave an empty 章 behind: not a drafting case.
        if (from === articles.length - 1 && model.blocks.some((b) => b.anchor === articles[from])) break;
        const moved = removeArticle(model, from);
        articles.splice(to, 0, moved);
        break;
      }
      case 'addParagraph':
        article!.paras.splice(op.at % (article!.paras.length + 1), 0, { text: pick(SENTENCES, op.text), items: [], fresh: true, itemsChanged: false });
        break;
      case 'deleteParagraph':
        if (article!.paras.length > 1) article!.paras.splice(op.at % article!.paras.length, 1);
        break;
      case 'addItem': {
        const para = article!.paras.find((p) => p.items.length > 0);
        if (!para) break;
        para.items.splice(op.at % (para.items.length + 1), 0, { num: '', text: pick(ITEMS, op.text), subitems: [], fresh: true });
        tidyItems(para.items);
        break;
      }
      case 'deleteItem': {
        const para = article!.paras.find((p) => p.items.length > 2);
        if (!para) break;
        para.items.splice(op.at % para.items.length, 1);
        tidyItems(para.items);
        break;
      }
      case 'replaceWords': {
        const para = article!.paras[0];
        if (para.text.length < 8) break;
        const start = op.start % (para.text.length - 6);
        para.text = para.text.slice(0, start) + pick(WORDS, op.word) + para.text.slice(start + op.length);
        break;
      }
    }
  }
  model.articles.forEach((a, i) => {
    a.ordinal = i + 1;
    a.suffix = undefined;
  });
  return serializeModel(model);
}

/** 章 of every article, in order: “第一章:第三条”. */
export function outline(tree: Root): string[] {
  const out: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'chapter') for (const child of node.children) if (child.type === 'article') out.push(`${node.num}:${child.num}`);
    if (node.type === 'article') out.push(`:${node.num}`);
  }
  return out;
}

/** A small corpus text: the first `count` articles (and their 章) of a corpus file. */
export function sample(name: string, count: number): string {
  const source = corpus(name);
  const model = modelFromTree(parse(source, name), source);
  while (model.articles.length > count) removeArticle(model, model.articles.length - 1);
  model.blocks = model.blocks.filter((b) => b.anchor !== null);
  return serializeModel(model);
}

