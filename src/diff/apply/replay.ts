/**
 * Replays the operations of an amendment instrument on the old text (standards §3.2): operations cite
 * OLD numbers, destinations (作为第X条 / 改为第X条) NEW ones. After all operations the articles, 款 and
 * 项 are put in their new order — named destinations first, the others filling the free places in
 * their old order — and, when the instrument renumbers (P21 此外，对条文顺序作相应调整), the articles
 * are numbered afresh and the references of the old text follow them (src/references).
 */
import { RegdocError } from '../../cli/regdoc-error.js';
import { formatChineseNumeral } from '../../numbering/chinese-numerals.js';
import { applyEdits, articleNumberKey, findReferences, formatComponent, type NewNumber, type TextEdit } from '../../references/index.js';
import { normalizeWidth } from '../normalize-width.js';
import type { Instrument, Locator, Operation } from './operations.js';
import {
  FRESH_CLOSE,
  FRESH_OPEN,
  markFresh,
  stripMarks,
  type MArticle,
  type MHeading,
  type MItem,
  type MPara,
  type TextModel,
} from './text-model.js';

const ITEM_LABEL = /^([（(])([零〇一二两三四五六七八九十百]+)([）)])/;
const TERMINAL = /[；。：;:，,、]$/;

const describe = (loc: Locator): string =>
  `${loc.chapter ? `第${formatChineseNumeral(loc.chapter)}章` : ''}${loc.article !== undefined ? `第${formatChineseNumeral(loc.article)}条${loc.suffix ? `之${formatChineseNumeral(loc.suffix)}` : ''}` : ''}${loc.paragraph ? `第${formatChineseNumeral(loc.paragraph)}款` : ''}${loc.lead ? '第一自然段' : ''}${loc.item ? `第${formatChineseNumeral(loc.item)}项` : ''}`;

/** Splits quoted new text into 款 with their 项 and 目. */
export function quotedParagraphs(lines: string[]): MPara[] {
  const paras: MPara[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^[\s\u3000]+/, '');
    const label = ITEM_LABEL.exec(line);
    const last = paras[paras.length - 1];
    if (label) {
      const into = last ?? (paras.push({ text: '', items: [], fresh: true, itemsChanged: false }), paras[0]);
      into.items.push({ num: label[0], text: markFresh(line.slice(label[0].length)), subitems: [], fresh: true });
      continue;
    }
    if (/^[0-9０-９]+[.．]/.test(line) && last && last.items.length > 0) {
      last.items[last.items.length - 1].subitems.push(markFresh(line));
      continue;
    }
    paras.push({ text: markFresh(line), items: [], fresh: true, itemsChanged: false });
  }
  return paras;
}

/** Puts units with a named new position there and fills the other places in the current order. */
export function arrange<T>(list: T[], dest: (unit: T) => number | undefined, fail: (unit: T, message: string) => never): T[] {
  const slots: Array<T | undefined> = new Array(list.length).fill(undefined);
  for (const unit of list) {
    const at = dest(unit);
    if (at === undefined) continue;
    if (at < 1 || at > list.length) fail(unit, `新编号第${formatChineseNumeral(at)}超出了修改后的总数（${list.length}）`);
    if (slots[at - 1] !== undefined) fail(unit, `两处修改都要作为第${formatChineseNumeral(at)}`);
    slots[at - 1] = unit;
  }
  const rest = list.filter((unit) => dest(unit) === undefined);
  let next = 0;
  return slots.map((slot) => slot ?? rest[next++]);
}

/** Index of `needle` in `text`, ignoring punctuation width and the fresh-text marks. */
function findLoose(text: string, needle: string, from = 0): { start: number; end: number } | null {
  const exact = text.indexOf(needle, from);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  // Map positions of the unmarked copy back to the marked text.
  const positions: number[] = [];
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === FRESH_OPEN || text[i] === FRESH_CLOSE) continue;
    positions.push(i);
    plain += text[i];
  }
  const startPlain = positions.findIndex((p) => p >= from);
  if (startPlain < 0) return null;
  const at = normalizeWidth(plain).indexOf(normalizeWidth(needle), startPlain);
  if (at < 0 || needle.length === 0) return null;
  return { start: positions[at], end: positions[at + needle.length - 1] + 1 };
}

