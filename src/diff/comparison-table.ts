/**
 * The 修改对照表 (standards §4) as a neutral model that the DOCX, PDF, HTML and Markdown renderers draw:
 * three columns 修改前 | 修改后 | 修改说明, one row per article (unchanged articles only with `all`),
 * 章/节 headings as spanning rows, deletions marked in the old column (struck through), insertions in the new
 * column (bold + underlined), renumbered articles labelled 第二十二条（原第二十一条）, whole articles
 * （新增）/（删除）, and a 注： legend under the title because marking schemes differ between offices.
 */
import { formatChineseNumeral } from '../numbering/chinese-numerals.js';
import type {
  ArticleChange,
  ArticleRef,
  BlockChange,
  Change,
  DiffResult,
  DivisionChange,
  ItemChange,
  ParagraphChange,
  Segment,
} from './types.js';

export interface TableRun {
  text: string;
  /** delete: struck through (old column); insert: bold + underlined (new column). */
  mark?: 'delete' | 'insert';
  /** The article label (第十条), set in the heading font. */
  label?: boolean;
}

export interface TableParagraph {
  runs: TableRun[];
  /** A 项/目 line (no first-line indent in most house styles). */
  item?: boolean;
}

export interface TableCellModel {
  paragraphs: TableParagraph[];
}

export type TableRowModel =
  | { kind: 'heading'; text: string }
  | { kind: 'unit'; change: Change['kind']; old: TableCellModel; new: TableCellModel; note: string };

export interface ComparisonTableModel {
  title: string;
  legend: string;
  columns: [string, string, string];
  rows: TableRowModel[];
}

export interface ComparisonTableOptions {
  /** Include unchanged articles (and every heading). */
  all?: boolean;
}

export const LEGEND =
  '注：修改前一栏中加删除线的文字为删去的内容，修改后一栏中加粗并加下划线的文字为新增或者修改后的内容；“（原第×条）”为修改前的条文序号。';

const NEW_MARK = '（新增）';
const DELETED_MARK = '（删除）';

type Side = 'old' | 'new';

/** Runs of one side: equal text plain, own-side changes marked, the other side's changes left out. */
function sideRuns(segments: Segment[], side: Side): TableRun[] {
  const own = side === 'old' ? 'delete' : 'insert';
  const runs: TableRun[] = [];
  for (const s of segments) {
    if (s.op === 'equal') runs.push({ text: s.text });
    else if (s.op === own) runs.push({ text: s.text, mark: own });
  }
  return runs;
}

function itemParagraphs(items: ItemChange[], side: Side): TableParagraph[] {
  const out: TableParagraph[] = [];
  for (const item of items) {
    if (!item[side]) continue;
    out.push({ item: true, runs: [...sideRuns(item.numSegments, side), ...sideRuns(item.segments, side)] });
    for (const sub of item.subitems) {
      if (!sub[side]) continue;
      out.push({ item: true, runs: [...sideRuns(sub.numSegments, side), ...sideRuns(sub.segments, side)] });
    }
  }
  return out;
}

const fullLabel = (ref: ArticleRef): string => (ref.heading ? `${ref.label}（${ref.heading}）` : ref.label);

function newLabel(change: ArticleChange, ref: ArticleRef): string {
  const olds = change.old;
  if (olds.length === 0) return fullLabel(ref);
  const sameNumber = olds.length === 1 && olds[0].ordinal === ref.ordinal && olds[0].suffix === ref.suffix;
  if (sameNumber) return fullLabel(ref);
  return `${fullLabel(ref)}（原${olds.map((o) => o.label).join('、')}）`;
}

/** One side of an article row: each article's label in front of its first 款. */
function articleCell(change: ArticleChange, side: Side): TableCellModel {
  const refs = change[side];
  if (refs.length === 0) return { paragraphs: [{ runs: [{ text: side === 'old' ? NEW_MARK : DELETED_MARK }] }] };
  const paragraphs: TableParagraph[] = [];
  const labelled = new Set<number>();
  const labelRuns = (article: number): TableRun[] => {
    if (labelled.has(article)) return [];
    labelled.add(article);
    const ref = refs[article];
    const text = side === 'new' ? newLabel(change, ref) : fullLabel(ref);
    return [{ text, label: true }, { text: '\u3000' }];
  };
  const paragraphsOf = (p: ParagraphChange): void => {
    const at = p[side];
    if (!at) return;
    paragraphs.push({ runs: [...labelRuns(at.article), ...sideRuns(p.segments, side)] });
    paragraphs.push(...itemParagraphs(p.items, side));
  };
  change.paragraphs.forEach(paragraphsOf);
  // Articles without any 款 still show their label.
  refs.forEach((_, i) => {
    if (!labelled.has(i)) paragraphs.push({ runs: labelRuns(i) });
  });
  if (change.kind === 'insert' || change.kind === 'delete') {
    const mark = change.kind;
    for (const p of paragraphs) for (const r of p.runs) if (!r.label && r.text.trim()) r.mark = mark;
  }
  return { paragraphs };
}

