/**
 * Builds the legal tree from classified lines (立法法 第六十五条: 编、章、节、条、款、项、目;
 * standards.md §2.2–2.3; GB/T 9704 §7.3.3 for 公文 levels; standards §5.2 for contract clauses).
 *
 * Modes, decided once per document from what its lines contain:
 * - 条文 (articles): some line starts with 第X条. （一） is then always a 项, `1.` a 目 inside a 项.
 * - clauses: no 第X条 but decimal numbers such as 1.1 / 4.4.2 — a contract. Decimal clause lines are
 *   also recognised in a 条文 document after a line naming 通用合同条款/专用合同条款/合同条款.
 * - levels: neither — a 公文-style text (一、（一）1.（1）).
 *
 * Paragraph rule: a line of its own Markdown paragraph is a new 款; a further line in the same
 * paragraph is a soft-wrapped continuation unless the previous line ends a sentence (。；：…) or
 * the line is indented — which is how plain-text exports (flk) put each 款 on its own line.
 */
import type { VFile } from 'vfile';
import type {
  Article, Block, Chapter, Clause, Division, Item, Level, Note, Paragraph, Part, Position, Root, Section,
  Subitem, Subpart, Text, Toc, TocEntry,
} from '../tree/types.js';
import type { DocumentMeta } from '../config/front-matter.js';
import { report } from './messages.js';
import {
  endsSentence, isTocHeading, isUnnumberedSupplementary, matchArticle, matchClause, matchDivision, matchItem,
  matchLevel1, matchLevel4, matchSubitem, normaliseHeading, stripAllWhitespace, type ArticleLabel,
  type DivisionLabel,
} from './patterns.js';
import type { LineIndex, SourceEvent, SourceLine } from './source-lines.js';

type Mode = 'articles' | 'clauses' | 'levels';
type InlineHolder = Paragraph | Item | Subitem;

/** A heading line that opens decimal contract clauses: 通用合同条款, 第二部分 专用条款, 通用条件, 合同条款及格式. */
const CONTRACT_PART = /^(?:第[零一二三四五六七八九十百]+(?:部分|节|章|篇))?(?:(?:通用|专用)(?:合同)?(?:条款|条件)|合同条款(?:及格式)?)$/;

export function buildTree(events: SourceEvent[], index: LineIndex, file: VFile, meta: DocumentMeta): Root {
  return new TreeBuilder(events, index, file, meta).build();
}

class TreeBuilder {
  private root: Root;
  private mode: Mode;
  private hasChapters: boolean;
  private hasParts: boolean;
  private infoEndLine: number;
  private hasTitleHeading: boolean;

  private part?: Part;
  private subpart?: Subpart;
  private chapter?: Chapter;
  private section?: Section;
  private article?: Article;
  private paragraph?: Paragraph;
  private item?: Item;
  private levels: Level[] = [];
  private clauses: Clause[] = [];
  private clauseZone = false;
  /** Still in the front matter zone (title, 题注, info block) before any structure. */
  private front = true;
  private titleSeen = false;
  /** The last inline holder a soft-wrapped line may continue, with the line it ended on. */
  private lastHolder?: { holder: InlineHolder; line: SourceLine };
  private halfWidthItems: SourceLine[] = [];
  /** Block of a 题注 whose （ is not closed yet, and how many are open. */
  private openNoteBlock?: number;
  private openNoteDepth = 0;
  private looseSubitems: SourceLine[] = [];

