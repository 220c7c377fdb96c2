import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

describe('level-sequence', () => {
  it('accepts 一、（一）（二） 二、（一）', () => {
    expect(ruleMessages('# 某市工作方案\n\n一、总体要求\n\n（一）甲。\n\n（二）乙。\n\n二、主要任务\n\n（一）丙。\n', 'level-sequence')).toEqual([]);
  });
  it('reports 一、 followed by 三、', () => {
    const [m] = ruleMessages('# 某市工作方案\n\n一、总体要求\n\n甲。\n\n三、主要任务\n\n乙。\n', 'level-sequence');
    expect(m.reason).toBe('层次序号应为“二、”，实为“三、”');
    expect(m.line).toBe(7);
  });
});

describe('level-sequence with attachments', () => {
  it('accepts a list that starts again at 一、 (an 附件 with its own numbering) and 附件：1．… 2．…', () => {
    const src = '# 某市决定\n\n一、甲。\n\n二、乙。\n\n附件：1．甲名单\n\n2．乙名单\n\n附件1\n\n一、丙。\n\n二、丁。\n';
    expect(ruleMessages(src, 'level-sequence')).toEqual([]);
  });
});
