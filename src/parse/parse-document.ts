/**
 * THE reader: Markdown + front matter → the legal tree (src/tree/types.ts, docs/tree.md).
 * Structure follows 立法法（2023）第六十五条 (编、章、节、条、款、项、目); layouts accepted are the
 * drafter format, LawRefBook, flk.npc.gov.cn text exports and VuePress pages (see docs/tree.md).
 * Problems go on the vfile as located messages; no text of the source is ever dropped.
 */
import type { VFile } from 'vfile';
import type { Root } from '../tree/types.js';
import { readFrontMatter } from './front-matter.js';
import { LineIndex, sourceEvents } from './source-lines.js';
import { buildTree } from './build-tree.js';
import { parseMarkdownBody } from './markdown-blocks.js';

export function parseDocument(file: VFile): Root {
  let source = String(file.value ?? '');
  // A BOM becomes a space so that offsets and columns keep matching the text the user sees.
  if (source.charCodeAt(0) === 0xfeff) source = ' ' + source.slice(1);
  const { meta, length } = readFrontMatter(source, file);
  // Front matter is blanked (newlines kept), so mdast positions are positions in the file itself.
  const body = length > 0 ? source.slice(0, length).replace(/[^\r\n]/g, ' ') + source.slice(length) : source;
  const mdast = parseMarkdownBody(body);
  const index = new LineIndex(source);
  return buildTree(sourceEvents(mdast, index), index, file, meta);
}
