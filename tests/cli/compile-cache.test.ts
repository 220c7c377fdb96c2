/**
 * The V8 code cache of the CLI (src/cli/compile-cache.ts, bundled as dist/cli-bundle/compile-cache.cjs):
 * written after the first run, reused by the next, and never able to run stale code or break a run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const INSTALLER = join(ROOT, 'dist/cli-bundle/compile-cache.cjs');

/** A folder with a CommonJS module and a runner that loads it through the cache, printing its result. */
function fixture(moduleSource: string, exitCode = 0) {
  const folder = mkdtempSync(join(tmpdir(), 'regdoc-compile-cache-'));
  const cache = join(folder, 'cache');
  writeFileSync(join(folder, 'greeting.cjs'), moduleSource);
  writeFileSync(
    join(folder, 'run.cjs'),
    `require(${JSON.stringify(INSTALLER)}).installCompileCache(${JSON.stringify(cache)}, 'test');\n` +
      `process.stdout.write(require('./greeting.cjs')());\n` +
      `process.exitCode = ${exitCode};\n`,
  );
  const run = () => {
    const result = spawnSync(process.execPath, [join(folder, 'run.cjs')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return result.stdout;
  };
  const cacheFiles = () => {
    try {
      return readdirSync(cache).map((name) => join(cache, name));
    } catch {
      return [];
    }
  };
  return { folder, cache, run, cacheFiles };
}

describe('the code cache of the CLI', () => {
  it('writes a cache on the first run and reuses it unchanged on the next', () => {
    const { run, cacheFiles } = fixture('module.exports = () => "你好";\n');
    expect(run()).toBe('你好');
    const [file] = cacheFiles().filter((f) => f.endsWith('.test.v8'));
    expect(file).toBeDefined();
    const written = statSync(file).mtimeMs;
    expect(run()).toBe('你好');
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('writes no cache after a failed run, which compiled less than its command normally does', () => {
    const { run, cacheFiles } = fixture('module.exports = () => "出错";\n', 1);
    expect(run()).toBe('出错');
    expect(cacheFiles()).toEqual([]);
  });

  it('runs the changed module, not the cached code, after the module is edited', () => {
    const { folder, run } = fixture('module.exports = () => "旧";\n');
    expect(run()).toBe('旧');
    writeFileSync(join(folder, 'greeting.cjs'), 'module.exports = () => "新";\n');
    expect(run()).toBe('新');
  });

  it('reads a CommonJS file that starts with a byte-order mark', () => {
    const { run } = fixture('\ufeffmodule.exports = () => "带 BOM";\n');
    expect(run()).toBe('带 BOM');
    expect(run()).toBe('带 BOM');
  });

  it('ignores a damaged cache file and replaces it', () => {
    const { run, cacheFiles } = fixture('module.exports = () => "ok";\n');
    run();
    const [file] = cacheFiles();
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.concat([bytes.subarray(0, bytes.indexOf(10) + 1), Buffer.from('not V8 code')]));
    expect(run()).toBe('ok');
    expect(readFileSync(file).length).toBeGreaterThan(bytes.indexOf(10) + 20);
  });

  it('still runs when the cache folder cannot be written', () => {
    const { folder, run, cacheFiles } = fixture('module.exports = () => "ok";\n');
    writeFileSync(join(folder, 'cache'), 'a file where the folder should be');
    expect(run()).toBe('ok');
    expect(cacheFiles()).toEqual([]);
  });
});