  constructor(
    private events: SourceEvent[],
    private index: LineIndex,
    private file: VFile,
    meta: DocumentMeta,
  ) {
    this.root = { type: 'root', meta, children: [], position: index.span(1, 1, index.starts.length) };
    let articles = 0;
    let clauses = 0;
    let chapters = 0;
    let parts = 0;
    let infoEnd = -1;
    let h1 = false;
    for (const e of events) {
      if (e.type === 'marker') infoEnd = e.line;
      if (e.type !== 'line') continue;
      if (e.kind === 'heading' && e.headingDepth === 1) h1 = true;
      if (matchArticle(e.text)) articles++;
      else if (matchClause(e.text, true)) clauses++;
      const d = matchDivision(e.text, e.kind === 'heading');
      if (d?.unit === 'chapter') chapters++;
      if (d?.unit === 'part') parts++;
    }
    // One stray “1.5倍…” line does not make a contract: clause mode needs two decimal clause lines.
    this.mode = articles > 0 ? 'articles' : clauses > 1 ? 'clauses' : 'levels';
    this.clauseZone = this.mode === 'clauses';
    this.hasChapters = chapters > 0;
    this.hasParts = parts > 0;
    this.infoEndLine = infoEnd;
    this.hasTitleHeading = h1;
  }

