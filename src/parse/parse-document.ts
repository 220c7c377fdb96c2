/** PLACEHOLDER — replaced by the reader (issue 2). */
import type { VFile } from 'vfile';
import type { Root } from '../tree/types.js';

export function parseDocument(file: VFile): Root {
  void file;
  throw new Error('parseDocument not implemented yet');
}
