/**
 * Every contract template (templates/contracts) renders blank (示范文本) and filled (with its sample data in
 * content/contracts) to text that `regdoc check` accepts without errors — the contract rules
 * (clause-sequence, clause-reference, item-introduction captions) understand decimal clauses and 第一条 captions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderContract } from '../../src/contract/render-contract.js';
import { checkText } from './support/check-text.js';

const ROOT = join(import.meta.dirname, '../..');
const TEMPLATES = join(ROOT, 'templates/contracts');
const NAMES = readdirSync(TEMPLATES).filter((n) => n.endsWith('.md.hbs')).map((n) => n.slice(0, -'.md.hbs'.length)).sort();

const templateText = (name: string) => readFileSync(join(TEMPLATES, `${name}.md.hbs`), 'utf8');
const dataText = (name: string) => readFileSync(join(ROOT, 'content/contracts', `${name}.yaml`), 'utf8');

describe('contract templates pass regdoc check', () => {
  it('finds the templates', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of NAMES) {
    for (const mode of ['blank', 'filled'] as const) {
      it(`checks the ${mode} ${name} contract with no errors`, () => {
        const { markdown } = renderContract(templateText(name), mode === 'filled' ? dataText(name) : undefined);
        const { messages } = checkText(markdown, {}, `${name}-${mode}.md`);
        const errors = messages.filter((m) => m.fatal === true).map((m) => `${m.line}:${m.column} ${m.reason} ${m.ruleId}`);
        expect(errors).toEqual([]);
        const warnings = messages.filter((m) => m.fatal === false).map((m) => `${m.line}:${m.column} ${m.reason} ${m.ruleId}`);
        expect(warnings).toEqual([]);
      });
    }
  }

  it('the decimal clauses of the construction contract are really checked (a renumbered clause is an error)', () => {
    const { markdown } = renderContract(templateText('construction-works'));
    const broken = markdown.replace(/^4\.2 /m, '4.3 ').replace('第4.2款〔商定或确定〕', '第4.2款〔协商确定〕');
    const reasons = checkText(broken).messages.map((m) => `${m.ruleId}: ${m.reason}`);
    expect(reasons).toContain('clause-sequence: 条款序号应为“4.2”，实为“4.3”');
    expect(reasons).toContain('clause-reference: 引用的第4.2款不存在');
  });
});