function replaceAll(text: string, from: string, to: string): { text: string; count: number } {
  let count = 0;
  let out = text;
  let at = 0;
  for (;;) {
    const hit = findLoose(out, from, at);
    if (!hit) break;
    const inserted = markFresh(to);
    out = out.slice(0, hit.start) + inserted + out.slice(hit.end);
    at = hit.start + inserted.length;
    count++;
  }
  return { text: out, count };
}

interface TextSlot {
  get(): string;
  set(value: string): void;
}

export class Replayer {
  constructor(
    readonly model: TextModel,
    readonly instrument: Instrument,
    readonly path: string,
  ) {}

  fail(op: { place: { line: number; column: number } }, message: string, id = 'apply-target-missing'): never {
    throw new RegdocError(message, id, { path: this.path, ...op.place }, 1);
  }

  findArticle(op: Operation, loc: Locator): MArticle {
    const found = this.model.articles.find(
      (a) => a.origin && a.origin.ordinal === loc.article && (a.origin.suffix ?? 0) === (loc.suffix ?? 0),
    );
    if (!found) this.fail(op, `被修改文本中没有${describe({ article: loc.article, suffix: loc.suffix })}（或该条已被本决定删除）。`);
    return found;
  }

  findParagraph(op: Operation, article: MArticle, loc: Locator, byDest = false): MPara {
    if (loc.paragraph === undefined) {
      if (loc.item !== undefined) {
        const withItem = article.paras.filter((p) => p.items.some((i) => i.origin === loc.item));
        if (withItem.length >= 1) return withItem[0];
        const withItems = article.paras.filter((p) => p.items.length > 0);
        if (withItems.length === 1) return withItems[0];
        this.fail(op, `${describe(loc)}不存在。`);
      }
      const withItems = article.paras.filter((p) => p.items.length > 0);
      if (withItems.length === 1) return withItems[0];
      if (article.paras.length === 1) return article.paras[0];
      this.fail(op, `${describe(loc)}有多款，请写明第几款。`, 'apply-ambiguous-target');
    }
    const para =
      (byDest ? article.paras.find((p) => p.dest === loc.paragraph) : undefined) ??
      article.paras.find((p) => p.origin === loc.paragraph);
    if (!para) this.fail(op, `${describe(loc)}不存在。`);
    return para;
  }

  findItem(op: Operation, para: MPara, loc: Locator): MItem {
    const item = para.items.find((i) => i.origin === loc.item);
    if (!item) this.fail(op, `${describe(loc)}不存在。`);
    return item;
  }

  /** The texts a locator covers (lead, items and 目 of 款). */
  slots(op: Operation, loc: Locator): TextSlot[] {
    const article = this.findArticle(op, loc);
    const paraSlots = (para: MPara, withItems: boolean): TextSlot[] => [
      { get: () => para.text, set: (v) => (para.text = v) },
      ...(withItems ? para.items.flatMap((item) => itemSlots(item)) : []),
    ];
    const itemSlots = (item: MItem): TextSlot[] => [
      { get: () => item.text, set: (v) => (item.text = v) },
      ...item.subitems.map((_, i) => ({ get: () => item.subitems[i], set: (v: string) => (item.subitems[i] = v) })),
    ];
    if (loc.item !== undefined) return itemSlots(this.findItem(op, this.findParagraph(op, article, loc), loc));
    if (loc.paragraph !== undefined) return paraSlots(this.findParagraph(op, article, loc), !loc.lead);
    return article.paras.flatMap((p) => paraSlots(p, true));
  }

  replaceWords(op: Operation & { kind: 'replaceWords' | 'insertWords' }): void {
    for (const target of op.targets) {
      let count = 0;
      for (const slot of this.slots(op, target)) {
        if (op.kind === 'replaceWords') {
          const result = replaceAll(slot.get(), op.from, op.to);
          count += result.count;
          slot.set(result.text);
        } else {
          const text = slot.get();
          const hit = findLoose(text, op.anchor);
          if (!hit) continue;
          const at = op.where === 'after' ? hit.end : hit.start;
          slot.set(text.slice(0, at) + markFresh(op.text) + text.slice(at));
          count++;
        }
      }
      if (count === 0) {
        const words = op.kind === 'replaceWords' ? op.from : op.anchor;
        this.fail(op, `${describe(target)}中没有找到“${words}”。`, 'apply-text-not-found');
      }
    }
  }

