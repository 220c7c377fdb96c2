import { describe, expect, it } from 'vitest';
import { checkText, doc } from './support/check-text.js';
import { allRules } from '../../src/check/rules/index.js';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/parse/parse-document.js';
import { runChecks } from '../../src/check/run-checks.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BAD = doc('第一条　甲。\n\n第三条 乙。\n\n第四条　丙。');

describe('runChecks', () => {
  it('gives every rule a doc line, a basis and an example, with kebab-case unique ids', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(5);
      expect(rule.meta.basis.length).toBeGreaterThan(3);
      expect(rule.meta.example.length).toBeGreaterThan(5);
    }
  });
  it('documents every rule in docs/rules.md with its severity', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');
    const label = { error: '错误', warning: '警告', info: '提示', off: '关闭' } as const;
    for (const rule of allRules) expect(doc).toContain(`| \`${rule.meta.id}\` | ${label[rule.meta.recommended]} |`);
  });
  it('marks messages with source regdoc, error as fatal, warning as non-fatal', () => {
    const { messages } = checkText(BAD);
    const seq = messages.find((m) => m.ruleId === 'article-sequence')!;
    expect([seq.source, seq.fatal]).toEqual(['regdoc', true]);
    expect(messages.find((m) => m.ruleId === 'article-separator')?.fatal).toBe(false);
  });
  it('runs only the error rules when asked for errors alone, as regdoc build does', () => {
    const file = new VFile({ path: 'bad.md', value: BAD });
    runChecks(parseDocument(file), file, {}, { errorsOnly: true });
    expect(file.messages.some((m) => m.ruleId === 'article-sequence' && m.fatal === true)).toBe(true);
    expect(file.messages.some((m) => m.ruleId === 'article-separator')).toBe(false);
  });
  it('takes severities and options as data, and strict raises house rules', () => {
    expect(checkText(BAD, { rules: { 'article-sequence': 'off' } }).messages.some((m) => m.ruleId === 'article-sequence')).toBe(false);
    expect(checkText(BAD, { rules: { 'article-sequence': 'info' } }).messages.find((m) => m.ruleId === 'article-sequence')?.fatal).toBeUndefined();
    expect(checkText(BAD, { preset: 'strict' }).messages.find((m) => m.ruleId === 'article-separator')?.fatal).toBe(true);
  });
  it('reads check settings from front matter over the project settings', () => {
    const source = `---\ncheck:\n  rules:\n    article-sequence: warning\n---\n${BAD}`;
    const { messages } = checkText(source, { rules: { 'article-sequence': 'error' } });
    expect(messages.find((m) => m.ruleId === 'article-sequence')?.fatal).toBe(false);
  });
  it('reports an unknown rule name in the settings', () => {
    const { messages } = checkText(BAD, { rules: { 'no-such-rule': 'error' } });
    expect(messages.find((m) => m.ruleId === 'check-settings')?.reason).toBe('检查设置中的规则“no-such-rule”不存在');
  });
  it('honours regdoc-disable / regdoc-enable and disable-next-line comments', () => {
    const source = doc('第一条　甲。\n\n<!-- regdoc-disable article-sequence -->\n\n第三条　乙。\n\n<!-- regdoc-enable article-sequence -->\n\n第五条　丙。\n\n<!-- regdoc-disable-next-line -->\n第七条　丁。');
    const lines = checkText(source).messages.filter((m) => m.ruleId === 'article-sequence').map((m) => m.line);
    expect(lines).toEqual([11]);
  });
  it('replaces a reader message by the rule that reports the same problem more precisely', () => {
    const file = new VFile({ path: 't.md', value: doc('第一条　甲：\n\n(一)乙；\n\n(二)丙。\n\n第2条　丁。') });
    const tree = parseDocument(file);
    expect(file.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['parse-item-halfwidth', 'parse-label-arabic']));
    runChecks(tree, file);
    const ids = file.messages.map((m) => m.ruleId);
    expect(ids).not.toContain('parse-item-halfwidth');
    expect(ids).not.toContain('parse-label-arabic');
    expect(ids).toEqual(expect.arrayContaining(['item-brackets', 'numeral-canonical']));
  });
  it('keeps the reader message when the rule that supersedes it is turned off', () => {
    const file = new VFile({ path: 't.md', value: doc('第一条　甲。\n\n第2条　丁。') });
    runChecks(parseDocument(file), file, { rules: { 'numeral-canonical': 'off' } });
    expect(file.messages.map((m) => m.ruleId)).toContain('parse-label-arabic');
  });
  it('turns resolved references into reference nodes in the tree', () => {
    const file = new VFile({ path: 't.md', value: doc('第一条　甲。\n\n第二条　依照第一条。') });
    const tree = parseDocument(file);
    runChecks(tree, file);
    expect(JSON.stringify(tree)).toContain('"type":"reference","value":"第一条","form":"absolute","targets":[{"article":1}],"resolved":["art-1"]');
  });
});
