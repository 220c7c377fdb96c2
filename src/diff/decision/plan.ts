/**
 * From the change model (src/diff/types.ts) to the items of a 修改决定 (standards §3.2): one item per
 * changed article, in the order of the new text, each in the smallest faithful form — words
 * (将第X条中的“A”修改为“B”) when little changes, a whole 款 or 条 (修改为：“……”) when much does.
 * Operations cite OLD numbers, destinations (作为第X条 / 改为第X条) NEW ones (§3.2, last paragraph).
 */
import { formatChineseNumeral } from '../../numbering/chinese-numerals.js';
import { findReferences, formatComponent, articleNumberKey, type NewNumber } from '../../references/index.js';
import type { ArticleChange, DiffResult, DivisionChange, ParagraphChange } from '../types.js';
import { stripMarks, type MArticle, type MPara, type TextModel } from '../apply/text-model.js';
import { normalizeWidth } from '../normalize-width.js';
import { hunks, quotedLength, wordEdits, type WordEdit } from './word-edits.js';

/** 第四条至第六条、第十二条: runs of three or more consecutive articles become 至 ranges. */
function articleList(labels: Array<{ ordinal: number; suffix?: number }>): string {
  const parts: string[] = [];
  for (let i = 0; i < labels.length; ) {
    let j = i;
    while (j + 1 < labels.length && !labels[j + 1].suffix && !labels[j].suffix && labels[j + 1].ordinal === labels[j].ordinal + 1) j++;
    if (j - i >= 2) {
      parts.push(`${articleLabel(labels[i])}至${articleLabel(labels[j])}`);
      i = j + 1;
    } else {
      parts.push(articleLabel(labels[i]));
      i++;
    }
  }
  return parts.join('、');
}

/** One item of the decision: its paragraphs (the first gets the 一、 number). */
export type DecisionItem = string[];

const num = formatChineseNumeral;
const articleLabel = (a: { ordinal: number; suffix?: number }): string => `第${num(a.ordinal)}条${a.suffix ? `之${num(a.suffix)}` : ''}`;
const COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** “line1 / “line2 / “line3” (standards §3.3: each following paragraph reopens, only the last closes). */
export function quoteLines(lines: string[], tail = ''): string[] {
  return lines.map((line, i) => `“${line}${i === lines.length - 1 ? `”${tail}` : ''}`);
}

/** Text lines of a 款 (lead, then its 项 and 目). */
export function paraLines(para: MPara): string[] {
  const lines: string[] = [];
  if (stripMarks(para.text) !== '' || para.items.length === 0) lines.push(stripMarks(para.text));
  for (const item of para.items) {
    lines.push(item.num + stripMarks(item.text));
    lines.push(...item.subitems.map(stripMarks));
  }
  return lines;
}

const articleTextLines = (article: MArticle): string[] => article.paras.flatMap(paraLines);
const articleLength = (article: MArticle): number => articleTextLines(article).join('').length;

/** A clause about one article, written with the article named (explicit) or after “将第X条改为第Y条，”. */
interface Clause {
  explicit: string[];
  context: string[];
  quoted: number;
}

function clause(explicitHead: string, contextHead: string, lines: string[], tail = ''): Clause {
  if (lines.length === 0) return { explicit: [explicitHead + tail], context: [contextHead + tail], quoted: 0 };
  const quoted = quoteLines(lines, tail);
  return {
    explicit: [explicitHead + quoted[0], ...quoted.slice(1)],
    context: [contextHead + quoted[0], ...quoted.slice(1)],
    quoted: lines.join('').length,
  };
}

/** Drops a 项's terminal ；/。 when quoting it alone (standards §3.3: the sentence closes after the quote). */
function itemQuote(line: string): { line: string; tail: string } {
  const match = /[；;。]$/.exec(line);
  return match ? { line: line.slice(0, -1), tail: '。' } : { line, tail: '。' };
}

