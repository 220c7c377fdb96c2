import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('reference-division', () => {
  it('accepts references to articles', () => {
    expect(ruleMessages(doc('第一条　甲。\n\n第二条　依照本办法第一条的规定。'), 'reference-division')).toEqual([]);
  });
  it('gives a hint for a chapter reference', () => {
    const [m] = ruleMessages(doc('## 第一章　总则\n\n第一条　甲。\n\n## 第二章　附则\n\n第二条　依照本办法第一章的规定。'), 'reference-division');
    expect(m.reason).toBe('引用宜具体到条、款、项、目，不宜引用“本办法第一章”');
    expect(m.fatal).toBeUndefined();
  });
});
