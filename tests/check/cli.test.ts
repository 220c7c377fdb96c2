/** `regdoc check` and `regdoc fix` as a user runs them (needs `npm run build`; `npm test` builds first). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/regdoc.js');
const CORPUS = join(ROOT, '../shared/corpus');

function regdoc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workdir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'regdoc-check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const GOOD = '# 某市停车管理办法\n\n第一条　甲。\n\n第二条　依照第一条。\n\n第三条　本办法自2020年1月1日起施行。\n';
const BAD = '# 某市停车管理办法\n\n第一条　甲。\n\n第三条　依照第一条。\n\n第四条　本办法自2020年1月1日起施行。\n';

describe('regdoc check', () => {
  it('prints 文件:行:列  错误  说明  rule-id and exits 1 on an error', () => {
    const dir = workdir({ 'a.md': BAD });
    const r = regdoc(['check', 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a.md:5:1  错误  条序号应为“第二条”，实为“第三条”  article-sequence');
    expect(r.stdout).toContain('共检查 1 个文件：1 个错误');
  });
  it('prints JSON with rule, severity, place, actual and expected', () => {
    const dir = workdir({ 'a.md': BAD, 'b.md': GOOD });
    const r = regdoc(['check', '--format', 'json', 'a.md', 'b.md'], dir);
    const json = JSON.parse(r.stdout);
    expect(json.map((f: { path: string }) => f.path)).toEqual(['a.md', 'b.md']);
    expect(json[0].messages[0]).toEqual({
      ruleId: 'article-sequence', severity: 'error', line: 5, column: 1,
      reason: '条序号应为“第二条”，实为“第三条”', actual: '第三条', expected: '第二条',
    });
    expect(json[1].messages).toEqual([]);
  });
  it('checks folders recursively and goes on after an unreadable file, exiting 2', () => {
    const dir = workdir({ 'a.md': GOOD, 'bad.md': 'x' });
    writeFileSync(join(dir, 'bad.md'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a]));
    const r = regdoc(['check', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.md');
    expect(r.stdout).toContain('共检查 1 个文件：0 个错误');
    expect(r.stdout).toContain('1 个文件未能读取');
  });
  it('reports no errors on the corpus regulation texts', () => {
    const names = ['minfadian.2020.md', 'xingfa.2023.md', 'guizhang-zhiding.2017.md', 'xingzheng-chufa-fa.2017.md'];
    const r = regdoc(['check', '--format', 'json', ...names.map((n) => join(CORPUS, n))], ROOT);
    const json = JSON.parse(r.stdout) as Array<{ messages: Array<{ severity: string }> }>;
    expect(json.flatMap((f) => f.messages.filter((m) => m.severity === 'error'))).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('regdoc fix', () => {
  it('prints a unified diff without --write and leaves the file alone', () => {
    const dir = workdir({ 'a.md': BAD });
    const r = regdoc(['fix', 'a.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-第三条　依照第一条。');
    expect(r.stdout).toContain('+第二条　依照第一条。');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(BAD);
  });
  it('writes the file with --write, keeps a .bak, and the result checks clean', () => {
    const dir = workdir({ 'a.md': BAD });
    expect(regdoc(['fix', '--write', 'a.md'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'a.md.bak'), 'utf8')).toBe(BAD);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(GOOD);
    expect(regdoc(['check', 'a.md'], dir).code).toBe(0);
  });
  it('refuses with a located message when a reference cannot be resolved', () => {
    const dir = workdir({ 'a.md': BAD.replace('依照第一条', '依照第九条') });
    const r = regdoc(['fix', '--write', 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a.md:5:7  错误  引用“第九条”无法确定指向');
    expect(existsSync(join(dir, 'a.md.bak'))).toBe(false);
  });
});
