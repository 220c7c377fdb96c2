import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('level-depth', () => {
  it('accepts levels that go one step at a time', () => {
    expect(ruleMessages('# 某市工作方案\n\n一、总体要求\n\n（一）甲。\n\n1.乙。\n', 'level-depth')).toEqual([]);
  });
  it('reports （一） with no 一、 above it', () => {
    const [m] = ruleMessages('# 某市工作方案\n\n（一）甲。\n\n（二）乙。\n', 'level-depth');
    expect(m.reason).toBe('层次“（一）”应在“一、”层次之下，不宜越级');
  });
});
