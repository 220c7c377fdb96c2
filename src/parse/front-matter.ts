/**
 * Front matter of a regdoc source: split with gray-matter, located with `yaml` (every key keeps its
 * line), validated with frontMatterSchema (src/config/front-matter.ts). Unknown keys are warnings;
 * a value of the wrong type is reported at the line of its key and that field is left out of the meta:
 * an error when the field shapes the output (wrapper, dates, check settings), a warning when it only
 * describes the document (title, genre, stage …), since the text stays usable without it.
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument as parseYaml, isMap, isScalar } from 'yaml';
import * as z from 'zod'; // a namespace import lets the CLI bundle leave out what is unused (scripts/bundle.mjs)
// The one locale used, imported alone: `z.locales` would bring zod's 40-odd locales into the bundle.
import { zhCN } from 'zod/locales';
import type { VFile } from 'vfile';
import { frontMatterSchema, KNOWN_FRONT_MATTER_KEYS, type DocumentMeta } from '../config/front-matter.js';
import { report } from './messages.js';

export interface SplitSource {
  meta: DocumentMeta;
  /** Characters taken by the front matter (from offset 0, including the closing `---` line). */
  length: number;
}

const zhErrors = zhCN().localeError;

/** Fields that only describe the document; an invalid one is ignored without making the text unusable. */
const DESCRIPTIVE_KEYS = new Set(['title', 'doctype', 'category', 'issuer', 'docNumber', 'status', 'version', 'plan']);

export function readFrontMatter(source: string, file: VFile): SplitSource {
  if (!/^---[ \t]*\r?\n/.test(source)) return { meta: {}, length: 0 };
  // YAML text starts on line 2 of the file (after the opening `---`).
  const yamlStart = source.indexOf('\n') + 1;
  const close = /^---[ \t]*\r?$/m.exec(source.slice(yamlStart));
  if (!close) {
    report(file, 'error', '前置元数据缺少结束行“---”。', { line: 1, column: 1 }, 'front-matter-yaml');
    return { meta: {}, length: 0 };
  }
  const yamlText = source.slice(yamlStart, yamlStart + close.index);
  let length = yamlStart + close.index + close[0].length;
  if (source[length] === '\n') length++;
  // gray-matter splits the source; the YAML is read by the `yaml` package below, which locates its
  // problems, so gray-matter's own reader (js-yaml) is replaced by one that reads nothing. An options
  // object also keeps gray-matter from caching by input text.
  const { content } = matter(source, { engines: { yaml: () => ({}) } });
  if (source.endsWith(content)) length = source.length - content.length;
  const lineCounter = new LineCounter();
  const doc = parseYaml(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    report(file, 'error', `前置元数据 YAML 格式错误：${error.message.split('\n')[0]}`, lineOf(error.pos[0]), 'front-matter-yaml');
    return { meta: {}, length };
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    report(file, 'error', '前置元数据应为“键: 值”形式的映射。', { line: 2, column: 1 }, 'front-matter-invalid');
    return { meta: {}, length };
  }
  const keyPlace = new Map<string, { line: number; column: number }>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyPlace.set(String(pair.key.value), lineOf(pair.key.range[0]));
    }
  }
  const record = { ...(data as Record<string, unknown>) };
  for (const key of Object.keys(record)) {
    if (!KNOWN_FRONT_MATTER_KEYS.has(key)) {
      report(
        file,
        'warning',
        `前置元数据中的“${key}”不是 regdoc 认识的字段，已忽略（可用字段：${[...KNOWN_FRONT_MATTER_KEYS].join('、')}）。`,
        keyPlace.get(key) ?? { line: 2, column: 1 },
        'front-matter-unknown-key',
      );
    }
  }
  // Invalid fields are reported and dropped one by one, so the valid rest still reaches the meta.
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = frontMatterSchema.safeParse(record, { error: zhErrors });
    if (result.success) return { meta: result.data, length };
    const dropped = new Set<string>();
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field = issue.path.map(String).join('.');
      const descriptive = DESCRIPTIVE_KEYS.has(key);
      report(
        file,
        descriptive ? 'warning' : 'error',
        `前置元数据“${field || key}”无效：${issue.message}${descriptive ? '（已忽略此项）' : ''}`,
        keyPlace.get(key) ?? { line: 2, column: 1 },
        'front-matter-invalid',
      );
      dropped.add(key);
    }
    for (const key of dropped) delete record[key];
    if (dropped.size === 0) break;
  }
  return { meta: {}, length };
}
