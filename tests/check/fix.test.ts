/**
 * `regdoc fix`: renumbering keeps every reference pointing at the same provision, keeps formatting,
 * is idempotent, and leaves no numbering error behind (checked on corpus texts and with fast-check).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/parse/parse-document.js';
import { fixNumbering } from '../../src/check/fix-numbering.js';
import { runChecks } from '../../src/check/run-checks.js';
import { collectReferences } from '../../src/references/collect-references.js';
import { createLocator } from '../../src/references/source-location.js';
import { articleLabel } from '../../src/numbering/labels.js';
import { formatChineseNumeral } from '../../src/numbering/chinese-numerals.js';
import { inlineText } from '../../src/check/check-context.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const parse = (source: string) => parseDocument(new VFile({ path: 't.md', value: source }));
const NUMBERING_RULES = new Set(['article-sequence', 'numeral-canonical', 'chapter-sequence', 'section-sequence', 'part-sequence', 'item-sequence', 'subitem-sequence', 'reference-target']);

function errors(source: string): string[] {
  const file = new VFile({ path: 't.md', value: source });
  const tree = parseDocument(file);
  runChecks(tree, file);
  return file.messages.filter((m) => m.fatal === true && NUMBERING_RULES.has(m.ruleId ?? '')).map((m) => `${m.line}:${m.column} ${m.reason} ${m.ruleId}`);
}

/** For every internal reference, in order: the opening words of the 条 it points at. */
function referenceTargets(source: string): string[] {
  const tree = parse(source);
  return collectReferences(tree, source)
    .references.filter((r) => !r.reference.external)
    .flatMap((r) => [...r.componentTargets.values()].map((t) => masked(inlineText(t.article.node.children[0])).slice(0, 30) + (t.item ? `#${masked(inlineText(t.item)).slice(0, 12)}` : '')));
}

/** Text with article and item numbers masked, so that a provision is recognised after renumbering. */
function masked(text: string): string {
  return text.replace(/第[零〇一二三四五六七八九十百千]+(条(之[一二三四五六七八九十]+)?|项)|第（[一二三四五六七八九十]+）项/g, '第#');
}

function insertAfterArticle(source: string, ordinal: number, label: string, text: string): string {
  const tree = parse(source);
  const locator = createLocator(source);
  let target: { position?: { end: { line: number; column: number; offset?: number } } } | undefined;
  const walk = (n: { type: string; ordinal?: number; suffix?: number; children?: unknown[] }) => {
    if (n.type === 'article' && n.ordinal === ordinal && !n.suffix) target = n as never;
    for (const c of (n.children ?? []) as never[]) walk(c);
  };
  walk(tree);
  const end = locator.toOffset(target!.position!.end);
  return `${source.slice(0, end)}\n\n${label} ${text}${source.slice(end)}`;
}

describe('fix on corpus texts', () => {
  const source = readFileSync(join(CORPUS, 'guizhang-zhiding.2017.md'), 'utf8');

  it('renumbers every later article and reference when an article is inserted in the middle, and the result checks clean', () => {
    expect(errors(source)).toEqual([]);
    const before = referenceTargets(source);
    expect(before.length).toBeGreaterThanOrEqual(5);
    const drafted = insertAfterArticle(source, 10, '第十条之一', '新增条文，依照本条例第十一条的规定执行。');
    const result = fixNumbering(parse(drafted), drafted, { mergeInserted: true });
    expect(result.refusals).toEqual([]);
    expect(result.changed).toBe(true);
    expect(errors(result.output)).toEqual([]);
    // The old 第十一条 is now 第十二条, and the new article's reference moved with it.
    expect(result.output).toContain('第十一条 新增条文，依照本条例第十二条的规定执行。');
    const after = referenceTargets(result.output).filter((t) => !t.startsWith('新增条文'));
    // The inserted article's own reference is the only extra one.
    expect(after.filter((_, i) => i !== after.length)).toEqual(
      referenceTargets(drafted).filter((t) => !t.startsWith('新增条文')),
    );
    // Formatting kept: same number of lines, and only lines with labels or references differ.
    expect(result.output.split('\n').length).toBe(drafted.split('\n').length);
  });

  it('renumbers a duplicated number when the article is new and nothing cites that number', () => {
    // 第三十五条 is not cited anywhere in 规章制定程序条例; a new article copied with that number goes before it.
    const cited = new Set(collectReferences(parse(source), source).references.flatMap((r) => [...r.componentTargets.values()].map((t) => t.article.node.ordinal)));
    const free = [30, 31, 32, 33, 34, 35, 36].find((n) => !cited.has(n) && !cited.has(n + 1))!;
    const drafted = insertAfterArticle(source, free, articleLabel(free + 1), '新增条文。');
    expect(errors(drafted).some((e) => e.includes('article-sequence'))).toBe(true);
    const result = fixNumbering(parse(drafted), drafted);
    expect(result.refusals).toEqual([]);
    expect(errors(result.output)).toEqual([]);
    expect(referenceTargets(result.output)).toEqual(referenceTargets(drafted));
  });

  it('refuses when a reference points at an article that does not exist', () => {
    const drafted = insertAfterArticle(source, 10, '第十条之一', '依照本条例第九十九条的规定。');
    const result = fixNumbering(parse(drafted), drafted, { mergeInserted: true });
    expect(result.refusals.map((r) => r.reason)).toEqual([
      '引用“本条例第九十九条”无法确定指向（引用的第九十九条不存在（本文件共42条）），不能自动改号，请先人工修正',
    ]);
    expect(result.output).toBe(drafted);
  });

  it('leaves a correctly numbered corpus text unchanged', () => {
    for (const name of ['minfadian.2020.md', 'xingfa.2023.md', 'xingzheng-chufa-fa.2021.md']) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const result = fixNumbering(parse(text), text);
      expect([name, result.changed, result.refusals]).toEqual([name, false, []]);
    }
  });
});