  replace(op: Operation & { kind: 'replace' }): void {
    const paras = quotedParagraphs(op.text);
    if (op.targets.length > 1) {
      if (paras.length !== op.targets.length) this.fail(op, `要修改${op.targets.length}处，引文却有${paras.length}款。`, 'apply-quote-mismatch');
      op.targets.forEach((target, i) => this.replaceOne(op, target, [paras[i]]));
      return;
    }
    this.replaceOne(op, op.targets[0], paras);
  }

  replaceOne(op: Operation, target: Locator, paras: MPara[]): void {
    const article = this.findArticle(op, target);
    if (target.item !== undefined) {
      const para = this.findParagraph(op, article, target);
      const item = this.findItem(op, para, target);
      const oldEnd = /[；。：;:]$/.exec(stripMarks(item.text))?.[0] ?? '';
      const first = paras[0];
      const quoted = first.items.length > 0 && stripMarks(first.text) === '' ? first.items[0] : undefined;
      if (!quoted) {
        // The quotation repeats the 项 without its label.
        item.text = first.text;
      } else {
        item.num = quoted.num;
        item.text = quoted.text;
        item.subitems = quoted.subitems;
      }
      // A quoted 项 drops its terminal ；/。 (standards §3.3): the old one stays.
      if (item.subitems.length === 0 && !TERMINAL.test(stripMarks(item.text))) item.text += oldEnd;
      item.fresh = true;
      return;
    }
    if (target.paragraph !== undefined) {
      const para = this.findParagraph(op, article, target);
      if (target.lead) {
        if (paras.length !== 1 || paras[0].items.length > 0) this.fail(op, '第一自然段只能修改为一段文字。', 'apply-quote-mismatch');
        para.text = paras[0].text;
        return;
      }
      const index = article.paras.indexOf(para);
      paras[0].origin = para.origin;
      paras[0].dest = para.dest;
      article.paras.splice(index, 1, ...paras);
      return;
    }
    article.paras = paras;
    article.fresh = true;
  }

  /** Old terminal marks of each item list, remembered before the operations. */
  itemEnds = new Map<MPara, { inner: string; last: string }>();

  rememberItemEnds(): void {
    for (const article of this.model.articles) {
      for (const para of article.paras) {
        if (para.items.length === 0) continue;
        const ends = para.items.map((i) => /[；。;]$/.exec(stripMarks(i.text))?.[0] ?? '');
        this.itemEnds.set(para, { inner: ends.length > 1 ? ends[0] : '；', last: ends[ends.length - 1] || '。' });
      }
    }
  }

  /** Key (old number) of the old article each heading followed, to put an orphaned heading back. */
  followed = new Map<MHeading, number>();

  run(): void {
    this.rememberItemEnds();
    let previous = -1;
    for (const article of this.model.articles) {
      for (const block of this.model.blocks) if (block.anchor === article && block.kind === 'heading') this.followed.set(block, previous);
      previous = articleOrder(article);
    }
    for (const block of this.model.blocks) if (block.anchor === null && block.kind === 'heading') this.followed.set(block, previous);
    for (const op of this.instrument.operations) this.apply(op);
    this.finish();
  }

