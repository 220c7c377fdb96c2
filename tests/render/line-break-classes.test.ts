/**
 * The table of src/render/pdf/line-break-classes.ts stands in for linebreak's Unicode trie: every code point
 * it answers for must get the very class linebreak itself gives (checked here on the unpatched linebreak).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { commonLineBreakClass } from '../../src/render/pdf/line-break-classes.js';

const fromTests = createRequire(import.meta.url);
const LineBreaker = createRequire(fromTests.resolve('pdfmake/js/TextBreaker.js'))('linebreak') as new (text: string) => {
  nextCharClass(): number;
};

const BLOCKS: Array<[number, number]> = [
  [0x0000, 0x007f],
  [0x2000, 0x206f],
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
];

describe('line-breaking classes of common characters', () => {
  it("gives linebreak's own class for every code point of ASCII, the punctuation blocks, the ideographs and the full-width forms", () => {
    let checked = 0;
    for (const [first, last] of BLOCKS) {
      for (let code = first; code <= last; code++) {
        expect(commonLineBreakClass(code), `U+${code.toString(16)}`).toBe(new LineBreaker(String.fromCharCode(code)).nextCharClass());
        checked++;
      }
    }
    expect(checked).toBe(28_128);
  });

  it('leaves other characters to linebreak', () => {
    for (const code of [0x00e9, 0x0410, 0x3042, 0xac00, 0xd83d, 0xf900, 0xfe30]) expect(commonLineBreakClass(code)).toBeUndefined();
  });
});
