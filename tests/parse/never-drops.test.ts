/**
 * Property: whatever mix of legal lines, Markdown and HTML a drafter writes, the reader neither
 * throws nor drops text (same normalisation as the corpus test), and every node has a position.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown } from '../../src/parse/index.js';
import { fullText } from '../../src/tree/query.js';
import { normaliseText, sourceBody } from './normalise-text.js';

const FRAGMENTS = [
  '# 某某办法', '## 第一章　总　　则', '第二章 附则', '### 第一节 一般规定', '第一编 总则', '第一分编 通则', '附　　则', '目　　录',
  '第一条　为了规范管理，制定本办法。', '第二条 本办法适用于', '**第三条** 甲。', '第四条（定义）　乙。', '第五条', '第一百条之一 丙。',
  '第十 条 丁。', '第1条 戊。', '（一）甲；', '(二)乙；', '1. 子项；', '2、子项。', '一、总体要求', '（1）细项。', '1.1 词语定义', '4.4.2 商定',
  '> （2009年5月10日公布）', '（2009年5月10日公布）', '<!-- INFO END -->', '<p>&emsp;&emsp;<b>第六条</b>&emsp;己。<br>', '</p>',
  '| 甲 | 乙 |', '| --- | --- |', '| 1 | 2 |', '```signatures', '- role: 甲方', '```', '::: details 目录', ':::', '- 列表项',
  '文字没有结束', '文字结束。', '　　缩进的款。', '\\<转义\\>', '[链接](http://example.com)', '---', '', '', '',
  '===', '    缩进四格的文字', '\t第七条\t庚。', '第八条\u00a0辛。', '> > 嵌套引用', '<!-- 注释', '-->', '~~~', '1) 括号列表',
  '文字**加粗**文字', '&emsp;&emsp;实体缩进', '  - 嵌套列表', '１．全角目', '第二条规定的期限', '第十条修改为：', '* * *',
];

describe('the reader on arbitrary mixtures', () => {
  it('never throws, never drops text, and positions every node', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.boolean(), (lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const { tree } = parseMarkdown(text);
        expect(normaliseText(fullText(tree))).toBe(normaliseText(sourceBody(text)));
        const walk = (node: { position?: unknown; children?: unknown[]; type: string }) => {
          expect(node.position, node.type).toBeDefined();
          for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
        };
        walk(tree as never);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});