/** Auto text for 修改说明. */
export function explainArticle(change: ArticleChange): string {
  const olds = change.old.map((r) => r.label).join('、');
  const news = change.new.map((r) => r.label).join('、');
  switch (change.kind) {
    case 'insert':
      return '新增';
    case 'delete':
      return '删除';
    case 'merge':
      return `合并（${olds}合并为${news}）${change.modified ? '并修改' : ''}`;
    case 'split':
      return `拆分（${olds}拆分为${news}）${change.modified ? '并修改' : ''}`;
    case 'move':
      return change.modified ? `条文顺序调整；修改${detail(change)}` : '条文顺序调整';
    case 'renumber':
      return '条文序号调整';
    case 'modify':
      if (change.widthOnly) return '标点符号修改（全角、半角）';
      return `修改${detail(change)}`;
    default:
      return '未修改';
  }
}

/** “（增加第三款；删去原第二项）” — what the change does at 款/项 level, when it adds or removes parts. */
function detail(change: ArticleChange): string {
  const parts: string[] = [];
  const cn = formatChineseNumeral;
  if (change.headingChange) parts.push('修改条标题');
  for (const p of change.paragraphs) {
    if (p.kind === 'insert' && p.new) parts.push(`增加第${cn(p.new.paragraph)}款`);
    if (p.kind === 'delete' && p.old) parts.push(`删去原第${cn(p.old.paragraph)}款`);
    for (const item of p.items) {
      if (p.kind !== 'equal' && p.kind !== 'modify') continue;
      if (item.kind === 'insert' && item.new) parts.push(`增加第${item.new.num.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))}项`);
      if (item.kind === 'delete' && item.old) parts.push(`删去原第${item.old.num.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))}项`);
    }
  }
  return parts.length ? `（${parts.join('；')}）` : '';
}

function divisionRow(change: DivisionChange): TableRowModel {
  const cell = (side: Side): TableCellModel => {
    const ref = change[side];
    if (!ref) return { paragraphs: [{ runs: [{ text: side === 'old' ? NEW_MARK : DELETED_MARK }] }] };
    const runs: TableRun[] = [{ text: ref.num ? `${ref.num}\u3000` : '', label: true }];
    if (change.kind === 'insert' || change.kind === 'delete') runs.push({ text: ref.heading, mark: change.kind });
    else runs.push(...sideRuns(change.segments, side));
    return { paragraphs: [{ runs: runs.filter((r) => r.text) }] };
  };
  const unit = { part: '编', subpart: '分编', chapter: '章', section: '节' }[(change.new ?? change.old)!.type];
  const note =
    change.kind === 'insert' ? `新增${unit}` : change.kind === 'delete' ? `删除${unit}` : change.kind === 'modify' ? `修改${unit}名` : `${unit}序号调整`;
  return { kind: 'unit', change: change.kind, old: cell('old'), new: cell('new'), note };
}

function blockRow(change: BlockChange): TableRowModel {
  const cell = (side: Side): TableCellModel => {
    const at = change[side];
    if (!at) return { paragraphs: [{ runs: [{ text: side === 'old' ? NEW_MARK : DELETED_MARK }] }] };
    const runs = change.kind === 'insert' || change.kind === 'delete' ? [{ text: at.text, mark: change.kind }] : sideRuns(change.segments, side);
    return { paragraphs: [{ runs }] };
  };
  const note = change.kind === 'insert' ? '新增' : change.kind === 'delete' ? '删除' : change.kind === 'modify' ? '修改' : '未修改';
  return { kind: 'unit', change: change.kind, old: cell('old'), new: cell('new'), note };
}

export function comparisonTable(result: DiffResult, options: ComparisonTableOptions = {}): ComparisonTableModel {
  const shown = (e: Change): boolean => options.all || (e.kind !== 'equal' && e.kind !== 'renumber');
  const rows: TableRowModel[] = [];
  // A heading row is held back until a row under it is shown, so unchanged chapters do not appear.
  let pendingHeadings: Array<{ text: string; depth: number }> = [];
  const depthOf = { part: 0, subpart: 1, chapter: 2, section: 3 } as const;
  for (const entry of result.entries) {
    if (entry.unit === 'division') {
      if (entry.kind === 'equal' || entry.kind === 'renumber') {
        const ref = entry.new!;
        const depth = depthOf[ref.type];
        pendingHeadings = pendingHeadings.filter((h) => h.depth < depth);
        pendingHeadings.push({ text: ref.label, depth });
        if (options.all) flushHeadings();
        continue;
      }
      flushHeadings();
      rows.push(divisionRow(entry));
      if (entry.new) pendingHeadings = pendingHeadings.filter((h) => h.depth < depthOf[entry.new!.type]);
      continue;
    }
    if (entry.unit === 'block') {
      // Title and 题注 describe the version, not its content; free paragraphs are compared.
      if (entry.blockType === 'note' || (entry.blockType === 'title' && entry.kind === 'equal')) continue;
      if (!shown(entry)) continue;
      flushHeadings();
      rows.push(blockRow(entry));
      continue;
    }
    if (!shown(entry)) continue;
    flushHeadings();
    rows.push({ kind: 'unit', change: entry.kind, old: articleCell(entry, 'old'), new: articleCell(entry, 'new'), note: explainArticle(entry) });
  }
  function flushHeadings(): void {
    for (const h of pendingHeadings) rows.push({ kind: 'heading', text: h.text });
    pendingHeadings = [];
  }
  const name = result.new.title || result.old.title;
  return {
    title: name ? `《${name}》修改对照表` : '修改对照表',
    legend: LEGEND,
    columns: ['修改前', '修改后', '修改说明'],
    rows,
  };
}