  apply(op: Operation): void {
    const articles = this.model.articles;
    switch (op.kind) {
      case 'replace':
        return this.replace(op);
      case 'replaceWords':
      case 'insertWords':
        return this.replaceWords(op);
      case 'replaceEverywhere': {
        let count = 0;
        for (const article of articles) {
          for (const para of article.paras) {
            const r = replaceAll(para.text, op.from, op.to);
            para.text = r.text;
            count += r.count;
            for (const item of para.items) {
              const ri = replaceAll(item.text, op.from, op.to);
              item.text = ri.text;
              count += ri.count;
              item.subitems = item.subitems.map((s) => {
                const rs = replaceAll(s, op.from, op.to);
                count += rs.count;
                return rs.text;
              });
            }
          }
        }
        for (const block of this.model.blocks) {
          if (block.kind !== 'heading' || !block.heading.includes(op.from)) continue;
          block.heading = block.heading.split(op.from).join(op.to);
          block.changed = true;
          count++;
        }
        if (count === 0) this.fail(op, `全文中没有找到“${op.from}”。`, 'apply-text-not-found');
        return;
      }
      case 'delete': {
        const loc = op.target;
        const article = this.findArticle(op, loc);
        if (loc.item !== undefined) {
          const para = this.findParagraph(op, article, loc);
          para.items.splice(para.items.indexOf(this.findItem(op, para, loc)), 1);
          para.itemsChanged = true;
        } else if (loc.paragraph !== undefined) {
          article.paras.splice(article.paras.indexOf(this.findParagraph(op, article, loc)), 1);
        } else this.removeArticle(article);
        return;
      }
      case 'insertArticle': {
        const article: MArticle = {
          mergedOrigins: [],
          dest: op.at.article !== undefined ? { ordinal: op.at.article, suffix: op.at.suffix } : undefined,
          ordinal: op.at.article ?? NaN,
          suffix: op.at.suffix,
          separator: this.model.separator,
          paras: quotedParagraphs(stripLabel(op.text)),
          fresh: true,
          plainInsert: !op.anchor,
        };
        if (op.anchor) {
          const anchor = this.findArticle(op, op.anchor.locator);
          let index = articles.indexOf(anchor);
          if (op.anchor.where === 'after') {
            index++;
            while (index < articles.length && !articles[index].origin) index++;
          } else {
            for (const block of this.model.blocks) if (block.anchor === anchor) block.anchor = article;
          }
          articles.splice(index, 0, article);
        } else {
          articles.push(article);
        }
        return;
      }
      case 'insertParagraphs': {
        const article = this.findArticle(op, op.article);
        const paras = quotedParagraphs(op.text);
        if (paras.length !== op.at.length) this.fail(op, `要增加${op.at.length}款，引文却有${paras.length}款。`, 'apply-quote-mismatch');
        paras.forEach((p, i) => (p.dest = op.at[i]));
        article.paras.push(...paras);
        return;
      }
      case 'insertItems': {
        const article = this.findArticle(op, op.paragraph);
        const para = this.findParagraph(op, article, op.paragraph);
        const items = op.text.map((line) => {
          const label = ITEM_LABEL.exec(line);
          if (!label) this.fail(op, '新增的项应以“（×）”开头。', 'apply-quote-mismatch');
          return { num: label[0], text: markFresh(line.slice(label[0].length)), subitems: [], fresh: true } as MItem;
        });
        if (items.length !== op.at.length) this.fail(op, `要增加${op.at.length}项，引文却有${items.length}项。`, 'apply-quote-mismatch');
        items.forEach((item, i) => (item.dest = op.at[i]));
        para.items.push(...items);
        para.itemsChanged = true;
        return;
      }
      case 'move': {
        const article = this.findArticle(op, op.target);
        if (op.target.item !== undefined) {
          const para = this.findParagraph(op, article, op.target);
          const item = this.findItem(op, para, op.target);
          item.dest = op.to.item;
          para.itemsChanged = true;
          if (op.to.paragraph !== undefined) {
            const into = this.findParagraph(op, article, { paragraph: op.to.paragraph }, true);
            if (into !== para) {
              para.items.splice(para.items.indexOf(item), 1);
              into.items.push(item);
              into.itemsChanged = true;
            }
          }
          return;
        }
        if (op.target.paragraph !== undefined) {
          const para = this.findParagraph(op, article, op.target);
          para.dest = op.to.paragraph;
          return;
        }
        article.dest = { ordinal: op.to.article!, suffix: op.to.suffix };
        return;
      }
      case 'merge': {
        const [first, ...others] = op.targets.map((t) => this.findArticle(op, t));
        for (const other of others) {
          first.paras.push(...other.paras);
          if (other.origin) first.mergedOrigins.push(other.origin);
          this.removeArticle(other);
        }
        first.dest = op.to.article !== undefined ? { ordinal: op.to.article, suffix: op.to.suffix } : undefined;
        return;
      }
      case 'split': {
        const from = this.findArticle(op, op.target);
        const para = this.findParagraph(op, from, op.target);
        from.paras.splice(from.paras.indexOf(para), 1);
        const article: MArticle = {
          mergedOrigins: [],
          dest: { ordinal: op.to.article!, suffix: op.to.suffix },
          ordinal: op.to.article!,
          separator: from.separator,
          paras: op.text ? quotedParagraphs(op.text) : [para],
          fresh: !!op.text,
          plainInsert: true,
        };
        articles.push(article);
        return;
      }
      case 'mergeChapter': {
        const heading = this.findChapter(op, op.chapter);
        this.model.blocks.splice(this.model.blocks.indexOf(heading), 1);
        return;
      }
      case 'renameChapter': {
        const heading = this.findChapter(op, op.chapter);
        if (op.from !== undefined) {
          if (!heading.heading.includes(op.from)) this.fail(op, `第${formatChineseNumeral(op.chapter)}章章名中没有“${op.from}”。`, 'apply-text-not-found');
          heading.heading = heading.heading.split(op.from).join(op.to);
        } else heading.heading = op.to;
        heading.changed = true;
        return;
      }
      case 'insertChapter': {
        const template = this.model.blocks.find((b): b is MHeading => b.kind === 'heading' && b.type === 'chapter');
        const heading: MHeading = {
          kind: 'heading',
          type: 'chapter',
          ordinal: op.chapter,
          originOrdinal: NaN,
          num: `第${formatChineseNumeral(op.chapter)}章`,
          heading: op.heading,
          prefix: template?.prefix ?? '## ',
          separator: template?.separator ?? ' ',
          line: '',
          changed: true,
          anchor: op.before ? this.findArticle(op, op.before) : null,
        };
        if (op.before) this.placeHeading(heading);
        else this.pendingChapters.push({ heading, startsAt: op.startsAt ?? NaN, op });
        return;
      }
      case 'deleteChapter': {
        const heading = this.findChapter(op, op.chapter);
        const index = this.model.blocks.indexOf(heading);
        const nextChapter = this.model.blocks.slice(index + 1).find((b) => b.kind === 'heading' && (b.type === 'chapter' || b.type === 'part'));
        const from = heading.anchor ? articles.indexOf(heading.anchor) : articles.length;
        const to = nextChapter?.anchor ? articles.indexOf(nextChapter.anchor) : articles.length;
        const members = this.model.blocks.slice(index, nextChapter ? this.model.blocks.indexOf(nextChapter) : this.model.blocks.length);
        for (const article of articles.slice(from, to)) this.removeArticle(article);
        this.model.blocks = this.model.blocks.filter((b) => !members.includes(b));
        return;
      }
    }
  }

