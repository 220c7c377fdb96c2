/** `regdoc new`: scaffolds from templates/<文种>.md with the plan item, never overwrites. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNew } from '../../src/cli/commands/new.js';
import { loadDocument } from '../../src/cli/load-document.js';
import { loadConfig } from '../../src/cli/load-config.js';
import { runChecks } from '../../src/check/run-checks.js';
import { countSeverities } from '../../src/cli/report.js';
import { scaffoldSource, formalUnitName } from '../../src/plan/scaffold.js';

const root = resolve(import.meta.dirname, '..', '..');
const project = mkdtempSync(join(tmpdir(), 'regdoc-new-'));
const cwd = process.cwd();
const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

beforeAll(() => {
  mkdirSync(join(project, 'content'));
  copyFileSync(join(root, 'regdoc.config.yaml'), join(project, 'regdoc.config.yaml'));
  copyFileSync(join(root, 'content', 'plan.yaml'), join(project, 'content', 'plan.yaml'));
  process.chdir(project);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
});
afterAll(() => {
  process.chdir(cwd);
  process.stdout.write = writes.out;
  process.stderr.write = writes.err;
});

describe('regdoc new', () => {
  it('fills title, plan item, lead unit as issuer and status from the plan', async () => {
    expect(await runNew('办法', 'xietiao-banfa', { plan: '四（四）' })).toBe(0);
    const text = readFileSync(join(project, 'content', 'xietiao-banfa.md'), 'utf8');
    expect(text).toContain('{{city}}行政执法协调办法');
    expect(text).toMatch(/plan: "?四（四）"? # 计划要求完成时间：2009年10月/);
    expect(text).toContain('第三条　市人民政府法制办公室负责');
    const { config } = await loadConfig(project);
    const document = await loadDocument(join(project, 'content', 'xietiao-banfa.md'), config);
    expect(document.tree.meta).toMatchObject({
      title: '乐清市行政执法协调办法',
      doctype: '办法',
      plan: '四（四）',
      issuer: '乐清市人民政府法制办公室',
      status: '起草',
    });
    expect(document.tree.children.some((node) => node.type === 'article')).toBe(true);
  });

  it('refuses to overwrite an existing file and leaves it unchanged', async () => {
    const path = join(project, 'content', 'existing.md');
    writeFileSync(path, '原有内容\n');
    await expect(runNew('制度', 'existing', {})).rejects.toMatchObject({ id: 'file-exists' });
    expect(readFileSync(path, 'utf8')).toBe('原有内容\n');
    expect(readdirSync(join(project, 'content')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('accepts a plan id typed with ASCII brackets and rejects an unknown one', async () => {
    expect(await runNew('规定', 'jianduyuan', { plan: '六(六)' })).toBe(0);
    await expect(runNew('规定', 'nothing', { plan: '九（九）' })).rejects.toMatchObject({ id: 'plan-item-unknown' });
  });

  it('rejects an unknown 文种 and a name that is not kebab-case pinyin', async () => {
    await expect(runNew('条例', 'x', {})).rejects.toMatchObject({ id: 'template-not-found' });
    await expect(runNew('办法', '协调办法', {})).rejects.toMatchObject({ id: 'usage' });
  });
});

describe('the bundled templates', () => {
  const templates = readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.md'));

  it('exist for 办法, 规定, 制度 and 方案', () => {
    expect(templates).toEqual(expect.arrayContaining(['办法.md', '规定.md', '制度.md', '方案.md']));
  });

  it('scaffold into sources that the reader and the checker accept without errors', async () => {
    const { config } = await loadConfig(root);
    for (const file of templates) {
      const doctype = file.slice(0, -3);
      const { text } = scaffoldSource({ template: readFileSync(join(root, 'templates', file), 'utf8'), doctype, year: 2009 });
      const path = join(project, 'content', `template-${templates.indexOf(file)}.md`);
      writeFileSync(path, text);
      const document = await loadDocument(path, config);
      runChecks(document.tree, document.file, config.check ?? {});
      const errors = document.file.messages.filter((m) => m.fatal === true).map((m) => `${file}:${m.line} ${m.reason}`);
      expect(errors).toEqual([]);
      expect(countSeverities([document.file]).error).toBe(0);
    }
  });

  it('writes the plan’s abbreviated units out in full', () => {
    expect(formalUnitName('市政府法制办')).toBe('{{city}}人民政府法制办公室');
    expect(formalUnitName('市人事局')).toBe('{{city}}人事局');
    expect(formalUnitName('市级各行政执法单位')).toBe('{{city}}××局');
  });
});
