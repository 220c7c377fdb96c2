import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgram } from '../../src/cli/main.js';
import type { DiffResult } from '../../src/diff/types.js';
import { CORPUS } from './load.js';

let folder: string;
let cwd: string;
let stderr: string[];

beforeEach(() => {
  cwd = process.cwd();
  folder = mkdtempSync(join(tmpdir(), 'regdoc-diff-cli-'));
  process.chdir(folder);
  stderr = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  process.exitCode = 0;
});

afterEach(() => {
  process.chdir(cwd);
  vi.restoreAllMocks();
  process.exitCode = 0;
});

async function regdoc(...args: string[]): Promise<number> {
  process.exitCode = 0;
  await createProgram().parseAsync(['node', 'regdoc', ...args]);
  return Number(process.exitCode ?? 0);
}

const corpus = (name: string) => join(CORPUS, name);

describe('regdoc diff', () => {
  it('writes the 修改对照表 as Markdown and the changes as JSON', async () => {
    expect(await regdoc('diff', corpus('duiwai-maoyi-fa.2016.md'), corpus('duiwai-maoyi-fa.2022.md'), '--to', 'md', '-o', 'table.md')).toBe(0);
    expect(readFileSync('table.md', 'utf8')).toContain('# 《中华人民共和国对外贸易法》修改对照表');
    expect(await regdoc('diff', corpus('duiwai-maoyi-fa.2016.md'), corpus('duiwai-maoyi-fa.2022.md'), '--as', 'json', '--ignore-punctuation-width', '-o', 'changes.json')).toBe(0);
    const result = JSON.parse(readFileSync('changes.json', 'utf8')) as DiffResult;
    expect(result.stats.deleted).toBe(1);
    expect(result.options.ignorePunctuationWidth).toBe(true);
  });

  it('names the output after the new version\'s title when -o is not given, as build names its outputs', async () => {
    copyFileSync(corpus('kuaiji-fa.2017.md'), join(folder, '会计法-旧.md'));
    copyFileSync(corpus('kuaiji-fa.2024.md'), join(folder, '会计法.md'));
    expect(await regdoc('diff', '会计法-旧.md', '会计法.md', '--as', 'track')).toBe(0);
    expect(existsSync('中华人民共和国会计法-修订稿.docx')).toBe(true);
  });

  it('refuses an output format the chosen form cannot have, and an unreadable date, with exit code 2', async () => {
    expect(await regdoc('diff', corpus('kuaiji-fa.2017.md'), corpus('kuaiji-fa.2024.md'), '--as', 'track', '--to', 'pdf', '-o', 'x.pdf')).toBe(2);
    expect(stderr.join('')).toContain('--as track 不支持输出格式“pdf”');
    expect(await regdoc('diff', corpus('kuaiji-fa.2017.md'), corpus('kuaiji-fa.2024.md'), '--as', 'track', '--date', '明天')).toBe(2);
    expect(await regdoc('diff', corpus('kuaiji-fa.2017.md'))).toBe(2);
    expect(stderr.join('')).toContain('需要两个文件');
  });

  it('compares a file with its version in git (--from) and two git versions (--from … --to-rev …)', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, stdio: 'pipe' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    writeFileSync(join(folder, '办法.md'), '# 测试办法\n\n第一条　甲乙丙。\n\n第二条　丁戊己。\n');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    writeFileSync(join(folder, '办法.md'), '# 测试办法\n\n第一条　新增的第一条。\n\n第二条　甲乙丙。\n\n第三条　丁戊己。\n');
    expect(await regdoc('diff', '办法.md', '--from', 'HEAD', '--as', 'json', '-o', 'a.json')).toBe(0);
    const working = JSON.parse(readFileSync('a.json', 'utf8')) as DiffResult;
    expect(working.changes.map((c) => c.kind)).toEqual(['insert']);
    expect(working.renumbering.map((r) => `${r.oldLabel}→${r.newLabel}`)).toEqual(['第一条→第二条', '第二条→第三条']);
    git('commit', '-q', '-am', 'v2');
    expect(await regdoc('diff', '办法.md', '--from', 'HEAD~1', '--to-rev', 'HEAD', '--as', 'json', '-o', 'b.json')).toBe(0);
    expect(JSON.parse(readFileSync('b.json', 'utf8'))).toEqual(working);
    expect(await regdoc('diff', '办法.md', '--from', 'no-such-rev', '--as', 'json', '-o', 'c.json')).toBe(2);
    expect(stderr.join('')).toContain('无法从 git 读取');
  });
});
