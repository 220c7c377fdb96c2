import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffText, newTextOf, oldTextOf } from '../../src/diff/char-diff.js';

const hasLoneSurrogate = (text: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('character diff', () => {
  it('never splits a character outside the BMP (𠀀 against 𠀁 is one deletion and one insertion)', () => {
    const segments = diffText('条例𠀀甲', '条例𠀁甲');
    expect(segments).toEqual([
      { op: 'equal', text: '条例' },
      { op: 'delete', text: '𠀀' },
      { op: 'insert', text: '𠀁' },
      { op: 'equal', text: '甲' },
    ]);
  });

  it('rebuilds both texts from its segments and leaves no lone surrogate, for any mix of BMP and astral characters', () => {
    const alphabet = fc.constantFrom('条', '例', '的', '𠀀', '𠀁', '𪚥', '（', '(', '：', ':', '一', 'A');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.array(alphabet, { maxLength: 40 }), (a, b) => {
        const oldText = a.join('');
        const newText = b.join('');
        const segments = diffText(oldText, newText);
        expect(oldTextOf(segments)).toBe(oldText);
        expect(newTextOf(segments)).toBe(newText);
        for (const s of segments) expect(hasLoneSurrogate(s.text)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a half-width colon against a full-width one as a punctuation-width change, or not at all when told to ignore width', () => {
    expect(diffText('下列事项:', '下列事项：')).toEqual([
      { op: 'equal', text: '下列事项' },
      { op: 'delete', text: ':', widthOnly: true },
      { op: 'insert', text: '：', widthOnly: true },
    ]);
    expect(diffText('下列事项:', '下列事项：', { ignorePunctuationWidth: true })).toEqual([{ op: 'equal', text: '下列事项：' }]);
  });

  it('folds a coincidental one-character equality between two changes into the change', () => {
    // “的” is shared by chance; a reader wants one replaced phrase, not three fragments.
    const segments = diffText('甲乙的丙丁', '戊己的庚辛');
    expect(segments.filter((s) => s.op === 'equal')).toEqual([]);
  });

  it('keeps a real replacement inside a sentence as delete + insert between equal text', () => {
    const segments = diffText('由工商行政管理机关依法处理', '由市场监督管理部门依法处理');
    expect(segments[0]).toEqual({ op: 'equal', text: '由' });
    expect(segments.at(-1)).toEqual({ op: 'equal', text: '依法处理' });
    expect(oldTextOf(segments)).toBe('由工商行政管理机关依法处理');
    expect(newTextOf(segments)).toBe('由市场监督管理部门依法处理');
  });
});
