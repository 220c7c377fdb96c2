/** `regdoc inspect` as a user runs it (needs `npm run build`; `npm test` builds first). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/regdoc.js');

function inspect(args: string[], files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'regdoc-inspect-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [BIN, 'inspect', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = '# 某市停车管理办法\n\n## 第一章　总则\n\n第一条　为了规范停车管理，制定本办法。\n\n第二条　本办法适用于：\n（一）道路停车；\n（二）公共停车场。\n';

describe('regdoc inspect', () => {
  it('prints the outline with Chinese labels and the counts, and exits 0', () => {
    const r = inspect(['a.md'], { 'a.md': GOOD });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第一章 总则  [3]');
    expect(r.stdout).toContain('  第二条  [1 款 2 项]');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('共 0 编、0 分编、1 章、0 节、2 条、2 款、2 项、0 目');
    expect(r.stderr).toBe('');
  });

  it('prints the tree as JSON with a type and a position on every node', () => {
    const r = inspect(['--json', 'a.md'], { 'a.md': GOOD });
    const tree = JSON.parse(r.stdout);
    const missing: string[] = [];
    const walk = (node: { type?: string; position?: unknown; children?: unknown[] }) => {
      if (!node.type || !node.position) missing.push(String(node.type));
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(tree);
    expect(missing).toEqual([]);
    expect(tree.children[1]).toMatchObject({ type: 'chapter', num: '第一章', heading: '总则' });
  });

  it('decodes HTML entity references such as &copy; and &mdash;, and leaves an unknown name as written', () => {
    const r = inspect(['--json', 'a.md'], { 'a.md': '第一条　甲&mdash;乙&#x4E19;，&copy;、&amp;、&notanentity;。\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"value": "甲—乙丙，©、&、&notanentity;。"');
  });

  it('prints reader messages to stderr as 文件:行:列 and exits 1 when one is an error', () => {
    const r = inspect(['a.md'], { 'a.md': '第一条　甲。\n\n第二条\n\n第三条　丙。\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a.md:3:1  错误  第二条没有条文内容。  parse-empty-article');
  });

  it('exits 0 with only warnings on stderr', () => {
    const r = inspect(['a.md'], { 'a.md': '第一条　下列:\n(一)甲;\n(二)乙。\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('a.md:2:1  警告');
  });

  it('exits 2 with a Chinese message when the file does not exist', () => {
    const r = inspect(['missing.md'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件“missing.md”');
  });
});