  pendingChapters: Array<{ heading: MHeading; startsAt: number; op: Operation }> = [];

  /** A new 章 heading goes before the headings (节) that already open at its article. */
  placeHeading(heading: MHeading): void {
    const at = this.model.blocks.findIndex((b) => b.anchor === heading.anchor);
    this.model.blocks.splice(at < 0 ? this.model.blocks.length : at, 0, heading);
  }

  findChapter(op: Operation, ordinal: number): MHeading {
    const heading = this.model.blocks.find((b): b is MHeading => b.kind === 'heading' && b.type === 'chapter' && b.originOrdinal === ordinal);
    if (!heading) this.fail(op, `被修改文本中没有第${formatChineseNumeral(ordinal)}章。`);
    return heading;
  }

  removeArticle(article: MArticle): void {
    const articles = this.model.articles;
    const index = articles.indexOf(article);
    articles.splice(index, 1);
    // Plain 增加一条 articles wait at the end of the list until `finish` places them: not a successor.
    const next = articles.slice(index).find((a) => a.origin || !a.plainInsert) ?? null;
    for (const block of this.model.blocks) if (block.anchor === article) block.anchor = next;
  }

  renumbers(): boolean {
    if (this.instrument.amendment) return false;
    if (this.instrument.renumber) return true;
    return this.instrument.operations.some(
      (op) =>
        (op.kind === 'insertArticle' && !op.at.suffix) ||
        (op.kind === 'delete' && op.target.paragraph === undefined && op.target.item === undefined) ||
        op.kind === 'merge' ||
        op.kind === 'split' ||
        (op.kind === 'move' && op.target.paragraph === undefined && op.target.item === undefined),
    );
  }

