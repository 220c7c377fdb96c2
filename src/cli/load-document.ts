/**
 * Reads one source the way every command does: UTF-8 check, `{{city}}` expansion with the project's
 * variables, then the reader. Returns the vfile (with the reader's messages) and the tree.
 * The reader, Handlebars and the config schema (zod) are imported on first call, not when a command
 * module imports this one, so that `regdoc --help` and commands that read no source never load them.
 */
import { relative } from 'node:path';
import { VFile } from 'vfile';
import type { ProjectConfig } from '../config/project-config.js';
import type { Root } from '../tree/types.js';
import { readSourceText } from './read-source.js';
import { RegdocError } from './regdoc-error.js';

export interface LoadedDocument {
  /** Path as shown to the user (relative to the working folder). */
  path: string;
  /** Source text as written, before variable expansion. */
  source: string;
  file: VFile;
  tree: Root;
}

export async function loadDocument(path: string, config: ProjectConfig = {}): Promise<LoadedDocument> {
  const shownPath = relative(process.cwd(), path) || path;
  const source = await readSourceText(path);
  const [{ parseDocument }, expanded] = await Promise.all([import('../parse/parse-document.js'), expand(source, config, shownPath)]);
  const file = new VFile({ path: shownPath, value: expanded });
  const tree = parseDocument(file);
  return { path: shownPath, source, file, tree };
}

/** `{{…}}` expansion; Handlebars is loaded only for a source that has `{{` (expandVariables' own test). */
async function expand(source: string, config: ProjectConfig, shownPath: string): Promise<string> {
  if (!source.includes('{{')) return source;
  const [{ expandVariables, TemplateError }, { templateVariables }] = await Promise.all([
    import('../template/expand-variables.js'),
    import('../config/project-config.js'),
  ]);
  try {
    return expandVariables(source, templateVariables(config));
  } catch (error) {
    if (error instanceof TemplateError) {
      throw new RegdocError(error.problem.message, 'template-variable', { path: shownPath, ...error.problem }, 1);
    }
    throw error;
  }
}
