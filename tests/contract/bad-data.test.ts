/**
 * The bad-data catalogue: a missing field, a wrong type, an unknown key and malformed YAML each give
 * one located Chinese message that names the field and its 中文 label; nothing is rendered.
 */
import { describe, expect, it } from 'vitest';
import { ContractError, type ContractProblem } from '../../src/contract/contract-problem.js';
import { renderContract } from '../../src/contract/render-contract.js';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/parse/parse-document.js';

const TEMPLATE = `---
title: 测试采购合同
fields:
  - { name: buyer, label: 采购人, type: party, required: true }
  - { name: price, label: 合同总价, type: money, required: true, sumOf: items.amount }
  - { name: signDate, label: 签订日期, type: date }
  - { name: method, label: 采购方式, type: enum, options: [公开招标, 询价], required: true }
  - { name: copies, label: 合同份数, type: integer, default: 4 }
  - name: items
    label: 标的清单
    type: list
    fields:
      - { name: name, label: 货物名称, type: text, required: true }
      - { name: quantity, label: 数量, type: integer, required: true }
      - { name: unitPrice, label: 单价, type: money }
      - { name: amount, label: 金额, type: money, productOf: [quantity, unitPrice] }
---
# 测试采购合同

采购人（甲方）：{{buyer.name}}

第一条　合同总价为{{金额 price}}，采购方式：{{勾选 method}}。

| 货物名称 | 数量 |
| --- | --: |
{{#each items}}
| {{name}} | {{quantity}} |
{{/each}}

第二条　本合同一式{{中文数字 copies}}份，于{{中文日期 signDate}}签订。
`;

const GOOD = `buyer:
  name: 乐清市教育局
price: 1234.5
method: 询价
items:
  - name: 投影机
    quantity: 2
`;

function problemsOf(data: string): ContractProblem[] {
  try {
    renderContract(TEMPLATE, data);
  } catch (error) {
    if (error instanceof ContractError) return error.problems;
    throw error;
  }
  throw new Error('expected the data to be refused');
}