// ---- property tests --------------------------------------------------------------------------

interface DraftArticle {
  label: number;
  items: number[];
  refs: number[];
}

/** A small draft: articles with arbitrary (possibly wrong) numbers, items, and references by position. */
const draftArb = fc
  .array(
    fc.record({
      label: fc.integer({ min: 1, max: 40 }),
      items: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
      refs: fc.array(fc.nat({ max: 30 }), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((articles: DraftArticle[]) => {
    // References may only name numbers that occur exactly once, so that they are unambiguous.
    const counts = new Map<number, number>();
    for (const a of articles) counts.set(a.label, (counts.get(a.label) ?? 0) + 1);
    const unique = articles.filter((a) => counts.get(a.label) === 1);
    const lines = ['# 某市测试办法', ''];
    articles.forEach((a, i) => {
      const refs = unique.length ? a.refs.map((r) => articleLabel(unique[r % unique.length].label)) : [];
      const cite = refs.length ? `依照${refs.join('、')}的规定，` : '';
      lines.push(`${articleLabel(a.label)}　内容${i}，${cite}${a.items.length ? '下列事项：' : '予以规定。'}`);
      a.items.forEach((n, k) => lines.push(`（${formatChineseNumeral(n)}）事项${k}${k === a.items.length - 1 ? '。' : '；'}`));
      lines.push('');
    });
    return lines.join('\n');
  });

describe('fix properties', () => {
  it('leaves no numbering error, keeps references on the same articles, and is idempotent', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const once = fixNumbering(parse(draft), draft);
        if (once.refusals.length) return;
        const fixed = once.output;
        expect(errors(fixed)).toEqual([]);
        expect(referenceTargets(fixed)).toEqual(referenceTargets(draft));
        const twice = fixNumbering(parse(fixed), fixed);
        expect(twice.changed).toBe(false);
        expect(twice.output).toBe(fixed);
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });
});


describe('fix on items', () => {
  it('renumbers （一）（三） and the references to （三）, keeping the bracket style of each reference', () => {
    const draft = '# 某市停车管理办法\n\n第一条　下列事项：\n（一）甲；\n（三）乙。\n\n第二条　依照第一条第（三）项和第一条第三项。\n';
    const result = fixNumbering(parse(draft), draft);
    expect(result.output).toBe('# 某市停车管理办法\n\n第一条　下列事项：\n（一）甲；\n（二）乙。\n\n第二条　依照第一条第（二）项和第一条第二项。\n');
  });
  it('keeps 第X条之一 inserts unless asked to merge them', () => {
    const draft = '# 某市停车管理办法\n\n第一条　甲。\n\n第一条之一　乙。\n\n第三条　依照第一条之一。\n';
    expect(fixNumbering(parse(draft), draft).output).toBe(draft.replace('第三条', '第二条'));
    expect(fixNumbering(parse(draft), draft, { mergeInserted: true }).output).toBe('# 某市停车管理办法\n\n第一条　甲。\n\n第二条　乙。\n\n第三条　依照第二条。\n');
  });
});
