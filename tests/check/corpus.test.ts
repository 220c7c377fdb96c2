/**
 * The check rules over the real corpus (../shared/corpus): official texts enacted as they are must
 * show no errors; faults injected into them must be found by the right rule on the right line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/parse/parse-document.js';
import { runChecks } from '../../src/check/run-checks.js';
import { allRules } from '../../src/check/rules/index.js';
import { collectReferences } from '../../src/references/collect-references.js';
import { findLabel } from '../../src/references/provision-texts.js';
import { createLocator } from '../../src/references/source-location.js';
import { itemLabel, unitLabel } from '../../src/numbering/labels.js';
import type { Article, Chapter, Root } from '../../src/tree/types.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const ruleIds = new Set(allRules.map((r) => r.meta.id));
const corpusTexts = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.md') && !/^(README|MANIFEST)/.test(f) && !/\.decision\.md$|\.amendment-/.test(f))
  .sort();

function check(source: string, path = 'x.md') {
  const file = new VFile({ path, value: source });
  const tree = parseDocument(file);
  runChecks(tree, file);
  return { tree, messages: file.messages.filter((m) => ruleIds.has(m.ruleId ?? '')) };
}

describe('check over the corpus', () => {
  it('reports no errors on any official regulation text and prints the warnings per rule', () => {
    expect(corpusTexts.length).toBeGreaterThan(30);
    const table = new Map<string, { warning: number; info: number; files: Set<string> }>();
    const errors: string[] = [];
    for (const name of corpusTexts) {
      const { messages } = check(readFileSync(join(CORPUS, name), 'utf8'), name);
      for (const m of messages) {
        if (m.fatal === true) errors.push(`${name}:${m.line}:${m.column} ${m.reason} ${m.ruleId}`);
        const row = table.get(m.ruleId!) ?? { warning: 0, info: 0, files: new Set() };
        if (m.fatal === false) row.warning++;
        else if (m.fatal !== true) row.info++;
        row.files.add(name);
        table.set(m.ruleId!, row);
      }
    }
    console.log(
      ['规则 | 警告 | 提示 | 文件数', ...[...table].sort().map(([id, r]) => `${id} | ${r.warning} | ${r.info} | ${r.files.size}`)].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});

// ---- fault injection -------------------------------------------------------------------------

interface Injection {
  kind: string;
  rule: string;
  line: number;
  source: string;
}

function articles(tree: Root): Article[] {
  const out: Article[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === 'article') out.push(n as Article);
    else for (const c of (n.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(c);
  };
  walk(tree);
  return out;
}

function chapters(tree: Root): Chapter[] {
  const out: Chapter[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === 'chapter') out.push(n as Chapter);
    for (const c of (n.children ?? []) as Array<{ type: string; children?: unknown[] }>) if (c.type !== 'article') walk(c);
  };
  walk(tree);
  return out;
}

/** Replaces spans (same line count), applying from the end. */
function replaceSpans(source: string, spans: Array<{ start: number; end: number; text: string }>): string {
  let out = source;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function injections(source: string): Injection[] {
  const tree = parseDocument(new VFile({ value: source }));
  const locator = createLocator(source);
  const list = articles(tree).filter((a) => !a.suffix && Number.isFinite(a.ordinal));
  if (list.length < 6) return [];
  const referenced = new Set(
    collectReferences(tree, source).references.flatMap((r) => [...r.componentTargets.values()].map((t) => t.article.node)),
  );
  const out: Injection[] = [];
  const lineOf = (offset: number) => locator.toPoint(offset).line;
  const mid = Math.floor(list.length / 2);
  // Gap: the middle article and every later one numbered one too high (an article “lost”).
  const gapAt = list.slice(mid).findIndex((a) => !referenced.has(a)) + mid;
  const later = list.slice(gapAt);
  if (gapAt >= mid && later.every((a) => findLabel(a, a.num, locator)) && !later.some((a) => referenced.has(a))) {
    const spans = later.map((a) => ({ ...findLabel(a, a.num, locator)!, text: unitLabel('article', a.ordinal + 1) }));
    out.push({ kind: '条号跳号', rule: 'article-sequence', line: lineOf(spans[0].start), source: replaceSpans(source, spans) });
  }
  // Duplicate: an unreferenced article carries the previous article's number.
  const dupIndex = list.findIndex((a, i) => i > 1 && !referenced.has(a) && !referenced.has(list[i - 1]));
  if (dupIndex > 0) {
    const a = list[dupIndex];
    const span = findLabel(a, a.num, locator)!;
    out.push({ kind: '条号重复', rule: 'article-sequence', line: lineOf(span.start), source: replaceSpans(source, [{ ...span, text: list[dupIndex - 1].num }]) });
  }
  // 第一十一条.
  const eleventh = list.find((a) => a.ordinal === 11);
  if (eleventh) {
    const span = findLabel(eleventh, eleventh.num, locator)!;
    out.push({ kind: '第一十一条', rule: 'numeral-canonical', line: lineOf(span.start), source: replaceSpans(source, [{ ...span, text: '第一十一条' }]) });
  }
  // Half-width (二).
  const withItems = list.flatMap((a) => a.children.flatMap((p) => p.children.filter((c) => c.type === 'item'))).find((item) => item.num === itemLabel(2));
  if (withItems) {
    const span = findLabel(withItems, withItems.num, locator)!;
    out.push({ kind: '半角(二)', rule: 'item-brackets', line: lineOf(span.start), source: replaceSpans(source, [{ ...span, text: '(二)' }]) });
  }
  // Last 项 ending in ；.
  for (const a of list) {
    const lists = a.children.map((p) => p.children.filter((c) => c.type === 'item')).filter((l) => l.length >= 2);
    const last = lists[0]?.[lists[0].length - 1];
    if (!last || !last.position || last.children.some((c) => c.type === 'subitem')) continue;
    const end = locator.toOffset(last.position.end);
    const text = source.slice(locator.toOffset(last.position.start), end).replace(/\s+$/, '');
    if (!text.endsWith('。')) continue;
    const at = locator.toOffset(last.position.start) + text.length - 1;
    out.push({ kind: '末项用；', rule: 'item-punctuation', line: lineOf(at), source: replaceSpans(source, [{ start: at, end: at + 1, text: '；' }]) });
    break;
  }
  // 第四章 after 第二章 (第三章 lost): only texts with chapters numbered straight through.
  const chs = chapters(tree).filter((c) => c.num !== '');
  if (chs.length >= 3 && chs.every((c, i) => c.ordinal === i + 1)) {
    const spans = chs.slice(2).map((c) => ({ ...findLabel(c, c.num, locator)!, text: unitLabel('chapter', c.ordinal + 1) }));
    if (spans.every((s) => s.start !== undefined)) {
      out.push({ kind: '第二章后接第四章', rule: 'chapter-sequence', line: lineOf(spans[0].start), source: replaceSpans(source, spans) });
    }
  }
  // A reference to an article that does not exist, added to the first 款 of the third article.
  const third = list[2];
  const paragraph = third.children[0];
  if (paragraph?.position) {
    const text = paragraph.children.find((c) => c.type === 'text');
    const stop = text?.position ? locator.toOffset(text.position.end) : undefined;
    if (stop !== undefined && source[stop - 1] === '。') {
      const at = stop - 1;
      out.push({
        kind: '引用不存在的条',
        rule: 'reference-target',
        line: lineOf(at),
        source: replaceSpans(source, [{ start: at, end: at, text: `，依照${unitLabel('article', list.length + 20)}的规定` }]),
      });
    }
  }
  return out;
}

describe('fault injection over the corpus', () => {
  it('finds each injected fault with the right rule on the right line, with few false alarms', () => {
    const rows: string[] = [];
    let injected = 0;
    let detected = 0;
    let falseAlarms = 0;
    const misses: string[] = [];
    const perKind = new Map<string, { injected: number; detected: number; falseAlarms: number }>();
    for (const name of corpusTexts) {
      const source = readFileSync(join(CORPUS, name), 'utf8');
      const baseline = new Set(check(source).messages.map((m) => `${m.ruleId}|${m.line}|${m.reason}`));
      for (const injection of injections(source)) {
        injected++;
        const kind = perKind.get(injection.kind) ?? { injected: 0, detected: 0, falseAlarms: 0 };
        kind.injected++;
        const fresh = check(injection.source).messages.filter((m) => !baseline.has(`${m.ruleId}|${m.line}|${m.reason}`));
        const hit = fresh.find((m) => m.ruleId === injection.rule && m.line === injection.line);
        if (hit) {
          detected++;
          kind.detected++;
        } else misses.push(`${name} ${injection.kind} line ${injection.line}: ${fresh.map((m) => `${m.ruleId}@${m.line}`).join(', ')}`);
        const others = fresh.filter((m) => m !== hit);
        falseAlarms += others.length;
        kind.falseAlarms += others.length;
        for (const m of others) rows.push(`  ${name} [${injection.kind}] 另报 ${m.line}:${m.column} ${m.reason} ${m.ruleId}`);
        perKind.set(injection.kind, kind);
      }
    }
    console.log(
      [
        `注入 ${injected} 处，检出 ${detected} 处（召回率 ${((detected / injected) * 100).toFixed(1)}%），额外报告 ${falseAlarms} 条`,
        ...[...perKind].map(([k, v]) => `${k}: 注入 ${v.injected}，检出 ${v.detected}，额外 ${v.falseAlarms}`),
        ...rows.slice(0, 60),
        ...misses.map((m) => `  漏报 ${m}`),
      ].join('\n'),
    );
    expect(injected).toBeGreaterThan(100);
    expect(misses).toEqual([]);
    expect(falseAlarms / injected).toBeLessThan(0.05);
  });
});