describe('contract data validation', () => {
  it('fills a contract from valid data', () => {
    const { markdown } = renderContract(TEMPLATE, GOOD);
    expect(markdown).toContain('采购人（甲方）：乐清市教育局');
    expect(markdown).toContain('¥1,234.50元（大写：壹仟贰佰叁拾肆元伍角整）');
    expect(markdown).toContain('□公开招标　☑询价');
    expect(markdown).toContain('| 投影机 | 2 |');
    expect(markdown).toContain('一式四份');
    // An optional date without data stays a blank to be filled by hand.
    expect(markdown).toContain('于____年__月__日签订');
  });

  it('reports a missing required field with its name and label', () => {
    const [problem, ...rest] = problemsOf(GOOD.replace('price: 1234.5\n', ''));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ id: 'contract-field-missing', source: 'data', line: 1, column: 1 });
    expect(problem.message).toBe('缺少必填字段 price（合同总价）');
  });

  it('reports a missing field inside a list row at that row', () => {
    const [problem] = problemsOf(GOOD.replace('    quantity: 2\n', ''));
    expect(problem.message).toBe('缺少必填字段 items[1].quantity（标的清单第1行的数量）');
    expect([problem.line, problem.column]).toEqual([6, 5]);
  });

  it('reports a wrong type at the value', () => {
    const [problem] = problemsOf(GOOD.replace('price: 1234.5', 'price: 一千元'));
    expect(problem).toMatchObject({ id: 'contract-field-type', line: 3, column: 8 });
    expect(problem.message).toContain('price（合同总价）应为金额');
    const [count] = problemsOf(GOOD.replace('quantity: 2', 'quantity: 两台'));
    expect(count.message).toBe('字段 items[1].quantity（标的清单第1行的数量）应为整数（整数，如 90），实为“两台”');
    expect([count.line, count.column]).toEqual([7, 15]);
  });

  it('reports a choice outside the declared options and a date that does not exist', () => {
    const [choice] = problemsOf(GOOD.replace('method: 询价', 'method: 竞价'));
    expect(choice.message).toContain('只能是：公开招标、询价');
    const [date] = problemsOf(`${GOOD}signDate: 2009-02-30\n`);
    expect(date.message).toContain('signDate（签订日期）应为日期');
    expect(date.line).toBe(8);
  });

  it('reports a negative amount', () => {
    const [problem] = problemsOf(GOOD.replace('price: 1234.5', 'price: -10'));
    expect(problem.message).toContain('金额不能为负数');
  });

  it('reports an unknown key at the key, listing the declared fields', () => {
    const [problem] = problemsOf(`${GOOD}pirce: 12\n`);
    expect(problem).toMatchObject({ id: 'contract-field-unknown', line: 8, column: 1 });
    expect(problem.message).toContain('未知字段 pirce');
    expect(problem.message).toContain('price（合同总价）');
    const [party] = problemsOf(GOOD.replace('  name: 乐清市教育局', '  name: 乐清市教育局\n  fax: 123'));
    expect(party.message).toContain('未知字段 buyer.fax');
    expect([party.line, party.column]).toEqual([3, 3]);
  });

  it('refuses __proto__ and constructor as data keys', () => {
    const problems = problemsOf(`${GOOD}__proto__:\n  polluted: true\nconstructor: x\n`);
    expect(problems.map((p) => p.id)).toEqual(['contract-field-unknown', 'contract-field-unknown']);
    expect(problems[0].message).toContain('保留名');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports malformed YAML at the place of the error', () => {
    const [problem, ...rest] = problemsOf('buyer:\n  name: "乐清市教育局\nprice: 12\n');
    expect(rest).toEqual([]);
    expect(problem.id).toBe('contract-yaml');
    expect(problem.message).toMatch(/^YAML 格式错误：/);
    expect(problem.line).toBeGreaterThanOrEqual(2);
    const [tab] = problemsOf('buyer:\n\tname: x\n');
    expect(tab.message).toContain('YAML 格式错误');
    expect(tab.line).toBe(2);
  });

  it('reads JSON data as well', () => {
    const json = JSON.stringify({ buyer: { name: '乐清市教育局' }, price: '1,000.00', method: '公开招标', items: [] });
    expect(renderContract(TEMPLATE, json).markdown).toContain('壹仟元整');
    const [problem] = problemsOf('{"buyer": {"name": "x"}, "price": true, "method": "询价"}');
    expect(problem.message).toContain('price（合同总价）应为金额');
  });

  it('reports every problem of a file at once, in order', () => {
    const problems = problemsOf('price: abc\nmethod: 询价\nfoo: 1\n');
    expect(problems.map((p) => p.id).sort()).toEqual(['contract-field-missing', 'contract-field-type', 'contract-field-unknown']);
  });

  it('keeps data text literally: Markdown characters, pipes in table cells and line breaks do not change the structure', () => {
    const data = GOOD.replace('name: 乐清市教育局', 'name: "乐清市*教育*局 [城区] <总部>"').replace('- name: 投影机', '- name: "投影机|幕布\\n第十条 支架"');
    const { markdown } = renderContract(TEMPLATE, data);
    const tree = parseDocument(new VFile({ path: 'x.md', value: markdown }));
    const text = JSON.stringify(tree);
    expect(text).toContain('采购人（甲方）：乐清市*教育*局 [城区] <总部>');
    expect(tree.children.filter((n) => n.type === 'article')).toHaveLength(2);
    const table = tree.children.find((n) => n.type === 'table');
    expect(table && 'children' in table ? table.children[1].children.length : 0).toBe(2);
    expect(text).toContain('投影机|幕布 第十条 支架');
  });

  it('checks 金额 = 数量 × 单价 in each row and 合同总价 = the sum of the rows, exactly to the fen', () => {
    const rows = (a: string, b: string) => `buyer: x\nprice: ${a}\nmethod: 询价\nitems:\n  - { name: 投影机, quantity: 3, unitPrice: 0.1, amount: 0.3 }\n  - { name: 幕布, quantity: 2, unitPrice: 980, amount: ${b} }\n`;
    expect(renderContract(TEMPLATE, rows('1960.30', '1960')).markdown).toContain('壹仟玖佰陆拾元零叁角整');
    const [product] = problemsOf(rows('1960.30', '1950'));
    expect(product).toMatchObject({ id: 'contract-amount-mismatch', line: 6 });
    expect(product.message).toBe('字段 items[2].amount（标的清单第2行的金额）应为 数量 × 单价 = ¥1,960.00，实为 ¥1,950.00');
    const [sum] = problemsOf(rows('1960.00', '1960'));
    expect(sum).toMatchObject({ id: 'contract-amount-mismatch', line: 2, column: 8 });
    expect(sum.message).toBe('字段 price（合同总价）为 ¥1,960.00，与标的清单各行金额之和 ¥1,960.30 不符');
  });

  it('refuses a sumOf that does not name a money column of a list', () => {
    const bad = TEMPLATE.replace('sumOf: items.amount', 'sumOf: items.name');
    expect(() => renderContract(bad)).toThrow(/sumOf“items.name”应指向清单中的金额字段/);
  });
});
