/**
 * Cuts an amendment instrument into statements: the lead-in names the amended text (standards §3.1
 * `…决定对《…》作如下修改：`), items open with `一、二、…`, and a quotation that spans several
 * paragraphs reopens `“` on each following paragraph and closes only on the last (standards §3.3).
 * Multi-instrument State Council decisions (附件1) are cut into one part per regulation named.
 */
import { RegdocError } from '../../cli/regdoc-error.js';
import type { SourcePlace } from './operations.js';

/** One statement: a paragraph, joined with the following ones while a quotation stays open. */
export interface Statement {
  /** Text; the paragraphs inside a quotation are separated by `\n` (their reopening quote removed). */
  text: string;
  /** Source place of every character of `text`. */
  places: SourcePlace[];
}

/** A numbered item (一、…) of the instrument with its follow-on paragraphs. */
export interface InstrumentItem {
  statements: Statement[];
}

export interface InstrumentText {
  title?: string;
  amendment: boolean;
  multi: boolean;
  items: InstrumentItem[];
  /** Closing statements (此外…, 本决定自…起施行, 《…》根据本决定…重新公布). */
  closing: Statement[];
  /** Titles named by the parts of a multi-instrument decision (for the error message). */
  partTitles: string[];
}

interface Para {
  text: string;
  places: SourcePlace[];
}

const ITEM_START = /^([一二三四五六七八九十百]+)、/;
const CLOSING = /^(此外|本决定|本修正案|《[^》]*》根据本|根据本决定)/;
const OPEN_QUOTES = '“"';

/** Markdown paragraphs with their places; front matter, headings and HTML comments are left out. */
function paragraphs(source: string): { paras: Para[]; heading?: string } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const paras: Para[] = [];
  let heading: string | undefined;
  let current: Para | null = null;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (end > 0) start = end + 1;
  }
  let inComment = false;
  for (let index = start; index < lines.length; index++) {
    let line = lines[index];
    let column = 1;
    if (inComment || /^\s*<!--/.test(line)) {
      inComment = !line.includes('-->');
      current = null;
      continue;
    }
    const heading1 = /^#\s+(.*)$/.exec(line);
    if (heading1) {
      heading ??= heading1[1].trim();
      current = null;
      continue;
    }
    if (/^#{2,6}\s/.test(line)) {
      current = null;
      continue;
    }
    const quoteMark = /^(\s*>\s?)+/.exec(line);
    if (quoteMark) {
      line = line.slice(quoteMark[0].length);
      column += quoteMark[0].length;
    }
    const lead = /^[\s\u3000]*/.exec(line)![0].length;
    const text = line.slice(lead).replace(/[\s\u3000]+$/, '');
    column += lead;
    if (text === '') {
      current = null;
      continue;
    }
    if (!current) {
      current = { text: '', places: [] };
      paras.push(current);
    }
    for (let i = 0; i < text.length; i++) {
      current.text += text[i];
      current.places.push({ line: index + 1, column: column + i });
    }
  }
  return { paras, heading };
}

/** True when a quotation is still open at the end of `text`. */
function quoteOpenAtEnd(text: string): boolean {
  let depth = 0;
  let ascii = false;
  for (const char of text) {
    if (char === '“') depth++;
    else if (char === '”') depth = Math.max(0, depth - 1);
    else if (char === '"') ascii = !ascii;
  }
  return depth > 0 || ascii;
}

