/** Output names of `regdoc build`: after the title, Windows-safe, told apart by source name when they meet. */
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, outputStems, sanitiseFileName } from '../../src/cli/output/output-name.js';

describe('output names', () => {
  it('removes the characters Windows forbids, control characters, and a trailing dot or space', () => {
    expect(sanitiseFileName('关于<A>:B/C\\D*E?F"G|H的决定')).toBe('关于ABCDEFGH的决定');
    expect(sanitiseFileName('  某市\u0007停车\n管理办法.  ')).toBe('某市停车 管理办法');
    expect(sanitiseFileName('CON')).toBe('CON_');
    expect(sanitiseFileName('/:*?')).toBe('');
  });

  it('caps a long title at a fixed number of characters', () => {
    const long = '全国人民代表大会常务委员会关于修改'.repeat(10);
    expect([...sanitiseFileName(long)].length).toBe(MAX_TITLE_CHARS);
  });

  it('names each source after its title in its own subfolder, or after its base name without a title', () => {
    const stems = outputStems([
      { path: 'content/a.md', base: 'content', title: '某市停车管理办法' },
      { path: 'content/sub/b.md', base: 'content', title: '某市停车管理办法' },
      { path: 'content/c.md', base: 'content', title: '' },
    ]);
    expect(stems).toEqual(['某市停车管理办法', 'sub/某市停车管理办法', 'c']);
  });

  it('appends the source base name in full-width brackets to every title that meets another in one folder, ignoring case', () => {
    const stems = outputStems([
      { path: 'laws/xingzheng-chufa-fa.2017.md', base: 'laws', title: '中华人民共和国行政处罚法' },
      { path: 'laws/xingzheng-chufa-fa.2021.md', base: 'laws', title: '中华人民共和国行政处罚法' },
      { path: 'laws/x.md', base: 'laws', title: 'ABC规定' },
      { path: 'laws/y.md', base: 'laws', title: 'abc规定' },
    ]);
    expect(stems).toEqual([
      '中华人民共和国行政处罚法（xingzheng-chufa-fa.2017）',
      '中华人民共和国行政处罚法（xingzheng-chufa-fa.2021）',
      'ABC规定（x）',
      'abc规定（y）',
    ]);
  });

  it('numbers a name that still meets another after that, and keeps source names with keepNames', () => {
    expect(outputStems([
      { path: 'a/规定.md', base: 'a', title: '' },
      { path: 'a/z.md', base: 'a', title: '规定' },
    ])).toEqual(['规定', '规定（z）']);
    expect(outputStems([
      { path: 'a/z.md', base: 'a', title: '规定' },
      { path: 'a/w.md', base: 'a', title: '规定' },
      { path: 'a/q.md', base: 'a', title: '规定（z）' },
    ])).toEqual(['规定（z）', '规定（w）', '规定（z）（2）']);
    expect(outputStems([{ path: 'a/z.md', base: 'a', title: '规定' }], true)).toEqual(['z']);
  });
});
