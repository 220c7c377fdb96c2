import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../../../tests/check/support/check-text.js';

const contract = (body: string): string => `---
doctype: 合同
---

# 某工程施工合同

## 第二部分　通用合同条款

### 1. 一般约定

1.1 词语定义

1.1.1 合同：是指本合同。

### 4. 监理人

4.1 监理人的一般规定

工程实行监理的，双方应在专用合同条款中约定。

4.2 商定或确定

${body.trim()}
`;

describe('clause-reference', () => {
  it('accepts references to existing clauses with the right caption (第4.2款〔商定或确定〕, 第1.1.1项, 第4条)', () => {
    const src = contract('不能达成一致的，按照第4.2款〔商定或确定〕处理，词语见第1.1.1项，另见第4条〔监理人〕和第1条。');
    expect(ruleMessages(src, 'clause-reference')).toEqual([]);
  });

  it('reports a reference to a clause that does not exist as an error at the reference', () => {
    const src = contract('不能达成一致的，按照第4.9款处理。');
    const [m, ...rest] = ruleMessages(src, 'clause-reference');
    expect(rest).toEqual([]);
    expect(m.reason).toBe('引用的第4.9款不存在');
    expect(m.fatal).toBe(true);
    const line = src.split('\n')[(m.line ?? 0) - 1];
    expect(line.slice((m.column ?? 0) - 1).startsWith('第4.9款')).toBe(true);
  });

  it('reports a decimal 条 reference to a missing top-level clause', () => {
    expect(ruleMessages(contract('争议按照第12条〔争议解决〕处理。'), 'clause-reference').map((m) => m.reason)).toEqual(['引用的第12条不存在']);
  });

  it('warns when the caption in 〔〕 differs from the clause heading', () => {
    const [m] = ruleMessages(contract('按照第4.2款〔协商确定〕处理。'), 'clause-reference');
    expect(m.reason).toBe('第4.2款的标题为“商定或确定”，此处写作“协商确定”');
    expect(m.fatal).toBe(false);
    expect([m.actual, m.expected]).toEqual(['协商确定', ['商定或确定']]);
  });

  it('ignores references to other instruments and documents without clauses', () => {
    expect(ruleMessages(contract('依照《中华人民共和国民法典》第577条承担违约责任。'), 'clause-reference')).toEqual([]);
    expect(ruleMessages('# 某市停车管理办法\n\n第一条　见第4.4款。\n', 'clause-reference')).toEqual([]);
  });
});
