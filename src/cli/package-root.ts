/**
 * The folder of regdoc's own package.json, found by walking up from this module. The CLI runs both
 * from tsc's per-file output (dist/cli/…) and from the esbuild bundle (dist/cli-bundle/…, see
 * scripts/bundle.mjs), whose files sit at other depths, so paths like templates/ are never counted in `..`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'regdoc') {
      root = folder;
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`regdoc 的 package.json 未找到（自 ${fileURLToPath(import.meta.url)} 向上）`);
    folder = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
