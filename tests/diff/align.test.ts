import { describe, expect, it } from 'vitest';
import { align } from '../../src/diff/align.js';
import { formatChineseNumeral } from '../../src/numbering/chinese-numerals.js';
import { parseChineseNumeral } from '../../src/numbering/chinese-numerals.js';
import { articleChanges, articleCoverage, corpusText, corpusTree, describe as show, tree } from './load.js';

describe('align: identical and simple cases', () => {
  it.each(['kuaiji-fa.2024.md', 'xingzheng-chufa-fa.2021.md', 'yinshuaye-tiaoli.2020.md'])('finds no change between %s and itself', (name) => {
    const t = corpusTree(name);
    const result = align(t, t);
    expect(result.changes).toEqual([]);
    expect(result.renumbering).toEqual([]);
    expect(result.entries.every((e) => e.kind === 'equal')).toBe(true);
  });

  it('reports one article inserted at the start of an 86-article law as ONE insert, with the 86 renumberings as facts', () => {
    const source = corpusText('xingzheng-chufa-fa.2021.md');
    // Insert a new 第一条 and shift every article label by one, as a drafter would.
    let first = true;
    const shifted = source.replace(/^第([零〇一二三四五六七八九十百千]+)条(?=[\s\u3000])/gmu, (_, n: string) => {
      const label = `第${formatChineseNumeral(parseChineseNumeral(n) + 1)}条`;
      if (!first) return label;
      first = false;
      return `第一条　为了测试比对功能，增加本条。\n\n${label}`;
    });
    const result = align(corpusTree('xingzheng-chufa-fa.2021.md'), tree(shifted));
    const changes = articleChanges(result.changes);
    expect(changes.map(show)).toEqual(['insert →第一条']);
    expect(result.renumbering.filter((r) => r.unit === 'article')).toHaveLength(86);
    expect(result.renumbering[0]).toMatchObject({ oldLabel: '第一条', newLabel: '第二条' });
    expect(result.stats.modified).toBe(0);
  });

  it('pairs 款 and 项 by content: a 项 inserted first renumbers the others without marking them changed', () => {
    const before = tree('# 办法\n\n第一条　有下列情形之一的，不予处罚：\n\n（一）甲情形；\n\n（二）乙情形。\n');
    const after = tree('# 办法\n\n第一条　有下列情形之一的，不予处罚：\n\n（一）新的情形；\n\n（二）甲情形；\n\n（三）乙情形。\n');
    const [change] = articleChanges(align(before, after).changes);
    expect(change.kind).toBe('modify');
    const items = change.paragraphs[0].items;
    expect(items.map((i) => [i.kind, i.old?.num, i.new?.num, i.renumbered])).toEqual([
      ['insert', undefined, '（一）', false],
      ['modify', '（一）', '（二）', true],
      ['modify', '（二）', '（三）', true],
    ]);
    // Only the numbers changed in the shifted items.
    expect(items[1].segments).toEqual([{ op: 'equal', text: '甲情形；' }]);
  });

  it('records a 款 added as the first 款 as an insert (standards P5 增加一款，作为第一款)', () => {
    const before = tree('# 办法\n\n第二条　原有的款。\n');
    const after = tree('# 办法\n\n第二条　新增的第一款。\n\n原有的款。\n');
    const [change] = articleChanges(align(before, after).changes);
    expect(change.paragraphs.map((p) => [p.kind, p.old?.paragraph, p.new?.paragraph])).toEqual([
      ['insert', undefined, 1],
      ['equal', 1, 2],
    ]);
  });

  it('detects a moved article as a move, not as a deletion plus an insertion', () => {
    const body = (order: number[]) =>
      '# 办法\n\n' + order.map((n, i) => `第${formatChineseNumeral(i + 1)}条　${['甲', '乙', '丙', '丁', '戊'][n]}方面的规定内容应当如此执行，不得违反。`).join('\n\n') + '\n';
    const result = align(tree(body([0, 1, 2, 3, 4])), tree(body([0, 2, 3, 4, 1])));
    expect(articleChanges(result.changes).map(show)).toEqual(['move 第二条→第五条']);
  });

  it('reports a change of a chapter name as a division change (standards P19 章名修改)', () => {
    const result = align(tree('# 办法\n\n## 第一章　总则\n\n第一条　甲。\n'), tree('# 办法\n\n## 第一章　一般规定\n\n第一条　甲。\n'));
    expect(result.changes).toMatchObject([{ unit: 'division', kind: 'modify', old: { heading: '总则' }, new: { heading: '一般规定' } }]);
  });
});

