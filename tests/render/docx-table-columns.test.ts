/** Column widths of regulation tables proportional to their content (src/render/docx/table-columns.ts). */
import { describe, expect, it } from 'vitest';
import { columnNeeds, columnWidths, longestWordChars, textWidthChars } from '../../src/render/docx/table-columns.js';

const identity = (chars: number) => chars * 10;

describe('table column widths', () => {
  it('measures CJK characters and full-width signs as one 字 and ASCII letters and digits as half', () => {
    expect(textWidthChars('2009年10月')).toBe(5);
    expect(textWidthChars('市政府法制办、市财政局')).toBe(11);
    expect(textWidthChars('30%')).toBe(1.5);
    expect(longestWordChars('法定幅度的30%以上70%以下')).toBe(1.5);
    expect(longestWordChars('依照GB/T 9704-2012执行')).toBe(4.5);
  });

  it('takes each column’s longest cell, header included, and a minimum of three 字 or its longest word', () => {
    const needs = columnNeeds([['序号', '文件名称'], ['1', '乐清市行政执法协调办法'], ['12', 'ABCDEFGHIJKLMN']], 2);
    expect(needs).toEqual([{ natural: 2, minimum: 2 }, { natural: 11, minimum: 7 }]);
  });

  it('fills the whole width and keeps proportions when every column fits on one line', () => {
    const widths = columnWidths([{ natural: 2, minimum: 2 }, { natural: 6, minimum: 3 }], 160, identity);
    expect(widths).toEqual([40, 120]);
  });

  it('lets narrow columns keep their natural width and shares the rest in proportion to the longest cells', () => {
    // The 2009 plan table: 序号 2, 文件名称 24, 起草单位 15, 报送审核时间 6, 备注 9 字 on a 36-字 line.
    const needs = [2, 24, 15, 6, 9].map((natural) => ({ natural, minimum: Math.min(natural, 3) }));
    const widths = columnWidths(needs, 360, identity);
    expect(widths.reduce((a, b) => a + b)).toBe(360);
    expect(widths[0]).toBe(20);
    expect(widths[3]).toBe(60);
    expect(widths[4]).toBe(90);
    expect(widths[1] / widths[2]).toBeCloseTo(24 / 15, 1);
  });

  it('never gives a column less than its minimum while another column is wider', () => {
    const needs = [{ natural: 40, minimum: 3 }, { natural: 40, minimum: 3 }, { natural: 5, minimum: 5 }];
    const widths = columnWidths(needs, 200, identity);
    expect(widths[2]).toBeGreaterThanOrEqual(50);
    expect(widths.reduce((a, b) => a + b)).toBe(200);
    const tight = columnWidths([{ natural: 80, minimum: 3 }, { natural: 2, minimum: 2 }, { natural: 60, minimum: 12 }], 200, identity);
    expect(tight[1]).toBe(20);
    expect(tight[2]).toBeGreaterThanOrEqual(120);
  });
});