export interface PlanOptions {
  /** Reference renumbering old → new (so that consequential changes of 本法第X条 are not listed). */
  articleMap: Map<string, NewNumber>;
  /** Articles to state whole (after a failed replay check). */
  rewrite?: Set<number>;
}

/** Old text of a unit with its references renumbered the way apply will (positions mapped back). */
function remapped(text: string, map: Map<string, NewNumber>): string {
  if (map.size === 0) return text;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const found of findReferences(text)) {
    if (found.external) continue;
    for (const element of found.elements) {
      for (const component of element.components) {
        if (component.level !== 'article') continue;
        const next = map.get(articleNumberKey(component.ordinal, component.suffix));
        if (next) edits.push({ start: component.start, end: component.end, text: formatComponent(component, next) });
      }
    }
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export class DecisionPlanner {
  items: DecisionItem[] = [];

  constructor(
    readonly oldModel: TextModel,
    readonly newModel: TextModel,
    readonly result: DiffResult,
    readonly options: PlanOptions,
  ) {}

  /** Equal up to whitespace and punctuation width (older records write (一) and : — corpus caveats). */
  same(a: string, b: string): boolean {
    return normalizeWidth(a).replace(/[\s\u3000]/g, '') === normalizeWidth(b).replace(/[\s\u3000]/g, '');
  }

  /** Unit texts of the old article as apply will leave them when nothing is said about them. */
  oldTexts(article: MArticle, remap = true): MPara[] {
    const map = remap ? this.options.articleMap : new Map<string, NewNumber>();
    const norm = (text: string): string => this.global.reduce((t, g) => t.split(g.from).join(g.to), normalizeWidth(remapped(stripMarks(text), map)));
    return article.paras.map((p) => ({
      ...p,
      text: norm(p.text),
      items: p.items.map((i) => ({ ...i, num: normalizeWidth(i.num), text: norm(i.text), subitems: i.subitems.map(norm) })),
    }));
  }

  /** Clauses that turn old article `o` into new article `n`, or null when a whole rewrite is better. */
  articleClauses(o: MArticle, n: MArticle, change: ArticleChange): Clause[] | null {
    const oldParas = this.oldTexts(o);
    const origParas = this.oldTexts(o, false);
    const single = o.paras.length === 1;
    const art = articleLabel(o.origin!);
    const paraLoc = (k: number): string => (single ? '' : `第${num(k)}款`);
    const clauses: Clause[] = [];
    const pcs = change.paragraphs.filter((p) => (p.old?.article ?? 0) === 0 && (p.new?.article ?? 0) === 0);
    // A 款 deleted next to one inserted is that 款 rewritten (将第X条第Y款修改为).
    for (let i = 0; i + 1 < pcs.length; i++) {
      const [a, b] = [pcs[i], pcs[i + 1]];
      const del = a.kind === 'delete' ? a : b.kind === 'delete' ? b : null;
      const ins = a.kind === 'insert' ? a : b.kind === 'insert' ? b : null;
      if (del && ins && del !== ins && del.old && ins.new) {
        pcs.splice(i, 2, { kind: 'modify', old: del.old, new: ins.new, segments: [], renumbered: false, items: [] });
      }
    }
    // 款 must keep their order (apply fills the free places in the old order).
    const kept = pcs.filter((p) => p.old && p.new).map((p) => p.old!.paragraph);
    if (kept.some((k, i) => i > 0 && k < kept[i - 1])) return null;
    if (change.paragraphs.some((p) => (p.old?.article ?? 0) !== 0 || (p.new?.article ?? 0) !== 0)) return null;
    let pendingInsert: { at: number[]; lines: string[] } | null = null;
    const flushInsert = (): void => {
      if (!pendingInsert) return;
      const count = pendingInsert.at.length;
      const at = pendingInsert.at.map((p) => `第${num(p)}款`).join('、');
      clauses.push(clause(`在${art}中增加${COUNT[count] ?? num(count)}款，作为${at}：`, `增加${COUNT[count] ?? num(count)}款，作为${at}：`, pendingInsert.lines));
      pendingInsert = null;
    };
    for (const pc of pcs) {
      if (pc.kind === 'insert' && pc.new) {
        const para = n.paras[pc.new.paragraph - 1];
        pendingInsert ??= { at: [], lines: [] };
        pendingInsert.at.push(pc.new.paragraph);
        pendingInsert.lines.push(...paraLines(para));
        continue;
      }
      flushInsert();
      if (pc.kind === 'delete' && pc.old) {
        if (single) return null;
        clauses.push(clause(`删去${art}${paraLoc(pc.old.paragraph)}。`, `删去${paraLoc(pc.old.paragraph)}。`, []));
        continue;
      }
      if (!pc.old || !pc.new) continue;
      const oldPara = oldParas[pc.old.paragraph - 1];
      const newPara = n.paras[pc.new.paragraph - 1];
      if (!oldPara || !newPara) return null;
      const paraClauses = this.paragraphClauses(art, paraLoc(pc.old.paragraph), oldPara, newPara, pc, origParas[pc.old.paragraph - 1]);
      if (paraClauses === null) {
        // The whole 款.
        if (single) return null;
        clauses.push(clause(`将${art}${paraLoc(pc.old.paragraph)}修改为：`, `${paraLoc(pc.old.paragraph)}修改为：`, paraLines(newPara)));
      } else clauses.push(...paraClauses);
    }
    flushInsert();
    return clauses;
  }

  /** Clauses for one paired 款 (words, 项 operations) or null for a whole-款 rewrite. */
  paragraphClauses(art: string, paraLoc: string, oldPara: MPara, newPara: MPara, pc: ParagraphChange, origPara: MPara): Clause[] | null {
    const clauses: Clause[] = [];
    // Quoted words must be found in the old text as written: where apply renumbers references of a unit,
    // its words are taken before renumbering (the references then appear among the changes).
    const scopeTexts = [origPara.text, ...origPara.items.map((i) => i.text)];
    // Lead text.
    if (!this.same(oldPara.text, newPara.text)) {
      const edits = wordEdits(scopeTexts, 0, normalizeWidth(newPara.text));
      if (!edits || quotedLength(edits) > 0.6 * newPara.text.length + 12) return null;
      clauses.push(...this.wordClauses(art, paraLoc, edits));
      scopeTexts[0] = normalizeWidth(newPara.text);
    }
    const ics = pc.items;
    if (ics.length === 0 && (oldPara.items.length > 0 || newPara.items.length > 0)) {
      if (oldPara.items.length !== newPara.items.length) return null;
    }
    const keptItems = ics.filter((i) => i.old && i.new).map((i) => i.old!.ordinal);
    if (keptItems.some((k, i) => i > 0 && k < keptItems[i - 1])) return null;
    // apply turns ；/。 of the 项 that stops or starts being the last one by itself.
    const listChanges = ics.some((i) => i.kind === 'insert' || i.kind === 'delete');
    const sameItem = (a: string, b: string): boolean =>
      this.same(a, b) || (listChanges && this.same(a.replace(/[；。;]$/, ''), b.replace(/[；。;]$/, '')));
    for (const ic of ics) {
      const itemLoc = (k: number): string => `${paraLoc}第${num(k)}项`;
      if (ic.kind === 'insert' && ic.new) {
        const item = newPara.items[ic.new.ordinal - 1];
        if (!item || item.subitems.length > 0) return null;
        const q = itemQuote(item.num + item.text);
        clauses.push(clause(`在${art}${paraLoc}中增加一项，作为第${num(ic.new.ordinal)}项：`, `${paraLoc}增加一项，作为第${num(ic.new.ordinal)}项：`.replace(/^增加/, '增加'), [q.line], q.tail));
        continue;
      }
      if (ic.kind === 'delete' && ic.old) {
        clauses.push(clause(`删去${art}${itemLoc(ic.old.ordinal)}。`, `删去${itemLoc(ic.old.ordinal)}。`, []));
        continue;
      }
      if (!ic.old || !ic.new) continue;
      const oldItem = oldPara.items[ic.old.ordinal - 1];
      const newItem = newPara.items[ic.new.ordinal - 1];
      if (!oldItem || !newItem) return null;
      if (!this.same(oldItem.subitems.join(''), newItem.subitems.join(''))) return null;
      if (sameItem(oldItem.text, newItem.text)) continue;
      const scope = [origPara.items[ic.old.ordinal - 1].text];
      const edits = wordEdits(scope, 0, normalizeWidth(newItem.text));
      if (edits && quotedLength(edits) <= 0.6 * newItem.text.length + 12) {
        clauses.push(...this.wordClauses(art, itemLoc(ic.old.ordinal), edits));
      } else {
        const q = itemQuote(newItem.num + newItem.text);
        clauses.push(clause(`将${art}${itemLoc(ic.old.ordinal)}修改为：`, `${itemLoc(ic.old.ordinal)}修改为：`, [q.line], q.tail));
      }
    }
    return clauses;
  }

  wordClauses(art: string, loc: string, edits: WordEdit[]): Clause[] {
    const clauses: Clause[] = [];
    let chain: WordEdit[] = [];
    const flush = (): void => {
      if (chain.length === 0) return;
      const body = chain.map((e) => (e.kind === 'replace' ? `“${e.from}”修改为“${e.to}”` : '')).join('，');
      const quoted = chain.reduce((s, e) => s + (e.kind === 'replace' ? e.from.length + e.to.length : 0), 0);
      clauses.push({
        explicit: [`将${art}${loc}中的${body}。`],
        context: [loc ? `${loc}中的${body}。` : `其中的${body}。`],
        quoted,
      });
      chain = [];
    };
    for (const edit of edits) {
      if (edit.kind === 'replace') {
        chain.push(edit);
        continue;
      }
      flush();
      if (edit.kind === 'delete') {
        clauses.push({ explicit: [`删去${art}${loc}中的“${edit.from}”。`], context: [loc ? `删去${loc}中的“${edit.from}”。` : `删去其中的“${edit.from}”。`], quoted: edit.from.length });
      } else {
        const where = edit.where === 'after' ? '后' : '前';
        clauses.push({
          explicit: [`在${art}${loc}中的“${edit.anchor}”${where}增加“${edit.text}”。`],
          context: [loc ? `在${loc}中的“${edit.anchor}”${where}增加“${edit.text}”。` : `在“${edit.anchor}”${where}增加“${edit.text}”。`],
          quoted: edit.anchor.length + edit.text.length,
        });
      }
    }
    flush();
    return clauses;
  }

  /** Articles whose whole change is one replacement of every “from” by “to” (for 统一修改为 lists). */
  uniform = new Map<MArticle, { from: string; to: string }>();

  /** “A”→“B” everywhere in the article gives the new article (same 款 and 项), or null. */
  uniformReplacement(o: MArticle, n: MArticle): { from: string; to: string } | null {
    const olds = this.oldTexts(o);
    const origs = this.oldTexts(o, false);
    if (JSON.stringify(olds) !== JSON.stringify(origs)) return null;
    if (olds.length !== n.paras.length || olds.some((p, i) => p.items.length !== n.paras[i].items.length)) return null;
    const unitTexts = (paras: MPara[]): string[] => paras.flatMap((p) => [p.text, ...p.items.flatMap((i) => [i.num + i.text, ...i.subitems])]);
    const before = unitTexts(olds);
    const after = unitTexts(n.paras).map((t) => normalizeWidth(t));
    const changed = before.findIndex((t, i) => !this.same(t, after[i]));
    if (changed < 0) return null;
    const edits = wordEdits([before[changed]], 0, after[changed]);
    if (!edits || edits.length !== 1 || edits[0].kind !== 'replace') return null;
    const { from, to } = edits[0];
    // Only small replacements, and in a text of several 款 only repeated ones (else the 款 is named).
    if (from.length + to.length > 0.6 * after.join('').length + 12) return null;
    const units = before.filter((t) => t.includes(from)).length;
    if (olds.length > 1 && units < 2) return null;
    const replaced = before.map((t) => t.split(from).join(to));
    return replaced.every((t, i) => this.same(t, after[i])) ? { from, to } : null;
  }

  /** One item for a paired article (modify / move / renumber); null when nothing must be said. */
  pairedItem(o: MArticle, n: MArticle, change: ArticleChange): DecisionItem | null {
    const art = articleLabel(o.origin!);
    const renamed = o.origin!.ordinal !== n.ordinal || (o.origin!.suffix ?? 0) !== (n.suffix ?? 0);
    const textSame =
      o.paras.length === n.paras.length &&
      this.oldTexts(o).every((p, i) => this.same(paraLines(p).join('\n'), paraLines(n.paras[i]).join('\n')));
    const prefix = renamed ? `将${art}改为${articleLabel(n)}，` : '';
    if (textSame) {
      // Only the number: said explicitly when the article left its place (apply would not move it otherwise).
      return this.isMoved(change) ? [`将${art}改为${articleLabel(n)}。`] : null;
    }
    const force = this.options.rewrite?.has(n.ordinal);
    const uniform = force ? null : this.uniformReplacement(o, n);
    if (uniform) {
      const body = `中的“${uniform.from}”修改为“${uniform.to}”。`;
      // A renumbering that only follows insertions and deletions is covered by 此外，对条文顺序作相应调整。
      if (!this.isMoved(change)) {
        this.uniform.set(n, uniform);
        return [`将${art}${body}`];
      }
      return [`${prefix}其${body}`];
    }
    let clauses = force ? null : this.articleClauses(o, n, change);
    if (clauses && clauses.length > 0) {
      const quoted = clauses.reduce((s, c) => s + c.quoted, 0);
      if (clauses.length > 4 || quoted > 0.8 * articleLength(n)) clauses = null;
    }
    if (!clauses || clauses.length === 0) {
      return quoteLines(articleTextLines(n)).map((line, i) => (i === 0 ? `将${art}${renamed ? `改为${articleLabel(n)}，` : ''}修改为：${line}` : line));
    }
    const lines: string[] = [];
    clauses.forEach((c, i) => {
      if (i === 0 && renamed) lines.push(prefix + c.context[0], ...c.context.slice(1));
      else lines.push(...c.explicit);
    });
    return lines;
  }

  /** Replacements made throughout the text (将相关条文中的“帐”修改为“账”), stated once, first. */
  global: Array<{ from: string; to: string }> = [];

  /** A character replaced in three or more articles and gone from the new text is replaced throughout. */
  findGlobal(): void {
    const counts = new Map<string, number>();
    const text = (a: MArticle): string => normalizeWidth(a.paras.flatMap(paraLines).join('\n'));
    for (const entry of this.result.entries) {
      if (entry.unit !== 'article' || entry.old.length !== 1 || entry.new.length !== 1) continue;
      const before = text(this.oldModel.articles[entry.old[0].index]);
      const after = text(this.newModel.articles[entry.new[0].index]);
      if (before === after) continue;
      const seen = new Set<string>();
      for (const h of hunks(before, after, 1)) {
        const from = before.slice(h.start, h.end);
        if ([...from].length === 1 && [...h.text].length === 1 && !/[\p{P}\s]/u.test(from + h.text)) seen.add(`${from}\u0000${h.text}`);
      }
      for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const newText = this.newModel.articles.map(text).join('\n');
    for (const [key, count] of counts) {
      const [from, to] = key.split('\u0000');
      if (count >= 3 && !newText.includes(from)) this.global.push({ from, to });
    }
  }

  /** Articles stated as moved (将第X条改为第Y条) although the change model moved a neighbour. */
  movedInstead = new Set<ArticleChange>();
  /** Moved articles whose move is stated by a neighbour instead. */
  notMoved = new Set<ArticleChange>();

  isMoved(change: ArticleChange): boolean {
    return (change.moved && !this.notMoved.has(change)) || this.movedInstead.has(change);
  }

  /**
   * Two neighbours that swapped places: which one moved decides where a 章 boundary between them
   * goes (apply keeps the 章 with the article that stayed). The one that changed 章 is the one moved.
   */
  chooseMoved(): void {
    const chapterOf = (ref: { divisions: Array<{ type: string; heading: string }> }): string =>
      ref.divisions.filter((d) => d.type === 'chapter').map((d) => d.heading.replace(/\s/g, '')).join('/');
    const paired = this.result.entries.filter(
      (e): e is ArticleChange => e.unit === 'article' && e.old.length === 1 && e.new.length === 1,
    );
    const changedChapter = (e: ArticleChange): boolean => chapterOf(e.old[0]) !== chapterOf(e.new[0]);
    const byNewIndex = new Map(paired.map((e) => [e.new[0].index, e]));
    for (const e of paired) {
      if (!e.moved || changedChapter(e)) continue;
      for (const neighbour of [byNewIndex.get(e.new[0].index - 1), byNewIndex.get(e.new[0].index + 1)]) {
        if (!neighbour || neighbour.moved || !changedChapter(neighbour)) continue;
        if (Math.abs(neighbour.old[0].index - e.old[0].index) !== 1) continue;
        this.notMoved.add(e);
        this.movedInstead.add(neighbour);
        break;
      }
    }
  }

  run(): DecisionItem[] {
    const oldArticles = this.oldModel.articles;
    const newArticles = this.newModel.articles;
    this.chooseMoved();
    this.findGlobal();
    for (const g of this.global) this.items.push([`将相关条文中的“${g.from}”修改为“${g.to}”。`]);
    for (const entry of this.result.entries) {
      if (entry.unit !== 'article') continue;
      entry.new.forEach((r, i) => {
        const old = entry.old[Math.min(i, entry.old.length - 1)];
        if (old) this.oldOf.set(newArticles[r.index], oldArticles[old.index]);
      });
    }
    const pendingDeletes: MArticle[] = [];
    const flushDeletes = (): void => {
      if (pendingDeletes.length === 0) return;
      const labels = pendingDeletes.map((a) => a.origin!);
      const text = `删去${articleList(labels)}。`;
      this.items.push([text]);
      pendingDeletes.length = 0;
    };
    for (const entry of this.result.entries) {
      if (entry.unit === 'division') {
        const item = this.divisionItem(entry);
        if (item) {
          flushDeletes();
          this.items.push(item);
        }
        continue;
      }
      if (entry.unit !== 'article') continue;
      const olds = entry.old.map((r) => oldArticles[r.index]);
      const news = entry.new.map((r) => newArticles[r.index]);
      if (entry.kind === 'delete') {
        pendingDeletes.push(olds[0]);
        continue;
      }
      if (entry.kind === 'insert' && pendingDeletes.length > 0 && !this.options.rewrite?.has(news[0].ordinal)) {
        // An article deleted where a new one comes in is that article rewritten (将第十一条改为第十条，修改为).
        const replaced = pendingDeletes.pop()!;
        flushDeletes();
        const renamed = replaced.origin!.ordinal !== news[0].ordinal || (replaced.origin!.suffix ?? 0) !== (news[0].suffix ?? 0);
        this.items.push(
          quoteLines(articleTextLines(news[0])).map((line, i) =>
            i === 0 ? `将${articleLabel(replaced.origin!)}${renamed ? `改为${articleLabel(news[0])}，` : ''}修改为：${line}` : line,
          ),
        );
        continue;
      }
      flushDeletes();
      if (entry.kind === 'insert') {
        this.items.push(this.insertItem(news[0], entry.new[0].index));
        continue;
      }
      if (entry.kind === 'merge') {
        const labels = olds.map((a) => articleLabel(a.origin!)).join('、');
        this.items.push(quoteLines(articleTextLines(news[0])).map((line, i) => (i === 0 ? `将${labels}合并，作为${articleLabel(news[0])}，修改为：${line}` : line)));
        continue;
      }
      if (entry.kind === 'split') {
        const renamed = olds[0].origin!.ordinal !== news[0].ordinal || (olds[0].origin!.suffix ?? 0) !== (news[0].suffix ?? 0);
        this.items.push(
          quoteLines(articleTextLines(news[0])).map((line, i) =>
            i === 0 ? `将${articleLabel(olds[0].origin!)}${renamed ? `改为${articleLabel(news[0])}，` : ''}修改为：${line}` : line,
          ),
        );
        for (let k = 1; k < news.length; k++) this.items.push(this.insertItem(news[k], entry.new[k].index));
        continue;
      }
      const item = this.pairedItem(olds[0], news[0], entry);
      if (item) {
        this.items.push(item);
        const u = this.uniform.get(news[0]);
        if (u) this.uniformItems.push({ item, article: olds[0], ...u });
      }
    }
    flushDeletes();
    this.groupUniform();
    return this.items;
  }

  uniformItems: Array<{ item: DecisionItem; article: MArticle; from: string; to: string }> = [];

  /** 将第九条、第二十二条、第七十六条中的“A”统一修改为“B”: one item for the same replacement in several articles. */
  groupUniform(): void {
    const groups = new Map<string, Array<{ item: DecisionItem; article: MArticle; from: string; to: string }>>();
    for (const u of this.uniformItems) {
      const key = `${u.from}\u0000${u.to}`;
      groups.set(key, [...(groups.get(key) ?? []), u]);
    }
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const labels = members.map((m) => m.article.origin!);
      const list = articleList(labels);
      const grouped: DecisionItem = [`将${list}中的“${members[0].from}”统一修改为“${members[0].to}”。`];
      const at = this.items.indexOf(members[0].item);
      this.items[at] = grouped;
      for (const m of members.slice(1)) this.items.splice(this.items.indexOf(m.item), 1);
    }
  }

  /** 增加一条，作为第N条 — or 在第X条前增加一条 when it opens a 章 (a plain 增加 joins the 章 before). */
  insertItem(article: MArticle, index: number): DecisionItem {
    const lines = quoteLines(articleTextLines(article));
    const label = articleLabel(article);
    // It opens a 章 that the old text already had (a new 章 is placed by 增加一章…自第N条开始).
    const oldHeadings = new Set(this.oldModel.blocks.map((b) => (b.kind === 'heading' ? b.heading.replace(/\s/g, '') : '')));
    const opensChapter =
      index > 0 && this.newModel.blocks.some((b) => b.kind === 'heading' && b.anchor === article && oldHeadings.has(b.heading.replace(/\s/g, '')));
    let head = `增加一条，作为${label}：`;
    if (opensChapter) {
      // The next article that exists in the old text, in the new order.
      const next = this.newModel.articles.slice(index + 1).find((a) => this.oldOf.has(a));
      const old = next ? this.oldOf.get(next) : undefined;
      if (old?.origin) head = `在${articleLabel(old.origin)}前增加一条，作为${label}：`;
    }
    return lines.map((line, i) => (i === 0 ? head + line : line));
  }

  /** New article → the old article it is paired with. */
  oldOf = new Map<MArticle, MArticle>();

  divisionItem(entry: DivisionChange): DecisionItem | null {
    if (entry.kind === 'modify' && entry.old && entry.new && entry.old.type === 'chapter') {
      return [`将第${num(entry.old.ordinal)}章的章名修改为“${entry.new.heading}”。`];
    }
    if (entry.kind === 'delete' && entry.old?.type === 'chapter' && entry.old.ordinal > 1) {
      return [`将第${num(entry.old.ordinal)}章并入第${num(entry.old.ordinal - 1)}章。`];
    }
    if (entry.kind === 'insert' && entry.new?.type === 'chapter') {
      const heading = this.newModel.blocks.find((b) => b.kind === 'heading' && b.type === 'chapter' && b.ordinal === entry.new!.ordinal);
      const first = heading?.anchor;
      if (first) return [`增加一章，作为第${num(entry.new.ordinal)}章，章名为“${entry.new.heading}”，自${articleLabel(first)}开始。`];
    }
    return null;
  }
}