describe('align: corpus amendments', () => {
  it('对外贸易法 2016→2022 (删去第九条): one deletion; the rest is renumbering and the cross-references it updates', () => {
    const result = align(corpusTree('duiwai-maoyi-fa.2016.md'), corpusTree('duiwai-maoyi-fa.2022.md'), { ignorePunctuationWidth: true });
    const changes = articleChanges(result.changes);
    expect(changes.filter((c) => c.kind !== 'modify').map(show)).toEqual(['delete 第九条→']);
    // Every other change is a renumbered article whose text differs only in article numbers it cites.
    for (const c of changes.filter((c) => c.kind === 'modify')) {
      expect(c.renumbered).toBe(true);
      const changed = c.paragraphs.flatMap((p) => [...p.segments, ...p.items.flatMap((i) => i.segments)]).filter((s) => s.op !== 'equal');
      for (const s of changed) expect(s.text).toMatch(/^[一二三四五六七八九十百零、第条和至]+$/u);
    }
    expect(result.renumbering.length + changes.filter((c) => c.renumbered).length).toBe(61);
  });

  it('对外贸易法 2016→2022 without --ignore-punctuation-width reports the ASCII colons as punctuation-width changes', () => {
    const result = align(corpusTree('duiwai-maoyi-fa.2016.md'), corpusTree('duiwai-maoyi-fa.2022.md'));
    const widthOnly = articleChanges(result.changes).filter((c) => c.widthOnly);
    expect(widthOnly.length).toBeGreaterThan(0);
    expect(result.stats.widthOnly).toBe(widthOnly.length);
    for (const c of widthOnly) {
      const changed = c.paragraphs.flatMap((p) => p.segments).filter((s) => s.op !== 'equal');
      expect(changed.every((s) => s.widthOnly && /^[:：]$/.test(s.text))).toBe(true);
    }
  });

  it('会计法 2017→2024 finds the merge of 第四十三条 and 第四十四条, the split of 第八条, the deleted 第三章 and the new 第四十六条', () => {
    const result = align(corpusTree('kuaiji-fa.2017.md'), corpusTree('kuaiji-fa.2024.md'), { ignorePunctuationWidth: true });
    const shown = articleChanges(result.changes).map(show);
    expect(shown).toContain('merge 第四十三条+第四十四条→第四十一条');
    expect(shown).toContain('split 第八条→第八条+第四十九条');
    expect(shown).toContain('insert →第四十六条');
    expect(shown).toContain('delete 第二十四条→');
    expect(result.changes).toContainEqual(expect.objectContaining({ unit: 'division', kind: 'delete', old: expect.objectContaining({ heading: '公司、企业会计核算的特别规定' }) }));
    // The global 帐→账 replacement shows as modifications, not as deletions.
    const kuaijiZhang = articleChanges(result.changes).filter((c) => c.kind === 'modify' && c.paragraphs.some((p) => p.segments.some((s) => s.op === 'delete' && s.text === '帐')));
    expect(kuaijiZhang.length).toBeGreaterThan(10);
  });

  it('行政处罚法 2017→2021 (修订) accounts for every old and every new article exactly once', () => {
    const result = align(corpusTree('xingzheng-chufa-fa.2017.md'), corpusTree('xingzheng-chufa-fa.2021.md'), { ignorePunctuationWidth: true });
    const coverage = articleCoverage(result);
    expect(result.old.articles).toBe(64);
    expect(result.new.articles).toBe(86);
    expect(coverage.old.every((n) => n === 1)).toBe(true);
    expect(coverage.new.every((n) => n === 1)).toBe(true);
    expect(result.stats.inserted).toBeGreaterThanOrEqual(20);
    // 第三条 of 2017 (依据与程序) became 第四条.
    expect(articleChanges(result.changes).map(show)).toContain('modify 第三条→第四条');
  });

  const stateCouncilPairs: Array<[string, string, string]> = [
    ['T4', 'daolu-yunshu-tiaoli.2019.md', 'daolu-yunshu-tiaoli.2022.md'],
    ['T5', 'baoan-fuwu-tiaoli.2020.md', 'baoan-fuwu-tiaoli.2022.md'],
    ['T6', 'shangwang-fuwu-changsuo-tiaoli.2019.md', 'shangwang-fuwu-changsuo-tiaoli.2022.md'],
    ['T7', 'jiliang-fa-shishi-xize.2018.md', 'jiliang-fa-shishi-xize.2022.md'],
    ['T8', 'nongyao-tiaoli.2017.md', 'nongyao-tiaoli.2022.md'],
    ['T9', 'shangwang-fuwu-changsuo-tiaoli.2022.md', 'shangwang-fuwu-changsuo-tiaoli.2024.md'],
    ['T10', 'yinshuaye-tiaoli.2020.md', 'yinshuaye-tiaoli.2024.md'],
    ['T11', 'chuban-guanli-tiaoli.2020.md', 'chuban-guanli-tiaoli.2024.md'],
    ['T12', 'yinxiang-zhipin-tiaoli.2020.md', 'yinxiang-zhipin-tiaoli.2024.md'],
    ['T13', 'minhang-budingqi-feixing.1989.md', 'minhang-budingqi-feixing.2024.md'],
  ];

  it.each(stateCouncilPairs)('%s %s: ASCII (一) against full-width （一） is never a change once width is ignored', (_, a, b) => {
    const oldTree = corpusTree(a);
    const newTree = corpusTree(b);
    const strict = align(oldTree, newTree);
    const lenient = align(oldTree, newTree, { ignorePunctuationWidth: true });
    const coverage = articleCoverage(lenient);
    expect(coverage.old.every((n) => n === 1) && coverage.new.every((n) => n === 1)).toBe(true);
    // Ignoring width removes exactly the width-only articles, and leaves no width marks anywhere.
    expect(articleChanges(lenient.changes).length).toBe(articleChanges(strict.changes).filter((c) => !c.widthOnly).length);
    expect(JSON.stringify(lenient.changes)).not.toContain('"widthOnly":true');
    // A State Council clean-up amends a few articles; it never rewrites most of them.
    expect(articleChanges(lenient.changes).length).toBeLessThan(lenient.new.articles / 1.5);
  });

  it('T10 印刷业管理条例: 删去第四十二条第（四）项 shifts the following 项 up by one', () => {
    const result = align(corpusTree('yinshuaye-tiaoli.2020.md'), corpusTree('yinshuaye-tiaoli.2024.md'), { ignorePunctuationWidth: true });
    const article = articleChanges(result.changes).find((c) => c.new[0]?.label === '第四十二条')!;
    const items = article.paragraphs.flatMap((p) => p.items).filter((i) => i.kind !== 'equal');
    expect(items.map((i) => [i.kind, i.old?.ordinal, i.new?.ordinal])).toEqual([
      ['delete', 4, undefined],
      ['modify', 5, 4],
      ['modify', 6, 5],
      ['modify', 7, 6],
    ]);
  });

  it('T13 民用航空运输不定期飞行管理暂行规定 1989→2024: as the decision says, 删去第十条、第十七条 and 第十一条改为第十条，修改为…', () => {
    const result = align(corpusTree('minhang-budingqi-feixing.1989.md'), corpusTree('minhang-budingqi-feixing.2024.md'), { ignorePunctuationWidth: true });
    const shown = articleChanges(result.changes).map(show);
    expect(shown.filter((s) => s.startsWith('delete'))).toEqual(['delete 第十条→', 'delete 第十七条→']);
    expect(shown).toContain('modify 第十一条→第十条');
    expect(shown.filter((s) => s.startsWith('insert'))).toEqual([]);
    expect(result.renumbering.some((r) => r.oldLabel === '第十三条' && r.newLabel === '第十二条')).toBe(true);
  });
});
