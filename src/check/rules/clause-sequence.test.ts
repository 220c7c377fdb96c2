import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../../../tests/check/support/check-text.js';

/** A small contract: a 通用 part and a 专用 part with decimal clauses. */
const contract = (general: string, special = ''): string =>
  `---\ndoctype: 合同\n---\n\n# 某工程施工合同\n\n## 第二部分　通用合同条款\n\n${general.trim()}\n\n` +
  (special ? `## 第三部分　专用合同条款\n\n${special.trim()}\n` : '');

const GENERAL = `### 1. 一般约定

1.1 词语定义

1.1.1 合同：是指本合同。

1.1.2 通用条款：是指本部分。

1.2 法律

合同所称法律是指中华人民共和国法律。

### 2. 发包人

2.1 许可

发包人应办理许可。

2.2 发包人代表

发包人应明确其代表。`;

describe('clause-sequence', () => {
  it('accepts consecutive clauses, sub-clauses that extend their parent, and a 专用 part that skips numbers', () => {
    const special = '### 2. 发包人\n\n2.2 发包人代表\n\n姓名：________。';
    expect(ruleMessages(contract(GENERAL, special), 'clause-sequence')).toEqual([]);
  });

  it('reports a gap in the 通用 part at the label of the later clause with actual and expected', () => {
    const src = contract(GENERAL.replace('2.2 发包人代表', '2.4 发包人代表'));
    const [m, ...rest] = ruleMessages(src, 'clause-sequence');
    expect(rest).toEqual([]);
    expect(m.reason).toBe('条款序号应为“2.2”，实为“2.4”');
    expect(m.fatal).toBe(true);
    expect([m.actual, m.expected]).toEqual(['2.4', ['2.2']]);
    const lines = src.split('\n');
    expect(lines[(m.line ?? 0) - 1].startsWith('2.4 发包人代表')).toBe(true);
    expect(m.column).toBe(1);
  });

  it('reports a top-level clause that does not start at 1 and a duplicate top-level number', () => {
    expect(ruleMessages(contract(GENERAL.replace('### 1. 一般约定', '### 3. 一般约定')), 'clause-sequence')[0].reason).toBe('条款序号应为“1”，实为“3”');
    const dup = contract(GENERAL.replace('### 2. 发包人', '### 1. 发包人').replace(/^2\.(\d)/gm, '1.$1'));
    expect(ruleMessages(dup, 'clause-sequence').map((m) => m.reason)[0]).toBe('条款序号应为“2”，实为“1”（与前一条款重复）');
  });

  it('restarts the numbering in the 专用 part but reports a duplicate or decreasing number there', () => {
    const decreasing = '### 2. 发包人\n\n2.2 发包人代表\n\n姓名：________。\n\n2.1 许可\n\n无。';
    expect(ruleMessages(contract(GENERAL, decreasing), 'clause-sequence').map((m) => m.reason)).toEqual(['条款序号应大于“2.2”，实为“2.1”']);
    const duplicate = '### 2. 发包人\n\n2.2 发包人代表\n\n姓名：________。\n\n2.2 发包人代表\n\n电话：________。';
    expect(ruleMessages(contract(GENERAL, duplicate), 'clause-sequence').map((m) => m.reason)).toEqual(['条款序号“2.2”与前一条款重复']);
  });

  it('reports a sub-clause that does not start at 1 within its parent', () => {
    const src = contract(GENERAL.replace('1.1.1 合同', '1.1.2 合同').replace('1.1.2 通用条款', '1.1.3 通用条款'));
    expect(ruleMessages(src, 'clause-sequence').map((m) => m.reason)).toEqual(['条款序号应为“1.1.1”，实为“1.1.2”']);
  });

  it('says nothing about documents without decimal clauses', () => {
    expect(ruleMessages('# 某市停车管理办法\n\n第一条　甲。\n\n第二条　乙。\n', 'clause-sequence')).toEqual([]);
  });
});