  finish(): void {
    const model = this.model;
    const failAt = (message: string): never => {
      const op = this.instrument.operations[0];
      throw new RegdocError(message, 'apply-numbering-conflict', { path: this.path, ...(op?.place ?? { line: 1, column: 1 }) }, 1);
    };
    // 款 and 项 first: destinations are positions within their article / 款.
    for (const article of model.articles) {
      article.paras = arrange(article.paras, (p) => p.dest, (_, m) => failAt(`${m}款`));
      for (const para of article.paras) {
        if (!para.itemsChanged || para.items.length === 0) continue;
        para.items = arrange(para.items, (i) => i.dest, (_, m) => failAt(`${m}项`));
        this.relabelItems(para);
      }
    }
    const renumber = this.renumbers();
    if (renumber) {
      model.articles = arrange(model.articles, (a) => a.dest?.ordinal, (a, m) => failAt(`${m}条`));
      model.articles.forEach((a, i) => {
        a.ordinal = i + 1;
        a.suffix = undefined;
      });
      this.keepHeadingsInPlace();
      // A plain 增加一条 placed first opens the text: the headings before the old first article go with it.
      const firstOld = model.articles.find((a) => a.origin);
      if (firstOld && model.articles[0] !== firstOld && model.articles[0].plainInsert && !model.articles[0].origin) {
        for (const block of model.blocks) if (block.anchor === firstOld) block.anchor = model.articles[0];
      }
    } else {
      for (const article of [...model.articles]) {
        if (!article.dest) continue;
        article.ordinal = article.dest.ordinal;
        article.suffix = article.dest.suffix;
        if (!article.plainInsert) continue;
        model.articles.splice(model.articles.indexOf(article), 1);
        const before = model.articles.findIndex((a) => a.ordinal > article.ordinal || (a.ordinal === article.ordinal && (a.suffix ?? 0) > (article.suffix ?? 0)));
        model.articles.splice(before < 0 ? model.articles.length : before, 0, article);
      }
    }
    // A heading whose articles were all deleted stands after the article it followed (before the
    // articles added after that one), not at the end of the text.
    for (const block of model.blocks) {
      if (block.kind !== 'heading' || block.anchor !== null) continue;
      const after = this.followed.get(block);
      if (after === undefined) continue;
      let last = -1;
      model.articles.forEach((a, i) => {
        if (a.origin && articleOrder(a) <= after && !this.movedAway.has(a)) last = i;
      });
      const next = model.articles[last + 1];
      if (next && (last >= 0 || after < 0)) block.anchor = next;
    }
    for (const { heading, startsAt, op } of this.pendingChapters) {
      const anchor = model.articles.find((a) => a.ordinal === startsAt && !a.suffix);
      if (!anchor) this.fail(op, `新增的章应自第${formatChineseNumeral(startsAt)}条开始，但修改后没有该条。`);
      heading.anchor = anchor;
      this.placeHeading(heading);
    }
    // Chapters (and 编/节) keep consecutive numbers after insertions and merges of 章; a text whose 章
    // restart in each 编 (刑法) keeps doing so.
    const structural = this.instrument.operations.some((op) => ['insertChapter', 'deleteChapter', 'mergeChapter'].includes(op.kind));
    const chapters = model.blocks.filter((b): b is MHeading => b.kind === 'heading' && b.type === 'chapter');
    const restartPerPart = chapters.some((c, i) => i > 0 && c.originOrdinal === 1);
    const counters = new Map<string, number>();
    for (const block of structural ? orderedBlocks(model) : []) {
      if (block.kind !== 'heading') continue;
      if (block.type === 'part') counters.set('section', 0);
      if (block.type === 'part' && restartPerPart) counters.set('chapter', 0);
      if (block.type === 'chapter') counters.set('section', 0);
      const n = (counters.get(block.type) ?? 0) + 1;
      counters.set(block.type, n);
      if (n !== block.ordinal || Number.isNaN(block.originOrdinal)) {
        const word = { part: '编', subpart: '分编', chapter: '章', section: '节' }[block.type];
        const num = `第${formatChineseNumeral(n)}${word}`;
        if (block.line) block.line = block.line.replace(block.num, num);
        block.num = num;
        block.ordinal = n;
      }
    }
    this.rewriteReferences();
  }

