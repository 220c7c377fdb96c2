import { describe, expect, it } from 'vitest';
import { doc, ruleMessages } from '../../../tests/check/support/check-text.js';

const body = '## 第一章　总则\n\n第一条　甲。\n\n## 第二章　监督管理\n\n第二条　乙。';
describe('toc-match', () => {
  it('accepts a 目录 that lists the chapters', () => {
    expect(ruleMessages(doc('目　　录\n\n第一章　总　　则\n\n第二章　监督管理\n\n' + body), 'toc-match')).toEqual([]);
  });
  it('reports a 目录 entry that differs from the heading', () => {
    const messages = ruleMessages(doc('目　　录\n\n第一章　总　　则\n\n第二章　监督检查\n\n' + body), 'toc-match');
    expect(messages.map((m) => m.reason)).toEqual(['目录“第二章　监督检查”与正文标题“第二章　监督管理”不一致']);
  });
});
