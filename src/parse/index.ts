/** Public entry of the reader: `parseDocument` for vfiles, `parseMarkdown` for tests and tools. */
import { VFile } from 'vfile';
import type { Root } from '../tree/types.js';
import { parseDocument } from './parse-document.js';

export { parseDocument };

/** Parses a string as a regdoc source; messages are on the returned vfile. */
export function parseMarkdown(text: string, path = 'input.md'): { tree: Root; file: VFile } {
  const file = new VFile({ path, value: text });
  const tree = parseDocument(file);
  return { tree, file };
}
