import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('title-doctype', () => {
  it('accepts a title that ends with the doctype', () => {
    expect(ruleMessages('---\ndoctype: 办法\n---\n' + doc('第一条　甲。'), 'title-doctype')).toEqual([]);
  });
  it('reports a title whose genre differs from the doctype, as a warning', () => {
    const [m] = ruleMessages('---\ndoctype: 办法\n---\n' + doc('第一条　甲。', '某市停车管理规定'), 'title-doctype');
    expect(m.reason).toBe('标题文种“规定”与 doctype“办法”不一致');
    expect([m.line, m.fatal]).toEqual([4, false]);
  });
});
