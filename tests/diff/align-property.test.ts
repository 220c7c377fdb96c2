import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/diff/align.js';
import { formatChineseNumeral } from '../../src/numbering/chinese-numerals.js';
import { articleChanges, articleCoverage, corpusTree, tree } from './load.js';
import { flatten } from '../../src/diff/flatten.js';

// The 44 articles of 重大行政决策程序暂行条例 as plain texts, to be recombined.
const articles = flatten(corpusTree('zhongda-xingzheng-juece.2019.md')).articles.map((a) => a.paras.map((p) => p.full).join('\n\n'));
const law = (texts: string[]) => '# 测试条例\n\n' + texts.map((t, i) => `第${formatChineseNumeral(i + 1)}条　${t}`).join('\n\n') + '\n';

describe('align: properties on generated versions of a real regulation', () => {
  it('deleting any set of articles gives exactly those deletions, and every other article only renumbered', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: articles.length - 1 }), { maxLength: 6 }), (dropped) => {
        const kept = articles.filter((_, i) => !dropped.includes(i));
        const result = align(tree(law(articles)), tree(law(kept)));
        const changes = articleChanges(result.changes);
        expect(changes.every((c) => c.kind === 'delete')).toBe(true);
        expect(changes.map((c) => c.old[0].index).sort((a, b) => a - b)).toEqual([...dropped].sort((a, b) => a - b));
        const coverage = articleCoverage(result);
        expect(coverage.old.every((n) => n === 1) && coverage.new.every((n) => n === 1)).toBe(true);
      }),
      { numRuns: 12 },
    );
  });

  it('inserting new articles anywhere gives exactly those insertions', () => {
    const fresh = ['本条例所称数字化决策，是指运用大数据等技术辅助决策的活动。', '县级以上人民政府应当建立重大行政决策公众参与平台，及时回应社会关切。'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: articles.length }), fc.integer({ min: 0, max: articles.length }), (at1, at2) => {
        const texts = [...articles];
        texts.splice(at1, 0, fresh[0]);
        texts.splice(at2, 0, fresh[1]);
        const result = align(tree(law(articles)), tree(law(texts)));
        const changes = articleChanges(result.changes);
        expect(changes.map((c) => c.kind)).toEqual(['insert', 'insert']);
        expect(changes.map((c) => c.new[0].index).sort((a, b) => a - b)).toEqual(
          [texts.indexOf(fresh[0]), texts.indexOf(fresh[1])].sort((a, b) => a - b),
        );
      }),
      { numRuns: 12 },
    );
  });
});
