/**
 * Templates are checked statically before they run: an undeclared field, a path reaching for
 * __proto__/constructor, an unknown helper or a partial is a located error in the template file.
 */
import { describe, expect, it } from 'vitest';
import { ContractError, type ContractProblem } from '../../src/contract/contract-problem.js';
import { renderContract } from '../../src/contract/render-contract.js';

const HEAD = `---
title: 测试合同
fields:
  - { name: buyer, label: 采购人, type: party, required: true }
  - { name: price, label: 合同总价, type: money, required: true }
  - name: items
    label: 标的清单
    type: list
    fields:
      - { name: name, label: 货物名称, type: text, required: true }
---
`;
const BODY_LINE = 12;

function problemsOf(template: string, data?: string): ContractProblem[] {
  try {
    renderContract(template, data);
  } catch (error) {
    if (error instanceof ContractError) return error.problems;
    throw error;
  }
  throw new Error('expected the template to be refused');
}

describe('template static check', () => {
  it('accepts declared fields, party details, row fields, this, @index and ../', () => {
    const body = '# 测试合同\n\n{{buyer.name}}{{金额 price}}\n{{#each items}}{{序号 @index}}{{name}}{{this.name}}{{../price}}{{@root.price}}{{/each}}\n{{#with buyer}}{{address}}{{/with}}\n';
    const { markdown } = renderContract(HEAD + body);
    expect(markdown).toContain('¥__________元');
  });

  it('reports an undeclared field at its line and column in the template file', () => {
    const [problem, ...rest] = problemsOf(`${HEAD}# 测试合同\n\n第一条　工期{{durationDays}}天。\n`);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ id: 'template-field-undeclared', source: 'template', line: BODY_LINE + 2, column: 9 });
    expect(problem.message).toContain('未声明的字段“durationDays”');
  });

  it('reports a field that belongs to the rows when used outside #each, and an unknown party detail', () => {
    const problems = problemsOf(`${HEAD}{{name}}{{buyer.fax}}{{#each items}}{{price}}{{/each}}\n`);
    expect(problems.map((p) => p.message)).toEqual([
      '模板使用了未声明的字段“name”：请在模板开头的 fields 中声明',
      '字段 buyer（采购人）没有“fax”这一项',
      '模板使用了未声明的字段“price”（在标的清单的每一行中）：请在模板开头的 fields 中声明',
    ]);
  });

  it.each([
    ['{{buyer.__proto__}}', '__proto__'],
    ['{{buyer.constructor}}', 'constructor'],
    ['{{constructor.name}}', 'constructor'],
    ['{{#each items}}{{__proto__.polluted}}{{/each}}', '__proto__'],
    ['{{lookup buyer "constructor"}}', 'constructor'],
  ])('refuses %s', (body, name) => {
    const problems = problemsOf(`${HEAD}${body}\n`);
    expect(problems.some((p) => p.id === 'template-forbidden-property' && p.message.includes(name))).toBe(true);
    expect(problems.every((p) => p.line === BODY_LINE)).toBe(true);
  });

  it('refuses unknown helpers, lookup and partials', () => {
    expect(problemsOf(`${HEAD}{{大写 price}}\n`)[0]).toMatchObject({ id: 'template-unknown-helper', line: BODY_LINE, column: 3 });
    expect(problemsOf(`${HEAD}{{lookup items 0}}\n`)[0].id).toBe('template-unknown-helper');
    expect(problemsOf(`${HEAD}{{> footer}}\n`)[0].id).toBe('template-unknown-helper');
  });

  it('refuses #each over a field that is not a list', () => {
    expect(problemsOf(`${HEAD}{{#each price}}x{{/each}}\n`)[0].message).toContain('只能用于清单（list）字段');
  });

  it('reports bad declarations at their place in the front matter', () => {
    const bad = HEAD.replace('type: money', 'type: currency');
    const [problem] = problemsOf(`${bad}x\n`);
    expect(problem).toMatchObject({ id: 'template-front-matter', line: 5 });
    const enumWithoutOptions = HEAD.replace('type: money, required: true', 'type: enum');
    expect(problemsOf(`${enumWithoutOptions}x\n`)[0].message).toContain('必须给出 options');
    const duplicate = HEAD.replace('name: price', 'name: buyer');
    expect(problemsOf(`${duplicate}x\n`)[0].message).toContain('声明了两次');
    const badDefault = HEAD.replace('type: money, required: true', 'type: money, default: -3');
    expect(problemsOf(`${badDefault}x\n`)[0].message).toContain('默认值有误');
  });

  it('reports Handlebars syntax errors with the template line', () => {
    const [problem] = problemsOf(`${HEAD}\n\n{{#if price}}unclosed\n`);
    expect(problem.id).toBe('template-syntax');
  });

  it('checks the template before the data, so a bad template is reported even with good data', () => {
    const [problem] = problemsOf(`${HEAD}{{missing}}\n`, 'buyer: x\nprice: 1\n');
    expect(problem.source).toBe('template');
  });
});
