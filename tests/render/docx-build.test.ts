/** `regdoc build` as a user runs it (needs `npm run build`; `npm test` builds first). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const PARKING = '某市停车管理办法';
const UNTITLED = '第一条　为了规范停车管理，制定本规定。\n\n第二条　本规定自2020年1月1日起施行。\n';

describe('regdoc build', () => {
  it('renders content/ to out/ named after each title, keeping subfolders, skips other files, and reports progress in Chinese', () => {
    const dir = workdir({ 'content/a.md': GOOD, 'content/sub/b.md': NOTICE, 'content/plan.yaml': 'x: 1\n' });
    const r = regdoc(['build', '--to', 'docx'], dir);
    expect(r.stderr).not.toContain('内部错误');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`[1/2] content/a.md → out/${PARKING}.docx`);
    expect(r.stdout).toContain(`[2/2] content/sub/b.md → out/sub/${PARKING}.docx`);
    expect(r.stdout).toContain('生成 2 个文件');
    expect(readFileSync(join(dir, `out/${PARKING}.docx`)).subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(join(dir, `out/sub/${PARKING}.docx`))).toBe(true);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['sub', `${PARKING}.docx`].sort());
  });

  it('names the output after the title with {{city}} expanded', () => {
    const dir = workdir({ 'regdoc.config.yaml': 'city: 乐清市\n', 'content/x.md': '# {{city}}停车管理办法\n\n第一条　甲。\n' });
    const r = regdoc(['build', '--to', 'docx'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out/乐清市停车管理办法.docx'))).toBe(true);
  });

  it('tells two sources with one title apart by their source names in full-width brackets', () => {
    const dir = workdir({ 'laws/fa.2017.md': GOOD, 'laws/fa.2021.md': GOOD, 'laws/other.md': NOTICE.replace(PARKING, '某市养犬管理办法') });
    const r = regdoc(['build', 'laws', '--to', 'docx', '--out', 'o'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'o')).sort()).toEqual([`${PARKING}（fa.2017）.docx`, `${PARKING}（fa.2021）.docx`, '某市养犬管理办法.docx'].sort());
    expect(r.stdout).toContain(`laws/fa.2017.md → o/${PARKING}（fa.2017）.docx`);
  });

  it('keeps the source name for a document without a title, and for every document with --keep-names', () => {
    const dir = workdir({ 'c/untitled.md': UNTITLED, 'c/a.md': GOOD });
    expect(regdoc(['build', 'c', '--to', 'docx', '--out', 'titled'], dir).code).toBe(0);
    expect(readdirSync(join(dir, 'titled')).sort()).toEqual([`${PARKING}.docx`, 'untitled.docx'].sort());
    const r = regdoc(['build', 'c', '--to', 'docx', '--out', 'kept', '--keep-names'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('c/a.md → kept/a.docx');
    expect(readdirSync(join(dir, 'kept')).sort()).toEqual(['a.docx', 'untitled.docx']);
  });

  it('removes characters Windows forbids in file names from the title', () => {
    const dir = workdir({ 'x.md': '---\ntitle: "关于《A/B》:试行?办法"\n---\n\n第一条　甲。\n' });
    const r = regdoc(['build', 'x.md', '--to', 'docx', '--out', 'o'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'o'))).toEqual(['关于《AB》试行办法.docx']);
  });

  it('does not render a file with check errors, shows its messages, builds the others and exits 1', () => {
    const dir = workdir({ 'docs/good.md': GOOD, 'docs/bad.md': BAD });
    const r = regdoc(['build', 'docs', '--to', 'docx', '--out', 'dist-docs'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/docs\/bad\.md：有 \d+ 个错误，未生成/);
    expect(r.stderr).toMatch(/docs\/bad\.md:\d+:\d+  错误  .+  article-sequence/);
    expect(r.stdout).toContain(`docs/good.md → dist-docs/${PARKING}.docx`);
    expect(r.stdout).toContain('1 个文件因错误未生成：docs/bad.md');
    expect(readdirSync(join(dir, 'dist-docs'))).toEqual([`${PARKING}.docx`]);
  });

  it('writes byte-identical files when run twice on the same input', () => {
    const dir = workdir({ 'a.md': NOTICE });
    expect(regdoc(['build', 'a.md', '--to', 'docx', '--out', 'one'], dir).code).toBe(0);
    expect(regdoc(['build', 'a.md', '--to', 'docx', '--out', 'two'], dir).code).toBe(0);
    expect(readFileSync(join(dir, `one/${PARKING}.docx`)).equals(readFileSync(join(dir, `two/${PARKING}.docx`)))).toBe(true);
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