  /**
   * A 章 stays where it was when its first article is moved elsewhere (将第七条改为第二条): the
   * articles out of their old order are found (longest run kept in order), and headings anchored to
   * one of them pass to the next article that stayed in place.
   */
  /** Old articles taken out of their old order (see keepHeadingsInPlace). */
  movedAway = new Set<MArticle>();

  keepHeadingsInPlace(): void {
    const articles = this.model.articles;
    const key = (a: MArticle): number => (a.origin ? a.origin.ordinal * 1000 + (a.origin.suffix ?? 0) : NaN);
    const old = articles.filter((a) => a.origin);
    if (old.every((a, i) => i === 0 || key(old[i - 1]) < key(a))) return;
    // Heaviest run kept in old order; an article the instrument moved (改为第Y条) weighs less, so
    // that it is the one taken as moved rather than its neighbours.
    const weight = (a: MArticle): number => (a.dest ? 1 : 2);
    const best: number[] = old.map(weight);
    const prev: number[] = new Array(old.length).fill(-1);
    for (let i = 0; i < old.length; i++) {
      for (let j = 0; j < i; j++) {
        if (key(old[j]) < key(old[i]) && best[j] + weight(old[i]) > best[i]) {
          best[i] = best[j] + weight(old[i]);
          prev[i] = j;
        }
      }
    }
    let last = 0;
    for (let i = 1; i < old.length; i++) if (best[i] > best[last]) last = i;
    const inPlace = new Set<MArticle>();
    for (let i = old.length ? last : -1; i >= 0; i = prev[i]) inPlace.add(old[i]);
    for (const a of old) if (!inPlace.has(a)) this.movedAway.add(a);
    if (inPlace.size === old.length) return;
    const stayed = [...inPlace].sort((a, b) => key(a) - key(b));
    for (const block of this.model.blocks) {
      const anchor = block.anchor;
      if (!anchor || !anchor.origin || inPlace.has(anchor)) continue;
      block.anchor = stayed.find((a) => key(a) > key(anchor)) ?? null;
    }
  }

  relabelItems(para: MPara): void {
    para.items.forEach((item, i) => {
      const label = ITEM_LABEL.exec(item.num);
      const [open, close] = label ? [label[1], label[3]] : ['（', '）'];
      item.num = `${open}${formatChineseNumeral(i + 1)}${close}`;
    });
    const ends = this.itemEnds.get(para) ?? { inner: '；', last: '。' };
    para.items.forEach((item, i) => {
      if (item.subitems.length > 0) return;
      const want = i === para.items.length - 1 ? ends.last : ends.inner;
      const plain = stripMarks(item.text);
      if (!TERMINAL.test(plain)) item.text += want;
      // An old 项 that stops or starts being the last one changes its ；/。 (not text quoted from the instrument).
      else if (!item.fresh && /[；。;]$/.test(plain) && plain.slice(-1) !== want) item.text = replaceLastMark(item.text, want);
    });
  }

