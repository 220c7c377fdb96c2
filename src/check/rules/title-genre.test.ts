import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('title-genre', () => {
  it('accepts a 规章 called 办法', () => {
    expect(ruleMessages('---\ncategory: 规章\n---\n' + doc('第一条　甲。'), 'title-genre')).toEqual([]);
  });
  it('reports a 规章 called 条例 as an error', () => {
    const [m] = ruleMessages('---\ncategory: 规章\n---\n' + doc('第一条　甲。', '某市停车管理条例'), 'title-genre');
    expect(m.reason).toBe('规章的名称不得称“条例”（规章制定程序条例第七条），实为“某市停车管理条例”');
    expect(m.fatal).toBe(true);
  });
});
