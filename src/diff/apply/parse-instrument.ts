/**
 * Reads the sentences of a 修改决定 / 修正案 into operations (standards §3.2, patterns P1–P26 as
 * they occur in practice; quoting per §3.3, “…” and ASCII "…" alike). A sentence that cannot be read
 * stops the reading with a located Chinese message (apply-unparsed-sentence): replaying half an
 * instrument would publish a wrong consolidated text.
 */
import { RegdocError } from '../../cli/regdoc-error.js';
import { parseChineseNumeral } from '../../numbering/chinese-numerals.js';
import { firstTitle, readInstrument, type Statement } from './instrument-text.js';
import type { Destination, Instrument, Locator, Operation, SourcePlace } from './operations.js';

const NUM = '[零〇一二两三四五六七八九十百千0-9]+';
const COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Titles compare without the 中华人民共和国 prefix and without spaces. */
export function sameTitle(a: string, b: string): boolean {
  const norm = (t: string) => t.replace(/[\s\u3000]/g, '').replace(/^中华人民共和国/, '');
  return norm(a) === norm(b);
}

interface Context {
  targets: Locator[];
  /** 增加一款作为第二款 announced, the text coming with 将该条修改为 (刑法修正案 style). */
  pendingInsert?: boolean;
}

class StatementParser {
  pos = 0;
  constructor(
    readonly s: string,
    readonly places: SourcePlace[],
    readonly path: string,
    readonly ctx: Context,
    readonly out: Operation[],
    readonly instrument: Instrument,
  ) {}

  place(at = this.pos): SourcePlace {
    return this.places[Math.min(at, this.places.length - 1)] ?? { line: 1, column: 1 };
  }

  fail(message: string, id = 'apply-unparsed-sentence', at = this.pos): never {
    throw new RegdocError(message, id, { path: this.path, ...this.place(at) }, 1);
  }

  failUnparsed(at = this.pos): never {
    const excerpt = this.s.slice(at, at + 30).replace(/\n/g, '⏎');
    this.fail(`无法识别的修改语句：“${excerpt}${this.s.length > at + 30 ? '……' : ''}”。请按修改决定的规范句式书写，如：将第十条修改为：“……”。`, 'apply-unparsed-sentence', at);
  }

  /** Matches `re` (anchored) at the cursor; advances on success. */
  eat(re: RegExp): RegExpExecArray | null {
    const sticky = new RegExp(re.source, 'y');
    sticky.lastIndex = this.pos;
    const match = sticky.exec(this.s);
    if (match) this.pos += match[0].length;
    return match;
  }

  peek(re: RegExp): boolean {
    const sticky = new RegExp(re.source, 'y');
    sticky.lastIndex = this.pos;
    return sticky.test(this.s);
  }

  expect(re: RegExp, what: string): RegExpExecArray {
    const match = this.eat(re);
    if (!match) this.fail(`此处应为${what}：“${this.s.slice(this.pos, this.pos + 20)}”。`);
    return match;
  }

  /** A quotation “…” or "…"; returns its paragraphs. */
  quote(): string[] | null {
    const before = this.pos;
    this.eat(/[，,]?[\s\u3000]*(即)?[：:]?[\s\u3000]*/);
    const open = this.s[this.pos];
    if (open !== '“' && open !== '"') {
      this.pos = before;
      return null;
    }
    const start = this.pos;
    let depth = 0;
    let i = this.pos;
    if (open === '"') {
      i = this.s.indexOf('"', this.pos + 1);
    } else {
      for (; i < this.s.length; i++) {
        if (this.s[i] === '“') depth++;
        else if (this.s[i] === '”' && --depth === 0) break;
      }
    }
    if (i < 0 || i >= this.s.length) this.fail('引号没有闭合。', 'apply-quote-unclosed', start);
    const content = this.s.slice(start + 1, i);
    this.pos = i + 1;
    return content.split('\n');
  }

