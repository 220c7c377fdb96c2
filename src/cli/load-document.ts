/**
 * Reads one source the way every command does: UTF-8 check, `{{city}}` expansion with the project's
 * variables, then the reader. Returns the vfile (with the reader's messages) and the tree.
 */
import { relative } from 'node:path';
import { VFile } from 'vfile';
import { parseDocument } from '../parse/parse-document.js';
import { expandVariables, TemplateError } from '../template/expand-variables.js';
import { templateVariables, type ProjectConfig } from '../config/project-config.js';
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
  let expanded: string;
  try {
    expanded = expandVariables(source, templateVariables(config));
  } catch (error) {
    if (error instanceof TemplateError) {
      throw new RegdocError(error.problem.message, 'template-variable', { path: shownPath, ...error.problem }, 1);
    }
    throw error;
  }
  const file = new VFile({ path: shownPath, value: expanded });
  const tree = parseDocument(file);
  return { path: shownPath, source, file, tree };
}
