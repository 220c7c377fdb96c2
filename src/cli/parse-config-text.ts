/**
 * The text of regdoc.config.yaml → the validated project config. A malformed file is reported as
 * 文件:行:列 with the YAML or schema problem. Kept apart from load-config.ts so that yaml and zod are
 * loaded (by a dynamic import of this module) only when a config file exists.
 */
import { parseDocument } from 'yaml';
import { projectConfigSchema, type ProjectConfig } from '../config/project-config.js';
import { RegdocError } from './regdoc-error.js';

export function parseConfigText(text: string, path: string): ProjectConfig {
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
  return result.data;
}
