/**
 * Finds and reads regdoc.config.yaml (the nearest one at or above the working folder).
 * A malformed file is reported as 文件:行:列 with the YAML or schema problem.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { projectConfigSchema, type ProjectConfig } from '../config/project-config.js';
import { RegdocError } from './regdoc-error.js';

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
  const text = await readFile(path, 'utf8');
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    throw new RegdocError(`配置文件 YAML 格式错误：${error.message.split('\n')[0]}`, 'config-yaml', { path, line, column });
  }
  const result = projectConfigSchema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new RegdocError(
      `配置项“${issue.path.join('.')}”无效：${issue.message}`,
      'config-invalid',
      { path, line: 1, column: 1 },
    );
  }
  return { config: result.data, root: dirname(path) };
}