/** An operation that announces its new text on the following, unquoted paragraphs (修改为：⏎ text). */
const BLOCK_OPENER = /(修改为|作为第[^：:“"]*?[条款项])[：:]$/;

function statementsOf(paras: Para[], path: string): Statement[] {
  const statements: Statement[] = [];
  for (let i = 0; i < paras.length; i++) {
    const statement: Statement = { text: paras[i].text, places: [...paras[i].places] };
    while (quoteOpenAtEnd(statement.text)) {
      const next = paras[i + 1];
      if (!next || !OPEN_QUOTES.includes(next.text[0])) {
        const place = statement.places[statement.text.lastIndexOf('“') >= 0 ? statement.text.lastIndexOf('“') : 0];
        throw new RegdocError('引号没有闭合：多段引文的每一段应以“开头，只在最后一段末尾用”闭合。', 'apply-quote-unclosed', { path, ...place }, 1);
      }
      statement.text += '\n' + next.text.slice(1);
      statement.places.push(next.places[0], ...next.places.slice(1));
      i++;
    }
    if (BLOCK_OPENER.test(statement.text)) {
      // The new text follows as plain paragraphs up to the next item (Shanghai 2024 style).
      const block: Para[] = [];
      while (paras[i + 1] && !ITEM_START.test(paras[i + 1].text) && !CLOSING.test(paras[i + 1].text)) {
        block.push(paras[++i]);
      }
      if (block.length > 0) {
        const last = statement.places[statement.places.length - 1];
        statement.text += '“';
        statement.places.push(last);
        block.forEach((para, index) => {
          if (index > 0) {
            statement.text += '\n';
            statement.places.push(para.places[0]);
          }
          statement.text += para.text;
          statement.places.push(...para.places);
        });
        statement.text += '”';
        statement.places.push(block[block.length - 1].places[block[block.length - 1].places.length - 1]);
      }
    }
    statements.push(statement);
  }
  return statements;
}

/** First 《…》 outside quotation marks. */
export function firstTitle(text: string): string | undefined {
  let depth = 0;
  let ascii = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '“') depth++;
    else if (char === '”') depth--;
    else if (char === '"') ascii = !ascii;
    else if (char === '《' && depth <= 0 && !ascii) {
      const end = text.indexOf('》', i);
      if (end > i) return text.slice(i + 1, end);
    }
  }
  return undefined;
}

function groupItems(statements: Statement[]): { items: InstrumentItem[]; closing: Statement[] } {
  const items: InstrumentItem[] = [];
  const closing: Statement[] = [];
  for (const statement of statements) {
    const match = ITEM_START.exec(statement.text);
    const rest = match ? { text: statement.text.slice(match[0].length), places: statement.places.slice(match[0].length) } : statement;
    if (CLOSING.test(rest.text)) {
      closing.push(rest);
      continue;
    }
    if (match || items.length === 0) items.push({ statements: [] });
    items[items.length - 1].statements.push(rest);
  }
  return { items, closing };
}

/** Reads an instrument's text into items. */
export function readInstrument(source: string, path: string): InstrumentText {
  const { paras, heading } = paragraphs(source);
  const annex1 = paras.findIndex((p) => /^附件[1一１]$/.test(p.text));
  if (annex1 >= 0) {
    let end = paras.findIndex((p, index) => index > annex1 && /^附件[2二２]$/.test(p.text));
    if (end < 0) end = paras.length;
    let body = paras.slice(annex1 + 1, end);
    if (body.length > 0 && !ITEM_START.test(body[0].text)) body = body.slice(1); // 附件 title
    const { items, closing } = groupItems(statementsOf(body, path));
    return {
      amendment: false,
      multi: true,
      items,
      closing,
      partTitles: items.map((item) => firstTitle(item.statements[0]?.text ?? '')).filter((t): t is string => !!t),
      title: undefined,
    };
  }
  const leadIn = paras.findIndex((p) => /作如下修改[：:]$/.test(p.text));
  let body: Para[];
  let title: string | undefined;
  if (leadIn >= 0) {
    title = firstTitle(paras[leadIn].text);
    body = paras.slice(leadIn + 1);
  } else {
    const first = paras.findIndex((p) => ITEM_START.test(p.text));
    if (first < 0) {
      throw new RegdocError(
        '没有找到修改内容：修改决定应有“……决定对《……》作如下修改：”一句，或以“一、”开始的修改条目。',
        'apply-no-operations',
        { path, line: 1, column: 1 },
        1,
      );
    }
    body = paras.slice(first);
  }
  const amendment = /修正案/.test(heading ?? '');
  if (!title && amendment && heading) title = heading.replace(/修正案.*$/, '');
  return { title, amendment, multi: false, ...groupItems(statementsOf(body, path)), partTitles: [] };
}