  build(): Root {
    const events = this.events;
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if (e.type === 'marker') continue;
      if (e.type === 'block') {
        this.closeArticle();
        // A table under 一、正式项目 belongs to that 公文 level.
        const level = this.levels[this.levels.length - 1];
        if (level && e.node.type === 'table') {
          level.children.push(e.node);
          this.lastHolder = undefined;
          continue;
        }
        this.levels = [];
        this.clauses = [];
        if (e.note) {
          const p = e.node.position!.start;
          report(this.file, e.note.severity, e.note.reason, { line: p.line, column: p.column }, e.note.ruleId);
        }
        this.container().push(e.node);
        this.lastHolder = undefined;
        continue;
      }
      if (isTocHeading(e.text) && this.looksLikeTocAhead(i)) {
        i = this.readToc(i);
        continue;
      }
      this.line(e);
    }
    this.closeArticle();
    this.reportSummaries();
    finishPositions(this.root);
    return this.root;
  }

  // ── containers ────────────────────────────────────────────────────────────────────────────

  /** Children of the deepest open division (or the root). */
  private container(): Array<Division | Article | Block> {
    return (this.section ?? this.chapter ?? this.subpart ?? this.part ?? this.root).children as Array<
      Division | Article | Block
    >;
  }

  private closeArticle(): void {
    const article = this.article;
    if (article) {
      const empty = article.children.every((p) => p.children.length === 0);
      if (empty) {
        const p = article.position!.start;
        report(this.file, 'error', `${article.num}没有条文内容。`, { line: p.line, column: p.column }, 'parse-empty-article');
      }
    }
    this.article = undefined;
    this.paragraph = undefined;
    this.item = undefined;
  }

  // ── lines ─────────────────────────────────────────────────────────────────────────────────

  private line(e: SourceLine): void {
    // Title: the first `#` heading, or — in plain-text exports without one — a short first line.
    if (!this.titleSeen && this.front) {
      if (e.kind === 'heading' && e.headingDepth === 1) return this.title(e);
      if (!this.hasTitleHeading && this.root.children.length === 0 && this.isTitleLike(e)) return this.title(e);
    }
    const isHeading = e.kind === 'heading';
    const division = matchDivision(e.text, isHeading);
    if (division) return this.division(division, e);
    if (this.hasParts && isUnnumberedSupplementary(e.text) && (isHeading || e.first)) {
      return this.division({ unit: 'chapter', num: '', ordinal: NaN, heading: normaliseHeading(e.text), spaced: false, arabic: false }, e);
    }
    if (this.mode === 'articles') {
      const article = matchArticle(e.text);
      if (article) return this.startArticle(article, e);
    }
    if (this.mode === 'articles' && !this.clauseZone && CONTRACT_PART.test(stripAllWhitespace(e.text))) {
      this.clauseZone = true;
      this.closeArticle();
    }
    if (this.clauseZone) {
      // A Markdown heading `### 1. 一般约定` opens the first clause of a 通用/专用条款 part.
      const clause = matchClause(e.text, this.mode === 'articles' && this.clauses.length === 0 && !isHeading);
      if (clause) return this.clause(clause, e);
    }
    if (this.front && this.isNoteLine(e)) return this.note(e);
    // A Markdown heading that is not a 编/章/节 (## 附件一) ends the article: it is not a 款.
    if (isHeading && this.article) this.closeArticle();
    // …and the clause it follows (## 第三部分　专用合同条款 is not text of clause 12.2).
    if (isHeading) this.clauses = [];
    if (this.article) return this.articleLine(e);
    if (this.mode === 'levels') {
      const level = this.matchLevel(e.text);
      if (level) return this.level(level.depth, level.label, e);
    }
    this.freeLine(e);
  }

  private isTitleLike(e: SourceLine): boolean {
    return (
      e.text.length <= 60 &&
      !endsSentence(e.text) &&
      !/^[（(]/.test(e.text) &&
      !matchArticle(e.text) &&
      !matchDivision(e.text, false) &&
      !this.matchLevel(e.text) &&
      !matchClause(e.text, false) &&
      !isTocHeading(e.text)
    );
  }

  private title(e: SourceLine): void {
    this.titleSeen = true;
    this.root.children.push({ type: 'title', value: e.text, position: this.index.span(e.line, e.column) });
  }

  /** 题注 and LawRefBook info lines: before any structure, inside the info block, `> （…）`, or `（…）`. */
  private isNoteLine(e: SourceLine): boolean {
    if (e.line < this.infoEndLine) return true;
    if (e.kind === 'quote') return true;
    // A 题注 wrapped over several lines: the parenthesis opened on an earlier line is still open.
    if (this.openNoteBlock === e.block) return true;
    // （一）/（1） open a 项 or a 公文 level, not a note.
    if (matchItem(e.text) || matchLevel4(e.text) || matchLevel1(e.text) || matchSubitem(e.text)) return false;
    return /^[（(]/.test(e.text) || /[）)]$/.test(e.text);
  }

  private note(e: SourceLine): void {
    const depth = (this.openNoteBlock === e.block ? this.openNoteDepth : 0) + parenBalance(e.text);
    this.openNoteBlock = depth > 0 ? e.block : undefined;
    this.openNoteDepth = depth;
    const node: Note = { type: 'note', value: e.text, position: this.index.span(e.line, e.column) };
    this.container().push(node);
    this.lastHolder = undefined;
  }

  private division(d: DivisionLabel, e: SourceLine): void {
    this.front = false;
    this.closeArticle();
    this.levels = [];
    this.clauses = [];
    this.lastHolder = undefined;
    const position = this.index.span(e.line, e.column);
    // 第一节 通用合同条款 (标准招标文件): decimal clauses follow.
    if (this.mode === 'articles' && CONTRACT_PART.test(stripAllWhitespace(d.heading))) this.clauseZone = true;
    if (d.spaced) {
      report(this.file, 'warning', `“${d.num}”的序号中有空格，应写作“${d.num.replace(/\s+/g, '')}”。`, e, 'parse-label-space', {
        actual: d.num,
        expected: d.num.replace(/\s+/g, ''),
      });
    }
    if (d.arabic) {
      report(this.file, 'warning', `“${d.num}”应使用中文数字（立法法第六十五条）。`, e, 'parse-label-arabic', { actual: d.num });
    }
    switch (d.unit) {
      case 'part': {
        const node: Part = { type: 'part', num: d.num, ordinal: d.ordinal, heading: d.heading, children: [], position };
        this.root.children.push(node);
        this.part = node;
        this.subpart = this.chapter = this.section = undefined;
        break;
      }
      case 'subpart': {
        const node: Subpart = { type: 'subpart', num: d.num, ordinal: d.ordinal, heading: d.heading, children: [], position };
        if (!this.part) {
          report(this.file, 'warning', `${d.num}不在任何编之下。`, e, 'parse-subpart-outside-part');
        }
        (this.part ?? this.root).children.push(node as never);
        this.subpart = node;
        this.chapter = this.section = undefined;
        break;
      }
      case 'chapter': {
        const node: Chapter = { type: 'chapter', num: d.num, ordinal: d.ordinal, heading: d.heading, children: [], position };
        // The unnumbered 附则 after the last 编 stands beside the 编, not inside it.
        if (d.num === '') this.part = this.subpart = undefined;
        (this.subpart ?? this.part ?? this.root).children.push(node as never);
        this.chapter = node;
        this.section = undefined;
        break;
      }
      case 'section': {
        const node: Section = { type: 'section', num: d.num, ordinal: d.ordinal, heading: d.heading, children: [], position };
        if (!this.chapter) report(this.file, 'warning', `${d.num}不在任何章之下。`, e, 'parse-section-outside-chapter');
        (this.chapter ?? this.subpart ?? this.part ?? this.root).children.push(node as never);
        this.section = node;
        break;
      }
    }
  }

  private startArticle(a: ArticleLabel, e: SourceLine): void {
    this.front = false;
    this.closeArticle();
    this.levels = [];
    this.clauses = [];
    const article: Article = {
      type: 'article',
      num: a.num,
      ordinal: a.ordinal,
      ...(a.suffix !== undefined ? { suffix: a.suffix } : {}),
      ...(a.heading !== undefined ? { heading: a.heading } : {}),
      separator: a.separator,
      children: [],
      position: this.index.span(e.line, e.column),
    };
    if (a.spaced) {
      const fixed = a.num.replace(/[\s\u3000\u00a0]+/g, '');
      report(this.file, 'warning', `条的序号“${a.num}”中有空格，应写作“${fixed}”。`, e, 'parse-label-space', {
        actual: a.num,
        expected: fixed,
      });
    }
    if (a.arabic) {
      report(this.file, 'warning', `条的序号“${a.num}”应使用中文数字（立法法第六十五条）。`, e, 'parse-label-arabic', {
        actual: a.num,
      });
    }
    if (this.hasChapters && !this.chapter) {
      report(this.file, 'warning', `${a.num}位于第一章之前；分章的文件中，每一条都应属于某一章。`, e, 'parse-article-outside-chapter');
    }
    const parent = this.section ?? this.chapter ?? this.subpart ?? this.part ?? this.root;
    (parent.children as Article[]).push(article);
    this.article = article;
    if (a.rest !== '') {
      const paragraph = this.newParagraph(e, a.restIndex);
      this.appendText(paragraph, a.rest, e, a.restIndex);
    } else {
      this.lastHolder = undefined;
    }
  }

  private newParagraph(e: SourceLine, textIndex = 0): Paragraph {
    const paragraph: Paragraph = { type: 'paragraph', children: [], position: this.index.span(e.line, this.columnOf(e, textIndex)) };
    this.article!.children.push(paragraph);
    this.paragraph = paragraph;
    this.item = undefined;
    return paragraph;
  }

  private appendText(holder: InlineHolder, value: string, e: SourceLine, textIndex: number): void {
    const text: Text = { type: 'text', value, position: this.index.span(e.line, this.columnOf(e, textIndex)) };
    (holder.children as Text[]).push(text);
    this.lastHolder = { holder, line: e };
  }

  /** Column of `text[textIndex]` in the source line (markup such as `**` may stand between). */
  private columnOf(e: SourceLine, textIndex: number): number {
    if (textIndex === 0) return e.column;
    const raw = this.index.lineText(e.line);
    const probe = e.text.slice(textIndex, textIndex + 4);
    const found = probe ? raw.indexOf(probe, e.column - 1) : -1;
    return found >= 0 ? found + 1 : e.column + textIndex;
  }

  /** A soft-wrapped line continues the previous holder when nothing marks a new paragraph. */
  private continues(e: SourceLine): InlineHolder | undefined {
    const last = this.lastHolder;
    if (!last || e.first || e.indented || e.block !== last.line.block) return undefined;
    if (endsSentence(last.line.text)) return undefined;
    return last.holder;
  }

  private articleLine(e: SourceLine): void {
    const item = matchItem(e.text);
    if (item) {
      if (item.halfWidth) this.halfWidthItems.push(e);
      const paragraph = this.paragraph ?? this.newParagraph(e);
      const node: Item = { type: 'item', num: item.num, ordinal: item.ordinal, children: [], position: this.index.span(e.line, e.column) };
      paragraph.children.push(node);
      this.item = node;
      if (item.rest !== '') this.appendText(node, item.rest, e, item.restIndex);
      else this.lastHolder = { holder: node, line: e };
      return;
    }
    const subitem = matchSubitem(e.text);
    if (subitem && this.item) {
      const node: Subitem = {
        type: 'subitem',
        num: subitem.num,
        ordinal: subitem.ordinal,
        children: [],
        position: this.index.span(e.line, e.column),
      };
      this.item.children.push(node);
      if (subitem.rest !== '') this.appendText(node, subitem.rest, e, subitem.restIndex);
      else this.lastHolder = { holder: node, line: e };
      return;
    }
    const holder = this.continues(e);
    if (holder) return this.appendText(holder, joinWrapped(holder, e.text), e, 0);
    if (subitem) this.looseSubitems.push(e);
    const paragraph = this.newParagraph(e);
    this.appendText(paragraph, e.text, e, 0);
  }

  private matchLevel(text: string): { depth: 1 | 2 | 3 | 4; label: { num: string; ordinal: number; rest: string; restIndex: number } } | null {
    const l1 = matchLevel1(text);
    if (l1) return { depth: 1, label: l1 };
    const l2 = matchItem(text);
    if (l2) return { depth: 2, label: l2 };
    const l3 = matchSubitem(text);
    if (l3) return { depth: 3, label: l3 };
    const l4 = matchLevel4(text);
    if (l4) return { depth: 4, label: l4 };
    return null;
  }

  private level(depth: 1 | 2 | 3 | 4, label: { num: string; ordinal: number; rest: string; restIndex: number }, e: SourceLine): void {
    this.front = false;
    while (this.levels.length > 0 && this.levels[this.levels.length - 1].depth >= depth) this.levels.pop();
    const node: Level = { type: 'level', depth, num: label.num, ordinal: label.ordinal, children: [], position: this.index.span(e.line, e.column) };
    const standalone = label.rest !== '' && !endsSentence(label.rest) && label.rest.length <= 40 && !/[。；]/.test(label.rest);
    if (standalone) {
      node.heading = label.rest;
      this.lastHolder = undefined;
    }
    const parent = this.levels[this.levels.length - 1];
    if (parent) parent.children.push(node);
    else this.container().push(node);
    this.levels.push(node);
    if (!standalone && label.rest !== '') {
      const paragraph: Paragraph = { type: 'paragraph', children: [], position: this.index.span(e.line, this.columnOf(e, label.restIndex)) };
      node.children.push(paragraph);
      this.appendText(paragraph, label.rest, e, label.restIndex);
    } else if (label.rest === '') {
      this.lastHolder = undefined;
    }
  }

  private clause(c: { num: string; path: number[]; rest: string; restIndex: number }, e: SourceLine): void {
    this.front = false;
    this.closeArticle();
    while (this.clauses.length > 0 && this.clauses[this.clauses.length - 1].path.length >= c.path.length) this.clauses.pop();
    const node: Clause = { type: 'clause', num: c.num, path: c.path, children: [], position: this.index.span(e.line, e.column) };
    const isHeading = c.rest !== '' && c.rest.length <= 30 && !endsSentence(c.rest) && !/[。；，]/.test(c.rest);
    if (isHeading) node.heading = c.rest;
    const parent = this.clauses[this.clauses.length - 1];
    if (parent) parent.children.push(node);
    else this.container().push(node);
    this.clauses.push(node);
    this.lastHolder = undefined;
    if (!isHeading && c.rest !== '') {
      const paragraph: Paragraph = { type: 'paragraph', children: [], position: this.index.span(e.line, this.columnOf(e, c.restIndex)) };
      node.children.push(paragraph);
      this.appendText(paragraph, c.rest, e, c.restIndex);
    }
  }

  /** Prose outside articles: continues a wrapped line, or becomes a free paragraph where it stands. */
  private freeLine(e: SourceLine): void {
    const holder = this.continues(e);
    if (holder) return this.appendText(holder, joinWrapped(holder, e.text), e, 0);
    const paragraph: Paragraph = { type: 'paragraph', children: [], position: this.index.span(e.line, e.column) };
    const level = this.levels[this.levels.length - 1];
    const clause = this.clauses[this.clauses.length - 1];
    if (level) level.children.push(paragraph);
    else if (clause) clause.children.push(paragraph);
    else this.container().push(paragraph);
    this.appendText(paragraph, e.text, e, 0);
  }

  // ── 目录 ──────────────────────────────────────────────────────────────────────────────────

  /** A 目录 line is a table of contents only when division lines follow it. */
  private looksLikeTocAhead(i: number): boolean {
    const next = this.events[i + 1];
    return next?.type === 'line' && matchDivision(next.text, next.kind === 'heading') !== null;
  }

  /** Reads 目录 entries until the first entry's heading comes round again (the body starts). */
  private readToc(i: number): number {
    const head = this.events[i] as SourceLine;
    this.front = false;
    this.closeArticle();
    this.levels = [];
    this.clauses = [];
    const toc: Toc = { type: 'toc', heading: head.text, children: [], position: this.index.span(head.line, head.column) };
    this.container().push(toc);
    let firstKey: string | undefined;
    let j = i + 1;
    for (; j < this.events.length; j++) {
      const e = this.events[j];
      if (e.type !== 'line') break;
      const isEntry = matchDivision(e.text, true) !== null || isUnnumberedSupplementary(e.text);
      if (!isEntry) break;
      const key = stripAllWhitespace(e.text);
      if (firstKey === undefined) firstKey = key;
      else if (key === firstKey) break;
      const entry: TocEntry = { type: 'tocEntry', value: e.text, position: this.index.span(e.line, e.column) };
      toc.children.push(entry);
    }
    this.lastHolder = undefined;
    return j - 1;
  }

  private reportSummaries(): void {
    if (this.halfWidthItems.length > 0) {
      const first = this.halfWidthItems[0];
      const n = this.halfWidthItems.length;
      report(
        this.file,
        'warning',
        `项的序号使用了半角括号“(一)”，应为全角“（一）”（本文件共 ${n} 处，此为第一处）。`,
        first,
        'parse-item-halfwidth',
        { actual: first.text.slice(0, 4) },
      );
    }
    if (this.looseSubitems.length > 0) {
      const first = this.looseSubitems[0];
      report(
        this.file,
        'info',
        `“${first.text.slice(0, 3)}”形式的目不在任何项之下，按款处理（本文件共 ${this.looseSubitems.length} 处，此为第一处）。`,
        first,
        'parse-subitem-outside-item',
      );
    }
  }
}

/** A wrapped line joins its paragraph directly (CJK), with one space between two Latin words. */
function joinWrapped(holder: InlineHolder, text: string): string {
  const last = holder.children[holder.children.length - 1];
  const before = last && last.type === 'text' ? last.value : '';
  return /[A-Za-z0-9,.;]$/.test(before) && /^[A-Za-z0-9]/.test(text) ? ' ' + text : text;
}

/** Opened minus closed parentheses (full-width and ASCII). */
function parenBalance(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth--;
  }
  return depth;
}

/** Every parent ends where its last child ends (children are appended in source order). */
function finishPositions(node: { position?: Position; children?: unknown[] }): void {
  const children = node.children as Array<{ position?: Position; children?: unknown[] }> | undefined;
  if (!children || children.length === 0) return;
  for (const child of children) finishPositions(child);
  const last = children[children.length - 1].position;
  if (node.position && last && last.end.offset! > node.position.end.offset!) node.position.end = { ...last.end };
}

