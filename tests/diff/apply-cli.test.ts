import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { registerApply } from '../../src/cli/commands/apply.js';
import { CORPUS, differing, parse, corpus } from './apply-support.js';

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  const program = new Command().exitOverride();
  registerApply(program);
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    process.exitCode = 0;
    await program.parseAsync(['node', 'regdoc', 'apply', ...args]);
    return { code: Number(process.exitCode ?? 0), stderr };
  } finally {
    spy.mockRestore();
    process.exitCode = 0;
  }
}

const folder = mkdtempSync(join(tmpdir(), 'regdoc-apply-'));

afterEach(() => {
  process.exitCode = 0;
});

describe('regdoc apply', () => {
  it('writes the consolidated text of 对外贸易法 after the 2022 decision', async () => {
    const output = join(folder, 'duiwai-2022.md');
    const result = await run([join(CORPUS, 'duiwai-maoyi-fa.2016.md'), join(CORPUS, 'duiwai-maoyi-fa.2022.decision.md'), '-o', output]);
    expect(result.code).toBe(0);
    expect(differing(parse(readFileSync(output, 'utf8')), parse(corpus('duiwai-maoyi-fa.2022.md')))).toEqual([]);
  });

  it('stops with 文件:行:列 and exit 1 on a target that does not exist, writing nothing', async () => {
    const instrument = join(folder, 'bad-target.md');
    writeFileSync(instrument, '# 决定\n\n决定对《中华人民共和国对外贸易法》作如下修改：\n\n一、删去第八十条。\n');
    const output = join(folder, 'bad-target-out.md');
    const result = await run([join(CORPUS, 'duiwai-maoyi-fa.2016.md'), instrument, '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad-target\.md:5:3 {2}错误 {2}被修改文本中没有第八十条.* {2}apply-target-missing/);
    expect(existsSync(output)).toBe(false);
  });

  it('stops with 文件:行:列 and exit 1 on a sentence it cannot read, writing nothing', async () => {
    const instrument = join(folder, 'bad-sentence.md');
    writeFileSync(instrument, '决定对《中华人民共和国对外贸易法》作如下修改：\n\n一、删去第九条。\n\n二、第十条请酌情修改。\n');
    const output = join(folder, 'bad-sentence-out.md');
    const result = await run([join(CORPUS, 'duiwai-maoyi-fa.2016.md'), instrument, '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad-sentence\.md:5:3 {2}错误 {2}无法识别的修改语句.* {2}apply-unparsed-sentence/);
    expect(existsSync(output)).toBe(false);
  });
});
