/**
 * Finds and reads regdoc.config.yaml (the nearest one at or above the working folder).
 * A malformed file is reported as 文件:行:列 with the YAML or schema problem.
 * yaml and the schema (zod, in parse-config-text.ts) are imported only when there is a file to read:
 * they cost a tenth of a second.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ProjectConfig } from '../config/project-config.js';

export const CONFIG_FILE_NAME = 'regdoc.config.yaml';

export interface LoadedConfig {
  config: ProjectConfig;
  /** Folder of the config file, or the working folder when there is none. */
  root: string;
  path?: string;
}

export function findConfigFile(start = process.cwd()): string | undefined {
  let folder = resolve(start);
  for (;;) {
    const candidate = join(folder, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

export async function loadConfig(start = process.cwd()): Promise<LoadedConfig> {
  const path = findConfigFile(start);
  if (!path) return { config: {}, root: resolve(start) };
  const [text, { parseConfigText }] = await Promise.all([readFile(path, 'utf8'), import('./parse-config-text.js')]);
  return { config: parseConfigText(text, path), root: dirname(path) };
}
