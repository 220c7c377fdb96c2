import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('reference-self-genre', () => {
  it('accepts 本办法 in a 办法', () => {
    expect(ruleMessages(doc('第一条　甲。\n\n第二条　违反本办法第一条。'), 'reference-self-genre')).toEqual([]);
  });
  it('reports 本条例 in a 办法 at the prefix', () => {
    const [m] = ruleMessages(doc('第一条　甲。\n\n第二条　违反本条例第一条。'), 'reference-self-genre');
    expect(m.reason).toBe('自引用应写作“本办法”，实为“本条例”');
    expect([m.line, m.column]).toEqual([5, 7]);
  });
});
