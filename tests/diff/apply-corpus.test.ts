import { afterAll, describe, expect, it } from 'vitest';
import { firstTitle, readInstrument } from '../../src/diff/apply/instrument-text.js';
import { sameTitle } from '../../src/diff/apply/index.js';
import { TRIPLES, applyTo, corpus, decide, differing, parse } from './apply-support.js';

/**
 * Where the published consolidated text departs from the literal instrument (checked by hand against
 * the instrument text; these are not replay errors):
 * - T1 会计法: 第二十五条 and 第三十七条 were published with a comma the decision does not add
 *   (在“…制度”后增加“并将其纳入…” → “…制度，并将其纳入…”; 在“提高业务素质”后增加“严格遵守…” →
 *   “提高业务素质，严格遵守…”); 第四十三条 was published with “打击报复的，依法给予处分” where the
 *   decision's replacement gives “打击报复，依法给予处分”.
 * - T14 上海: the decision itself says “此外，对法规的一些文字作了修改”; the published text differs in
 *   行使/履行 (第一条), 业务培训/培训 (第八条), 备案审查工作/备案工作 (第九条), 予以通报/适时予以通报
 *   (第十二条), 和/、 (第二十一条), two 款 joined into one (第三十九条) and a comma (第四十条).
 * T3 刑法: the 2023 file carries a publisher's footnote (① 施行日期…) after 第四百五十二条; footnotes
 * are not legal text and are left out of the comparison.
 */
const DEPARTURES: Record<string, string[]> = {
  T1: ['第二十五条', '第三十七条', '第四十三条'],
  T14: ['第一条', '第八条', '第九条', '第十二条', '第二十一条', '第三十九条', '第四十条'],
};

const table: string[] = [];

describe('replaying the official instruments of the corpus triples (MANIFEST T1–T14)', () => {
  it.each(TRIPLES)('$id: the instrument applied to $old gives $new, article by article', ({ id, old, new: neu, instrument }) => {
    const applied = applyTo(old, corpus(instrument), instrument);
    const want = parse(corpus(neu), neu);
    const diff = differing(applied.tree, want);
    expect(diff).toEqual(DEPARTURES[id] ?? []);
    const own = decide(corpus(old), corpus(neu));
    const read = readInstrument(corpus(instrument), instrument);
    const title = parse(corpus(old)).children.find((c) => c.type === 'title');
    const part = read.items.find((item) => sameTitle(firstTitle(item.statements[0]?.text ?? '') ?? '', title?.type === 'title' ? title.value : ''));
    const officialItems = read.multi ? `附件1 一项（${part?.statements.length} 句）` : String(read.items.length);
    table.push(
      `| ${id} | ${old} → ${neu} | ${officialItems} | ${own.items.length} | ${diff.length === 0 ? '通过' : `通过（${diff.length} 条为官方文本与决定字面不符）`} |`,
    );
  });
});

describe('replaying regdoc’s own decision', () => {
  const pairs = [
    ...TRIPLES.map((t) => [t.old, t.new]),
    ['xingzheng-chufa-fa.2017.md', 'xingzheng-chufa-fa.2021.md'],
    ['xingzheng-fuyi-fa.2017.md', 'xingzheng-fuyi-fa.2023.md'],
    ['beijing.beian-shencha.2021.md', 'beijing.beian-shencha.2024.md'],
  ];
  it.each(pairs)('the decision generated for %s → %s replays to the new text', (old, neu) => {
    const own = decide(corpus(old), corpus(neu));
    expect(own.unresolved).toEqual([]);
    // 行政复议法 2017→2023 is a 修订 that moves whole 章 (第二章 becomes 第四章): the decision cannot
    // state that (the user is told); every other pair keeps its 章 exactly.
    if (!/xingzheng-fuyi-fa/.test(old)) expect(own.chapterMismatch).toEqual([]);
    else expect(own.chapterMismatch.length).toBeGreaterThan(0);
    const applied = applyTo(old, own.markdown, 'decision.md');
    expect(differing(applied.tree, parse(corpus(neu), neu))).toEqual([]);
  });
});

afterAll(() => {
  if (table.length === 0) return;
  table.sort((a, b) => Number(/T(\d+)/.exec(a)![1]) - Number(/T(\d+)/.exec(b)![1]));
  process.stdout.write(['| 组 | 文本 | 官方条目数 | regdoc 生成条目数 | 官方决定回放 |', '|---|---|---|---|---|', ...table].join('\n') + '\n');
});
