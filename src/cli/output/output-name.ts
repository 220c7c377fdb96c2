/**
 * Output file names of `regdoc build`: each output is named after the document's title (题目, after
 * `{{city}}` expansion) so that the civil servant finds “乐清市人民政府重大事项决策程序规定.docx”, not a
 * pinyin slug. Names are made safe for Windows (the users' machines: no \/:*?"<>|, no control characters,
 * no trailing dot or space, no reserved device names) and kept short; two sources of one batch that would
 * get the same name (two versions of one law) are told apart by their source base name in full-width
 * brackets: “中华人民共和国行政处罚法（xingzheng-chufa-fa.2021）”. Pure: no file system.
 */
import { basename, dirname, extname, join, relative } from 'node:path';

/** Longest title part of a name, in characters: long enough for 全国人大常委会 decisions, far below Windows' 255. */
export const MAX_TITLE_CHARS = 80;

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A title as one Windows-safe file-name part ('' when nothing usable is left). */
export function sanitiseFileName(text: string, maxChars = MAX_TITLE_CHARS): string {
  let name = text
    .replace(/\s+/g, ' ')
    .replace(FORBIDDEN, '')
    .trim();
  const chars = [...name];
  if (chars.length > maxChars) name = chars.slice(0, maxChars).join('');
  // Windows drops a trailing dot or space silently, which would make two names meet.
  name = name.replace(/[. ]+$/u, '').trim();
  if (RESERVED.test(name)) name = `${name}_`;
  return name;
}

export interface NamedSource {
  /** Source path. */
  path: string;
  /** Folder the output keeps the source's relative subfolder from. */
  base: string;
  /** Title after `{{city}}` expansion; undefined or '' when the document has none (or could not be read). */
  title?: string;
}

/** Source base name without its extension: `xingzheng-chufa-fa.2021.md` → `xingzheng-chufa-fa.2021`. */
export const sourceStem = (path: string): string => basename(path, extname(path));

/**
 * Output paths without extension, `<subfolder>/<name>`, one per source and in the same order. A title names
 * the output unless `keepNames`; names equal in one folder (compared without case, as Windows does) get the
 * source stem in （）; a clash that survives that (a title equal to another source's stem) gets a number.
 */
export function outputStems(sources: readonly NamedSource[], keepNames = false): string[] {
  const folderOf = (source: NamedSource) => dirname(relative(source.base, source.path));
  const first = sources.map((source) => {
    const title = keepNames ? '' : sanitiseFileName(source.title ?? '');
    return { folder: folderOf(source), name: title || sourceStem(source.path), titled: Boolean(title) };
  });
  const key = (folder: string, name: string) => join(folder, name).toLowerCase();
  const counts = new Map<string, number>();
  for (const { folder, name } of first) counts.set(key(folder, name), (counts.get(key(folder, name)) ?? 0) + 1);
  const second = first.map((entry, i) =>
    entry.titled && (counts.get(key(entry.folder, entry.name)) ?? 0) > 1
      ? { ...entry, name: `${entry.name}（${sourceStem(sources[i].path)}）` }
      : entry,
  );
  const taken = new Set<string>();
  return second.map(({ folder, name }) => {
    let unique = name;
    for (let n = 2; taken.has(key(folder, unique)); n++) unique = `${name}（${n}）`;
    taken.add(key(folder, unique));
    return join(folder, unique);
  });
}
