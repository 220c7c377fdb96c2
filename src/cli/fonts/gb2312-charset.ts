/**
 * The characters a stand-in font is cut down to: GB 2312-1980 (all 6,763 hanzi and its symbols,
 * the set 仿宋_GB2312 and 楷体_GB2312 themselves cover), plus ASCII, Latin-1, general punctuation,
 * CJK symbols and full-width forms, and 〇 (U+3007, used for years written in 汉字, GB/T 15835).
 */

/** GB 2312 rows 1–9 (symbols) and 16–87 (hanzi), decoded with the platform's GBK decoder. */
function gb2312Characters(): number[] {
  const decoder = new TextDecoder('gbk');
  const codePoints: number[] = [];
  for (let row = 0xa1; row <= 0xf7; row++) {
    if (row > 0xa9 && row < 0xb0) continue;
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const character = decoder.decode(new Uint8Array([row, cell]));
      const codePoint = character.codePointAt(0)!;
      if (character.length === 1 && codePoint !== 0xfffd && codePoint >= 0x80) codePoints.push(codePoint);
    }
  }
  return codePoints;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Sorted, de-duplicated code points of the stand-in fonts' subset. */
export function standInCodePoints(): number[] {
  const set = new Set<number>([
    ...range(0x20, 0x7e),
    ...range(0xa0, 0xff),
    ...range(0x2000, 0x206f), // general punctuation: — ‘ ’ “ ” … ‰ and the zero-width characters
    ...range(0x2160, 0x217f), // Roman numerals
    ...range(0x2460, 0x249b), // ①–⑳ ⑴–⒇
    ...range(0x3000, 0x303f), // CJK symbols and punctuation: 、。〇〈〉《》「」『』【】〔〕
    ...range(0xff01, 0xff5e), // full-width forms
    ...range(0xffe0, 0xffe6),
    ...gb2312Characters(),
  ]);
  return [...set].sort((a, b) => a - b);
}
