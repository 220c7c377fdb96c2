/**
 * Fonts at the edge (src/cli/fonts): the GB 2312 subsets of the npm stand-ins are standalone TrueType
 * fonts with the same glyphs and advances as their sources, and licensed fonts named in
 * regdoc.config.yaml `fonts:` are used instead of a stand-in.
 */
import { describe, expect, it } from 'vitest';
import { standInCodePoints } from '../../src/cli/fonts/gb2312-charset.js';
import { openFont } from '../../src/cli/fonts/fontkit-types.js';
import { resolveFonts } from '../../src/cli/fonts/resolve-fonts.js';
import { STAND_INS, fullStandInBytes, standInSubsetBytes } from '../../src/cli/fonts/stand-in-fonts.js';
import { subsetFontWith } from '../../src/cli/fonts/subset-font.js';
import { RegdocError } from '../../src/cli/regdoc-error.js';
import { gbt9704Theme } from '../../src/render/theme.js';

describe('stand-in font subsets', () => {
  it('cover GB 2312 (6,763 hanzi) and the punctuation of a 公文', () => {
    const codePoints = standInCodePoints();
    const hanzi = codePoints.filter((cp) => cp >= 0x4e00 && cp <= 0x9fff);
    expect(hanzi.length).toBe(6763);
    for (const ch of '，。、；：？！“”‘’（）《》〈〉【】〔〕—…·〇　') expect(codePoints).toContain(ch.codePointAt(0));
  });

  it('keep the glyphs and advance widths of the source font, with em-box vertical metrics', async () => {
    const standIn = STAND_INS.body;
    const source = openFont(await fullStandInBytes(standIn));
    const subset = openFont(await standInSubsetBytes(standIn));
    expect(subset.ascent / subset.unitsPerEm).toBeCloseTo(0.88, 3);
    expect(subset.descent / subset.unitsPerEm).toBeCloseTo(-0.12, 3);
    for (const ch of '第一条为了规范行政处罚，“实施机关”（一）2021年') {
      const cp = ch.codePointAt(0)!;
      expect(subset.hasGlyphForCodePoint(cp), ch).toBe(true);
      expect(subset.glyphForCodePoint(cp).advanceWidth, ch).toBe(source.glyphForCodePoint(cp).advanceWidth);
    }
    expect(subset.hasGlyphForCodePoint('堃'.codePointAt(0)!)).toBe(false);
  });

  it('is made the same byte for byte every time', async () => {
    const bytes = await fullStandInBytes(STAND_INS.heading);
    const codePoints = [...'行政处罚法第一条，。'].map((c) => c.codePointAt(0)!);
    const a = subsetFontWith(bytes, codePoints, { emBoxMetrics: true }).bytes;
    const b = subsetFontWith(bytes, codePoints, { emBoxMetrics: true }).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(openFont(a).numGlyphs).toBe(codePoints.length + 1);
  });
});

describe('font resolution', () => {
  it('uses a licensed font file named in regdoc.config.yaml and says nothing about that role', async () => {
    const notices: string[] = [];
    const config = { fonts: { 楷体_GB2312: '/usr/share/fonts/truetype/arphic/ukai.ttc#UKaiCN' } };
    const fonts = await resolveFonts(['kai', 'body'], {}, gbt9704Theme, config, (m) => notices.push(m));
    expect(fonts.kai?.name).toBe('楷体_GB2312');
    expect(fonts.kai?.postscriptName).toBe('UKaiCN');
    expect(fonts.body?.name).toBe('Noto Serif SC');
    expect(notices.some((n) => n.includes('楷体_GB2312'))).toBe(false);
  });

  it('stops with a Chinese message when a configured font file cannot be read', async () => {
    const config = { fonts: { 黑体: '/nonexistent/simhei.ttf' } };
    await expect(resolveFonts(['heading'], {}, gbt9704Theme, config, () => {})).rejects.toThrow(RegdocError);
    await expect(resolveFonts(['heading'], {}, gbt9704Theme, config, () => {})).rejects.toThrow(/字体文件无法读取/);
  });
});