  /**
   * The references of the old text follow the renumbering (standards §2.5): 条 (本条例第二十三条),
   * 款 (第十条第二款) and 项 (第十条第（三）项) cited in text that came from the old version get their
   * new numbers; text quoted from the instrument already has them and is left alone.
   */
  rewriteReferences(): void {
    const articleMap = new Map<string, NewNumber>();
    const paraMap = new Map<string, number>();
    const itemMap = new Map<string, number>();
    for (const article of this.model.articles) {
      for (const origin of [article.origin, ...article.mergedOrigins]) {
        if (!origin) continue;
        if (origin.ordinal === article.ordinal && (origin.suffix ?? 0) === (article.suffix ?? 0)) continue;
        articleMap.set(articleNumberKey(origin.ordinal, origin.suffix), { ordinal: article.ordinal, suffix: article.suffix });
      }
      if (!article.origin) continue;
      const key = articleNumberKey(article.origin.ordinal, article.origin.suffix);
      const withItems = article.paras.filter((p) => p.items.length > 0);
      article.paras.forEach((para, index) => {
        if (para.origin !== undefined && para.origin !== index + 1 && !article.fresh) paraMap.set(`${key}|${para.origin}`, index + 1);
        if (!para.itemsChanged) return;
        para.items.forEach((item, i) => {
          if (item.origin === undefined || item.origin === i + 1) return;
          if (para.origin !== undefined) itemMap.set(`${key}|${para.origin}|${item.origin}`, i + 1);
          if (withItems.length === 1) itemMap.set(`${key}|*|${item.origin}`, i + 1);
        });
      });
    }
    if (articleMap.size === 0 && paraMap.size === 0 && itemMap.size === 0) return;
    for (const article of this.model.articles) {
      const here = article.origin ? articleNumberKey(article.origin.ordinal, article.origin.suffix) : undefined;
      const rewrite = (text: string): string =>
        text
          .split(/(\uE000[^\uE001]*\uE001)/)
          .map((part) => (part.startsWith(FRESH_OPEN) ? part : renumberReferences(part, here, articleMap, paraMap, itemMap)))
          .join('');
      for (const para of article.paras) {
        para.text = rewrite(para.text);
        for (const item of para.items) {
          item.text = rewrite(item.text);
          item.subitems = item.subitems.map(rewrite);
        }
      }
    }
  }
}

/** New numbers for the 条/款/项 references of one piece of old text (`here`: its article, old number). */
function renumberReferences(
  text: string,
  here: string | undefined,
  articleMap: Map<string, NewNumber>,
  paraMap: Map<string, number>,
  itemMap: Map<string, number>,
): string {
  const edits: TextEdit[] = [];
  for (const found of findReferences(text)) {
    if (found.external) continue;
    let article = here;
    let paragraph: string | undefined;
    for (const element of found.elements) {
      if (element.anchor?.kind === 'this-article') article = here;
      else if (element.anchor) {
        // 前款、本款: relative to the text itself, not renumbered here.
        article = undefined;
        continue;
      }
      const levels = element.components.map((c) => c.level);
      if (levels.includes('article')) paragraph = undefined;
      else if (levels.includes('paragraph')) paragraph = undefined;
      for (const component of element.components) {
        if (component.level === 'article') {
          article = articleNumberKey(component.ordinal, component.suffix);
          const next = articleMap.get(article);
          if (next) edits.push({ start: component.start, end: component.end, text: formatComponent(component, next) });
        } else if (article !== undefined && component.level === 'paragraph') {
          paragraph = String(component.ordinal);
          const next = paraMap.get(`${article}|${paragraph}`);
          if (next !== undefined) edits.push({ start: component.start, end: component.end, text: formatComponent(component, { ordinal: next }) });
        } else if (article !== undefined && component.level === 'item') {
          const next = itemMap.get(`${article}|${paragraph ?? '*'}|${component.ordinal}`);
          if (next !== undefined) edits.push({ start: component.start, end: component.end, text: formatComponent(component, { ordinal: next }) });
        }
      }
    }
  }
  return edits.length ? applyEdits(text, edits) : text;
}

/** Old number as a sort key (之N after N). */
function articleOrder(article: MArticle): number {
  return article.origin ? article.origin.ordinal * 1000 + (article.origin.suffix ?? 0) : NaN;
}

function replaceLastMark(text: string, mark: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === FRESH_OPEN || text[i] === FRESH_CLOSE) continue;
    return text.slice(0, i) + mark + text.slice(i + 1);
  }
  return text;
}

/** Blocks in output order (the order serializeModel writes them). */
function orderedBlocks(model: TextModel): Array<MHeading | { kind: 'verbatim' }> {
  const out: Array<MHeading | { kind: 'verbatim' }> = [];
  for (const article of model.articles) for (const block of model.blocks) if (block.anchor === article) out.push(block);
  for (const block of model.blocks) if (block.anchor === null) out.push(block);
  return out;
}

/** A quotation of a whole new article sometimes repeats its label (第十条　……): drop it. */
function stripLabel(lines: string[]): string[] {
  if (lines.length === 0) return lines;
  const first = lines[0].replace(/^第[零〇一二两三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?[\s\u3000]+/, '');
  return [first, ...lines.slice(1)];
}