  requireQuote(what = '引号内的新条文'): string[] {
    const text = this.quote();
    if (!text) this.fail(`此处应为${what}（“……”）。`);
    return text;
  }

  /** A word quotation (one paragraph). */
  words(): string | null {
    const q = this.quote();
    return q ? q.join('\n') : null;
  }

  num(text: string): number {
    const value = parseChineseNumeral(text);
    if (!Number.isFinite(value)) this.fail(`无法读取数字“${text}”。`);
    return value;
  }

  /** 第X章 / 第X条之Y / 第X款 / 第一自然段 / 第X项 / 第（X）项 / 第X目 — at least one part. */
  locator(): Locator | null {
    const start = this.pos;
    const loc: Locator = {};
    const chapter = this.eat(new RegExp(`第(${NUM})章`));
    if (chapter) loc.chapter = this.num(chapter[1]);
    const article = this.eat(new RegExp(`第(${NUM})条(?:之(${NUM}))?`));
    if (article) {
      loc.article = this.num(article[1]);
      if (article[2]) loc.suffix = this.num(article[2]);
    }
    const paragraph = this.eat(new RegExp(`第(${NUM})款`));
    if (paragraph) loc.paragraph = this.num(paragraph[1]);
    const lead = this.eat(new RegExp(`第(${NUM})自然段`));
    if (lead) {
      if (this.num(lead[1]) !== 1) this.fail('只支持“第一自然段”（款中各项之前的部分）。', 'apply-unparsed-sentence', start);
      loc.lead = true;
    }
    const item = this.eat(new RegExp(`第[（(]?(${NUM})[）)]?项`));
    if (item) loc.item = this.num(item[1]);
    const subitem = this.eat(new RegExp(`第(${NUM})目`));
    if (subitem) loc.subitem = this.num(subitem[1]);
    if (this.pos === start) return null;
    return loc;
  }

  /** 第二、三、四、六项 → four 项 locators. */
  shorthandItems(): Locator[] | null {
    const match = this.eat(new RegExp(`第((?:${NUM}、)+${NUM})项`));
    if (!match) return null;
    return match[1].split('、').map((n) => ({ item: this.num(n) }));
  }

  /** A list of locators joined by 、 和 及 至; missing upper levels are inherited from the previous one. */
  locators(base?: Locator): Locator[] {
    const list: Locator[] = [];
    let previous = base;
    for (;;) {
      const group = this.shorthandItems() ?? (() => {
        const one = this.locator();
        return one ? [one] : null;
      })();
      if (!group) break;
      for (const loc of group) {
        const full = inherit(loc, previous);
        list.push(full);
        previous = full;
      }
      if (this.peek(new RegExp(`至第`))) {
        this.eat(/至/);
        const end = this.locator();
        if (!end) this.failUnparsed();
        const last = list[list.length - 1];
        const to = inherit(end, last);
        if (to.article !== undefined && last.article !== undefined && to.paragraph === undefined && to.item === undefined) {
          for (let n = last.article + 1; n <= to.article; n++) list.push({ article: n });
        } else if (to.item !== undefined && last.item !== undefined) {
          for (let n = last.item + 1; n <= to.item; n++) list.push({ ...last, item: n });
        } else this.failUnparsed();
        previous = list[list.length - 1];
      }
      if (this.peek(/(、|和|及|以及)第/)) {
        this.eat(/(、|和|及|以及)/);
        continue;
      }
      break;
    }
    return list;
  }

  /** The unit the sentence talks about when it names none (其中的、该条、第二款 …). */
  contextArticle(): Locator {
    const first = this.ctx.targets[0];
    if (!first || first.article === undefined) this.fail('此句没有指明条文（应写明“第×条”）。', 'apply-no-target');
    return { article: first.article, suffix: first.suffix };
  }

