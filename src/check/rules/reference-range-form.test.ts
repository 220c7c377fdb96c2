import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

const five = ['一', '二', '三', '四', '五', '六', '七'].map((n) => `第${n}条　文。`).join('\n\n');
describe('reference-range-form', () => {
  it('accepts 至 ranges and 、 lists', () => {
    expect(ruleMessages(doc(five + '\n\n第八条　依照第三条至第七条、第一条。'), 'reference-range-form')).toEqual([]);
  });
  it('reports a dash range', () => {
    const [m] = ruleMessages(doc(five + '\n\n第八条　依照第三条—第七条。'), 'reference-range-form');
    expect(m.reason).toBe('条文范围应写作“第三条至第七条”，不用“—”');
  });
  it('reports three consecutive articles joined by 、', () => {
    expect(ruleMessages(doc(five + '\n\n第八条　依照第三条、第四条、第五条。'), 'reference-range-form').map((m) => m.expected)).toEqual([['第三条至第五条']]);
  });
});

describe('reference-range-form with a short dash range', () => {
  it('reports 第3~7条', () => {
    const src = doc(['一', '二', '三', '四', '五', '六', '七'].map((n) => `第${n}条　文。`).join('\n\n') + '\n\n第八条　依照第3~7条。');
    expect(ruleMessages(src, 'reference-range-form').map((m) => m.expected)).toEqual([['第3条至第7条']]);
  });
});
