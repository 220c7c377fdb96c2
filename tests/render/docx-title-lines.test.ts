import { describe, expect, it } from 'vitest';
import { breakTitle } from '../../src/render/docx/title-lines.js';
import { widthInChars } from '../../src/render/wrapper-model.js';

describe('breakTitle (GB/T 9704 §7.3.1 梯形 title lines)', () => {
  it('keeps a title that fits one line on one line', () => {
    expect(breakTitle('中华人民共和国行政处罚法', 20)).toEqual(['中华人民共和国行政处罚法']);
  });

  it('breaks a notice title before the cited title so that 《…》 stays whole', () => {
    expect(breakTitle('××市人民政府关于印发《××市行政规范性文件管理办法》的通知', 20)).toEqual([
      '××市人民政府关于印发',
      '《××市行政规范性文件管理办法》的通知',
    ]);
  });

  it('never splits 中华人民共和国 or a word inside a cited title', () => {
    const lines = breakTitle('关于修改〈中华人民共和国法官法〉等八部法律的决定', 16);
    expect(lines.join('')).toBe('关于修改〈中华人民共和国法官法〉等八部法律的决定');
    expect(lines.some((line) => line.includes('中华人民共和国'))).toBe(true);
  });

  it('prefers a break after 的 and puts the longer line first', () => {
    const lines = breakTitle('××市人民政府办公室关于进一步加强行政规范性文件合法性审核工作的实施意见', 20);
    expect(lines.join('')).toBe('××市人民政府办公室关于进一步加强行政规范性文件合法性审核工作的实施意见');
    for (const line of lines) expect(widthInChars(line)).toBeLessThanOrEqual(20);
    expect(lines.every((line) => !line.startsWith('的'))).toBe(true);
  });

  it('balances a long title over lines of similar length, no line starting with closing punctuation', () => {
    const title = '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法';
    const lines = breakTitle(title, 20);
    expect(lines).toHaveLength(2);
    expect(Math.abs(widthInChars(lines[0]) - widthInChars(lines[1]))).toBeLessThanOrEqual(4);
    expect(widthInChars(lines[0])).toBeGreaterThanOrEqual(widthInChars(lines[1]));
    for (const line of lines) expect('》〉）。，、').not.toContain(line[0]);
  });

  it('counts ASCII digits as half a character when deciding whether a title fits', () => {
    expect(breakTitle('××市2024年度行政规范性文件制定计划', 18)).toHaveLength(1);
  });
});
