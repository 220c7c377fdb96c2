/** `regdoc build` as a user runs it (needs `npm run build`; `npm test` builds first). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/regdoc.js');

function regdoc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workdir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'regdoc-build-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const GOOD = '# 某市停车管理办法\n\n第一条　为了规范停车管理，制定本办法。\n\n第二条　本办法自2020年1月1日起施行。\n';
const BAD = '# 某市养犬管理办法\n\n第一条　甲。\n\n第三条　本办法自2020年1月1日起施行。\n';
const NOTICE = `---\ntitle: 某市停车管理办法\nwrapper: notice\n---\n\n${GOOD}`;

describe('regdoc build', () => {
  it('renders content/ to out/ keeping subfolders, skips other files, and reports progress in Chinese', () => {
    const dir = workdir({ 'content/a.md': GOOD, 'content/sub/b.md': NOTICE, 'content/plan.yaml': 'x: 1\n' });
    const r = regdoc(['build', '--to', 'docx'], dir);
    expect(r.stderr).not.toContain('内部错误');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[1/2] content/a.md → out/a.docx');
    expect(r.stdout).toContain('[2/2] content/sub/b.md → out/sub/b.docx');
    expect(r.stdout).toContain('生成 2 个文件');
    expect(readFileSync(join(dir, 'out/a.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(join(dir, 'out/sub/b.docx'))).toBe(true);
    expect(existsSync(join(dir, 'out/plan.docx'))).toBe(false);
  });

  it('does not render a file with check errors, shows its messages, builds the others and exits 1', () => {
    const dir = workdir({ 'docs/good.md': GOOD, 'docs/bad.md': BAD });
    const r = regdoc(['build', 'docs', '--to', 'docx', '--out', 'dist-docs'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/docs\/bad\.md：有 \d+ 个错误，未生成/);
    expect(r.stderr).toMatch(/docs\/bad\.md:\d+:\d+  错误  .+  article-sequence/);
    expect(r.stdout).toContain('docs/good.md → dist-docs/good.docx');
    expect(r.stdout).toContain('1 个文件因错误未生成：docs/bad.md');
    expect(existsSync(join(dir, 'dist-docs/good.docx'))).toBe(true);
    expect(existsSync(join(dir, 'dist-docs/bad.docx'))).toBe(false);
  });

  it('writes byte-identical files when run twice on the same input', () => {
    const dir = workdir({ 'a.md': NOTICE });
    expect(regdoc(['build', 'a.md', '--to', 'docx', '--out', 'one'], dir).code).toBe(0);
    expect(regdoc(['build', 'a.md', '--to', 'docx', '--out', 'two'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'one/a.docx')).equals(readFileSync(join(dir, 'two/a.docx')))).toBe(true);
  });

  it('refuses an unknown format with a usage error', () => {
    const dir = workdir({ 'a.md': GOOD });
    const r = regdoc(['build', 'a.md', '--to', 'odt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不支持的输出格式“odt”');
  });

  it('says so when the input does not exist', () => {
    const dir = workdir({});
    const r = regdoc(['build', 'nothing'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件或文件夹“nothing”');
  });
});