  /** Locators without an article inherit the article of the context. */
  withContext(list: Locator[]): Locator[] {
    if (list.length > 0 && list[0].article === undefined && list[0].chapter === undefined) {
      const article = this.contextArticle();
      const first = { ...article, ...list[0] };
      const rest = list.slice(1).map((loc) => (loc.article === undefined ? { ...article, ...loc } : loc));
      return [first, ...rest];
    }
    return list;
  }

  destination(): Destination {
    const loc = this.locator();
    if (!loc || loc.chapter !== undefined) this.fail('此处应为“第×条”“第×款”或“第×项”。');
    return { article: loc.article, suffix: loc.suffix, paragraph: loc.paragraph, item: loc.item };
  }

  /** Quoted word list: “A”和“B”、“C”. */
  wordList(): string[] {
    const list: string[] = [];
    for (;;) {
      const w = this.words();
      if (w === null) break;
      list.push(w);
      if (!this.eat(/(和|、|及)(?=[“"])/)) break;
    }
    return list;
  }

  /** “A”(统一)修改为“B”，“C”修改为“D” … on `targets`. */
  replacements(targets: Locator[]): void {
    for (;;) {
      const at = this.pos;
      const from = this.words();
      if (from === null) this.failUnparsed();
      this.expect(/(统一|分别|均|一并)?(修改|改)为/, '“修改为”');
      const to = this.words();
      if (to === null) this.fail('此处应为引号内的新文字。');
      this.out.push({ kind: 'replaceWords', targets, from, to, place: this.place(at) });
      // A chain goes on only with another quotation after the comma.
      if (this.peek(/[，,][\s\u3000]*[“"]/)) {
        this.eat(/[，,][\s\u3000]*/);
        continue;
      }
      break;
    }
  }

  /** 增加一款（两款），作为第二款（、第三款）：“……” in `article`. */
  insertUnits(unit: string, count: number, at: number, scope: Locator): void {
    this.eat(/[，,]?/);
    this.eat(/作为/);
    const positions: number[] = [];
    this.eat(/该条/);
    let dest = this.locator();
    while (dest) {
      const n = unit === '款' ? dest.paragraph : unit === '项' ? dest.item : dest.article;
      if (n === undefined) this.fail(`此处应为“第×${unit}”。`);
      positions.push(n);
      dest = this.eat(/、/) ? this.locator() : null;
    }
    if (positions.length === 0) this.fail(`应写明新增的${unit}作为第几${unit}（“作为第×${unit}”）。`);
    if (positions.length !== count && count !== 0) this.fail(`增加${count}${unit}，但列出了${positions.length}个位置。`);
    const text = this.quote();
    if (!text) {
      // 刑法修正案: “增加一款作为第二款，将该条修改为：“……”” — the article text brings the new 款.
      if (unit === '款' && this.peek(/[，,]将该条修改为/)) {
        this.ctx.pendingInsert = true;
        return;
      }
      this.fail('此处应为引号内的新条文。');
    }
    const place = this.place(at);
    if (unit === '款') this.out.push({ kind: 'insertParagraphs', article: scope, at: positions, text, place });
    else if (unit === '项') this.out.push({ kind: 'insertItems', paragraph: scope, at: positions, text, place });
    else this.out.push({ kind: 'insertArticle', at: { article: positions[0] }, text, place });
  }

  /** One clause; returns false at the end of the statement. */
  clause(): boolean {
    this.eat(/[\s\u3000，,。；;、]+/);
    if (this.pos >= this.s.length) return false;
    this.eat(/(并且|并|同时|相应地|另外)/);
    // Sub-items of a header item: （一）将第二十六条改为第二十四条……
    this.eat(/[（(][一二三四五六七八九十]+[）)](?=(将|删去|删除|在|第|增加|对|原))/);
    const at = this.pos;
    const rest = this.s.slice(this.pos);

    if (/^此外/.test(rest) || /^本(决定|修正案)自/.test(rest) || /^(《[^》]*》)?根据本(决定|修正案)/.test(rest)) {
      const end = this.s.indexOf('。', this.pos);
      const sentence = this.s.slice(this.pos, end < 0 ? undefined : end + 1);
      if (/(顺序|序号)[^。]*调整/.test(sentence)) this.instrument.renumber = true;
      if (/^此外/.test(sentence) && /文字/.test(sentence)) this.instrument.notes.push({ place: this.place(at), text: sentence });
      this.pos += sentence.length;
      return true;
    }
    // Headers that only introduce sub-items: 对部分条文作以下修改： / 其他修改：
    if (this.eat(/(对[^“"：:]*作(以下|如下)修改|其他修改)[：:]/)) return true;

    // 将相关条文中的“帐”修改为“账”
    if (this.eat(/将?(相关条文|本(法|条例|规定|办法|细则|规则)(全文|各条)?|全文|其他条文)中的/)) {
      const from = this.words();
      if (from === null) this.failUnparsed();
      this.expect(/(统一|均)?(修改|改)为/, '“修改为”');
      const to = this.words();
      if (to === null) this.failUnparsed();
      this.out.push({ kind: 'replaceEverywhere', from, to, place: this.place(at) });
      return true;
    }

    const verb = this.eat(/(将|在|删去|删除)/)?.[1];
    // 《…》 or 刑法 before the article number names the amended text.
    this.eat(/《[^》]*》/) ?? (this.peek(/(刑法|宪法)第/) ? this.eat(/(刑法|宪法)/) : null);

    if (verb === '删去' || verb === '删除') return this.deletion(at);
    if (verb === '在') return this.insertion(at);

    if (this.eat(/(该条|本条)(修改|改)为/)) {
      const targets = [this.contextArticle()];
      this.ctx.pendingInsert = false;
      this.out.push({ kind: 'replace', targets, text: this.requireQuote(), place: this.place(at) });
      return true;
    }
    if (this.eat(/(其中|该条)的?/) || this.eat(/该条中的/)) {
      const targets = this.ctx.targets.length ? this.ctx.targets : [this.contextArticle()];
      this.eat(/中的/);
      this.replacements(targets);
      return true;
    }
    if (this.peek(/[“"]/)) {
      const targets = this.ctx.targets.length ? this.ctx.targets : [this.contextArticle()];
      this.replacements(targets);
      return true;
    }
    if (this.eat(/增加一章[，,]?作为/)) {
      const chapter = this.expect(new RegExp(`第(${NUM})章`), '“第×章”');
      this.expect(/[，,]?章名为/, '“章名为”');
      const heading = this.words();
      if (heading === null) this.fail('此处应为引号内的章名。');
      this.expect(/[，,]?自/, '“自第×条开始”');
      const start = this.destination();
      this.expect(/(开始|起)/, '“开始”');
      this.out.push({ kind: 'insertChapter', startsAt: start.article, chapter: this.num(chapter[1]), heading, place: this.place(at) });
      return true;
    }
    const added = this.eat(/增加(一|两|二|三|四|五|六|七|八|九|十)?(条|款|项)/);
    if (added) {
      const count = COUNT[added[1] ?? '一'];
      const unit = added[2];
      const scope = unit === '条' ? {} : this.scopeFor(unit);
      this.insertUnits(unit, count, at, scope);
      return true;
    }
    if (this.eat(/(修改|改)为/)) {
      const text = this.requireQuote();
      this.ctx.pendingInsert = false;
      const targets = this.ctx.targets.length ? this.ctx.targets : [this.contextArticle()];
      this.out.push({ kind: 'replace', targets, text, place: this.place(at) });
      return true;
    }
    // 原第六项修改为第二款第一项 / 原第五项改为第二项
    if (this.eat(/原/)) {
      const source = this.withContext(this.locators());
      if (source.length !== 1) this.failUnparsed(at);
      this.expect(/(修改|改)为/, '“改为”');
      const to = this.destination();
      this.out.push({ kind: 'move', target: source[0], to, place: this.place(at) });
      return true;
    }

    const targets = this.withContext(this.locators());
    if (targets.length === 0) this.failUnparsed(at);
    if (targets.some((t) => t.chapter !== undefined)) return this.chapterClause(targets, at);
    this.eat(/相应(地)?/);
    this.ctx.targets = targets;
    this.ctx.pendingInsert = false;

    if (this.eat(/(合并|合为一条)[，,]?(作为|为)?/)) {
      const to = this.peek(/第/) ? this.destination() : {};
      this.out.push({ kind: 'merge', targets, to, place: this.place(at) });
      this.ctx.targets = [targets[0]];
      this.eat(/[，,]?/);
      if (this.eat(/(修改|改)为/)) {
        this.out.push({ kind: 'replace', targets: [targets[0]], text: this.requireQuote(), place: this.place(at) });
      }
      return true;
    }
    if (this.eat(/单列(为)?一条[，,]?(作为)?/)) {
      const to = this.destination();
      this.eat(/[，,]?/);
      const text = this.eat(/(修改|改)为/) ? this.requireQuote() : undefined;
      this.out.push({ kind: 'split', target: targets[0], to, text, place: this.place(at) });
      this.ctx.targets = [{ article: targets[0].article, suffix: targets[0].suffix }];
      return true;
    }
    if (this.eat(/分别改为/)) {
      const dests = this.locators();
      if (dests.length !== targets.length) this.fail('“分别改为”前后的条数不一致。');
      targets.forEach((t, i) => this.out.push({ kind: 'move', target: t, to: { article: dests[i].article, suffix: dests[i].suffix }, place: this.place(at) }));
      return true;
    }
    if (this.eat(/(改为|调整为)/)) {
      const to = this.destination();
      if (targets.length !== 1) this.fail('“改为”前只能有一个条文。');
      if (targets[0].paragraph !== undefined && targets[0].item === undefined && to.article !== undefined && to.paragraph === undefined) {
        // P11 将第二款改为第十九条（，修改为：“……”）: the 款 becomes an article of its own.
        const text = this.eat(/[，,](修改|改)为/) ? this.requireQuote() : undefined;
        this.out.push({ kind: 'split', target: targets[0], to, text, place: this.place(at) });
        return true;
      }
      this.out.push({ kind: 'move', target: targets[0], to, place: this.place(at) });
      this.ctx.targets = [{ article: targets[0].article, suffix: targets[0].suffix }];
      if (to.paragraph !== undefined && targets[0].paragraph === undefined && targets[0].item === undefined) {
        // 将第三十九条改为第四十五条第一款: the article becomes a 款 — not replayable yet.
        this.fail('暂不支持把一条改为另一条中的一款。', 'apply-unsupported');
      }
      return true;
    }
    if (this.eat(/(修改|改)为/)) {
      const text = this.requireQuote();
      this.out.push({ kind: 'replace', targets, text, place: this.place(at) });
      return true;
    }
    if (this.eat(/(中的|规定的)/) || this.peek(/[“"]/)) {
      this.replacements(targets);
      return true;
    }
    const addedArticle = this.eat(/(后|前)[，,]?增加一条/);
    if (addedArticle) {
      // P22 第十三条后增加一条作为第十四条，即：“……”
      this.eat(/[，,]?(作为)?/);
      const to = this.destination();
      this.out.push({
        kind: 'insertArticle',
        at: to,
        anchor: { locator: { article: targets[0].article, suffix: targets[0].suffix }, where: addedArticle[1] === '前' ? 'before' : 'after' },
        text: this.requireQuote(),
        place: this.place(at),
      });
      return true;
    }
    const addedHere = this.eat(/增加(一|两|二|三|四|五|六|七|八|九|十)?(款|项)/);
    if (addedHere) {
      const unit = addedHere[2];
      this.insertUnits(unit, COUNT[addedHere[1] ?? '一'], at, unit === '款' ? { article: targets[0].article, suffix: targets[0].suffix } : targets[0]);
      return true;
    }
    if (this.eat(/章名/)) return this.chapterClause(targets, at);
    this.failUnparsed(at);
  }

  /** The unit inside which 增加一款/一项 happens. */
  scopeFor(unit: string): Locator {
    const t = this.ctx.targets[0] ?? this.contextArticle();
    if (unit === '款') return { article: t.article, suffix: t.suffix };
    return { article: t.article, suffix: t.suffix, paragraph: t.paragraph };
  }

  deletion(at: number): boolean {
    if (this.eat(/(其中|该条中|该条|该款中|该款)的/)) {
      const targets = this.ctx.targets.length ? this.ctx.targets : [this.contextArticle()];
      for (const word of this.wordList()) this.out.push({ kind: 'replaceWords', targets, from: word, to: '', place: this.place(at) });
      return true;
    }
    const targets = this.withContext(this.locators());
    if (targets.length === 0) this.failUnparsed(at);
    if (targets.every((t) => t.chapter !== undefined && t.article === undefined)) {
      for (const t of targets) this.out.push({ kind: 'deleteChapter', chapter: t.chapter!, place: this.place(at) });
      return true;
    }
    this.eat(/(末尾|开头)?(中|规定)?的/);
    if (this.peek(/[“"]/)) {
      const words = this.wordList();
      for (const word of words) this.out.push({ kind: 'replaceWords', targets, from: word, to: '', place: this.place(at) });
      this.ctx.targets = targets;
      return true;
    }
    for (const target of targets) this.out.push({ kind: 'delete', target, place: this.place(at) });
    this.ctx.targets = targets[0].article !== undefined ? [{ article: targets[0].article, suffix: targets[0].suffix }] : this.ctx.targets;
    return true;
  }

  insertion(at: number): boolean {
    // 在“A”后增加“B”
    if (this.peek(/[“"]/)) {
      const anchor = this.words()!;
      const where = this.expect(/(后|前|之后|之前)(增加|增写|加上)/, '“后增加”')[1].includes('后') ? 'after' : 'before';
      const text = this.words();
      if (text === null) this.fail('此处应为引号内的新增文字。');
      const targets = this.ctx.targets.length ? this.ctx.targets : [this.contextArticle()];
      this.out.push({ kind: 'insertWords', targets, anchor, where, text, place: this.place(at) });
      return true;
    }
    const targets = this.withContext(this.locators());
    if (targets.length !== 1) this.failUnparsed(at);
    const target = targets[0];
    if (this.peek(/中的?[“"]/)) {
      // 在第X条第Y款中的“A”后增加“B”
      this.ctx.targets = [target];
      this.eat(/中的?/);
      return this.insertion(at);
    }
    this.ctx.targets = [{ article: target.article, suffix: target.suffix }];
    this.eat(/中(?=[，,]?增加)/);
    const added = this.eat(/(中|后|前|之后|之前)?[，,]?增加(一|两|二|三|四|五|六|七|八|九|十)?(条|款|项|章)/);
    if (!added) this.failUnparsed(at);
    const where = added[1] ?? '中';
    const unit = added[3];
    const count = COUNT[added[2] ?? '一'];
    if (unit === '章') {
      this.eat(/[，,]?作为/);
      const chapter = this.expect(new RegExp(`第(${NUM})章`), '“第×章”');
      this.expect(/[，,]?章名为/, '“章名为”');
      const heading = this.words();
      if (heading === null) this.fail('此处应为引号内的章名。');
      this.out.push({ kind: 'insertChapter', before: target, chapter: this.num(chapter[1]), heading, place: this.place(at) });
      return true;
    }
    if (unit === '条') {
      this.eat(/[，,]?(作为)?/);
      const to = this.destination();
      const text = this.requireQuote();
      this.out.push({
        kind: 'insertArticle',
        at: to,
        anchor: { locator: { article: target.article, suffix: target.suffix }, where: where.includes('前') ? 'before' : 'after' },
        text,
        place: this.place(at),
      });
      return true;
    }
    if (unit === '款') {
      // 在第四款后增加一款 / 在第X条中增加一款
      this.insertUnits('款', count, at, { article: target.article, suffix: target.suffix });
      return true;
    }
    this.insertUnits('项', count, at, { article: target.article, suffix: target.suffix, paragraph: target.paragraph });
    return true;
  }

  chapterClause(targets: Locator[], at: number): boolean {
    const chapter = targets[0].chapter;
    if (chapter === undefined) this.failUnparsed(at);
    if (this.eat(/并入/)) {
      const into = this.expect(new RegExp(`第(${NUM})章`), '“第×章”');
      this.out.push({ kind: 'mergeChapter', chapter, into: this.num(into[1]), place: this.place(at) });
      return true;
    }
    this.eat(/的?章名/);
    this.eat(/中的/);
    const first = this.words();
    if (this.eat(/(修改|改)为/)) {
      const to = this.words();
      if (to === null) this.fail('此处应为引号内的新章名。');
      this.out.push({ kind: 'renameChapter', chapter, from: first ?? undefined, to, place: this.place(at) });
      return true;
    }
    this.failUnparsed(at);
  }
}

function inherit(loc: Locator, previous?: Locator): Locator {
  if (!previous) return loc;
  const order: Array<keyof Locator> = ['chapter', 'article', 'paragraph', 'item', 'subitem'];
  const firstLevel = order.findIndex((key) => loc[key] !== undefined);
  const merged: Locator = { ...loc };
  for (let i = 0; i < firstLevel; i++) {
    const key = order[i];
    if (previous[key] !== undefined && key !== 'chapter') (merged as Record<string, unknown>)[key] = previous[key];
    if (key === 'article' && previous.suffix !== undefined && merged.article === previous.article) merged.suffix = previous.suffix;
  }
  return merged;
}

function parseStatements(statements: Statement[], path: string, instrument: Instrument, ctx: Context): void {
  for (const statement of statements) {
    const parser = new StatementParser(statement.text, statement.places, path, ctx, instrument.operations, instrument);
    while (parser.clause()) {
      /* one clause at a time */
    }
    if (ctx.pendingInsert) parser.fail('“增加一款”后缺少新条文。', 'apply-unparsed-sentence', 0);
  }
}

/**
 * Parses an instrument. `oldTitle` (the amended text's title) selects the part of a multi-instrument
 * decision and is checked against the lead-in of a single one.
 */
export function parseInstrument(source: string, path: string, oldTitle?: string): Instrument {
  const text = readInstrument(source, path);
  const instrument: Instrument = { title: text.title, amendment: text.amendment, renumber: false, operations: [], notes: [] };
  let items = text.items;
  if (text.multi) {
    if (!oldTitle) {
      throw new RegdocError('这是修改多部法规的决定，需要知道被修改文本的标题才能选出相应条目。', 'apply-title-unknown', { path, line: 1, column: 1 }, 1);
    }
    items = items.filter((item) => {
      const named = firstTitle(item.statements[0]?.text ?? '');
      return named !== undefined && sameTitle(named, oldTitle);
    });
    if (items.length === 0) {
      throw new RegdocError(
        `修改决定的附件中没有修改《${oldTitle}》的条目（附件列出：${text.partTitles.map((t) => `《${t}》`).join('、')}）。`,
        'apply-title-not-found',
        { path, line: 1, column: 1 },
        1,
      );
    }
    instrument.title = oldTitle;
  } else if (oldTitle && text.title && !sameTitle(text.title, oldTitle)) {
    throw new RegdocError(
      `修改决定针对的是《${text.title}》，而被修改文本是《${oldTitle}》。`,
      'apply-title-mismatch',
      { path, line: text.items[0]?.statements[0]?.places[0]?.line ?? 1, column: 1 },
      1,
    );
  }
  for (const item of items) {
    parseStatements(item.statements, path, instrument, { targets: [] });
  }
  parseStatements(text.closing, path, instrument, { targets: [] });
  return instrument;
}
