/**
 * `regdoc check [文件或目录…]` — checks numbering, structure and cross-references (standards.md §7;
 * 立法法 第六十五条) and prints `文件:行:列  级别  说明  规则`. Exit 1 when any error, 2 for usage or I/O.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { VFile } from 'vfile';
import { runAction } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';
import { EXIT_CONTENT_ERROR, EXIT_OK, EXIT_USAGE_ERROR } from '../exit-codes.js';
import { loadConfig } from '../load-config.js';
import { loadDocument } from '../load-document.js';
import { countSeverities, formatFileMessages, formatSummary, toJsonMessages } from '../report.js';
import { formatRegdocError } from '../run-action.js';
import type { CheckSettings } from '../../check/run-checks.js';

export const DEFAULT_CONTENT_DIR = 'content';

/** Markdown files named by `paths` (folders searched recursively, hidden folders and node_modules skipped). */
export async function collectMarkdownFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) out.push(path);
    }
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new RegdocError(`找不到文件或目录“${path}”。`, 'file-not-found', { path });
    }
    if (info.isDirectory()) await walk(path);
    else out.push(path);
  }
  return out;
}

interface CheckOptions {
  format: string;
  preset?: string;
  color?: boolean;
}

export function registerCheck(program: Command): Command {
  return program
    .command('check')
    .description('检查条、款、项、目的编号、结构和引用（默认检查 content/ 目录）')
    .argument('[paths...]', '要检查的 Markdown 文件或目录')
    .option('--format <format>', '输出格式：text 或 json', 'text')
    .option('--preset <preset>', '规则预设：recommended（默认）或 strict（新起草文本）')
    .option('--no-color', '不使用颜色')
    .action(
      runAction(async (paths: string[], options: CheckOptions) => {
        if (options.format !== 'text' && options.format !== 'json') {
          throw new RegdocError(`--format 只能是 text 或 json，实为“${options.format}”。`, 'usage');
        }
        if (options.preset && options.preset !== 'recommended' && options.preset !== 'strict') {
          throw new RegdocError(`--preset 只能是 recommended 或 strict，实为“${options.preset}”。`, 'usage');
        }
        // The rules are imported here, not at the top, so that other commands and --help do not load them.
        const [{ config }, { runChecks }] = await Promise.all([loadConfig(), import('../../check/run-checks.js')]);
        const settings: CheckSettings = { ...(config.check ?? {}) } as CheckSettings;
        if (options.preset) settings.preset = options.preset as CheckSettings['preset'];
        const targets = paths.length ? paths : [DEFAULT_CONTENT_DIR];
        const files = await collectMarkdownFiles(targets);
        if (files.length === 0) throw new RegdocError(`在“${targets.join('、')}”中没有找到 Markdown 文件。`, 'no-input');
        const checked: Array<{ path: string; file: VFile }> = [];
        let unread = 0;
        for (const path of files) {
          try {
            const document = await loadDocument(path, config);
            runChecks(document.tree, document.file, settings);
            checked.push({ path: document.path, file: document.file });
          } catch (error) {
            if (!(error instanceof RegdocError)) throw error;
            unread++;
            process.stderr.write(formatRegdocError(error) + '\n');
          }
        }
        const counts = countSeverities(checked.map((c) => c.file));
        if (options.format === 'json') {
          const json = checked.map(({ path, file }) => ({ path, messages: toJsonMessages(file) }));
          process.stdout.write(JSON.stringify(json, null, 2) + '\n');
        } else {
          const color = options.color !== false && process.stdout.isTTY === true;
          const lines = checked.flatMap(({ path, file }) => formatFileMessages(path, file, color));
          if (lines.length) process.stdout.write(lines.join('\n') + '\n');
          process.stdout.write(formatSummary(checked.length, counts, unread) + '\n');
        }
        if (unread) return EXIT_USAGE_ERROR;
        return counts.error > 0 ? EXIT_CONTENT_ERROR : EXIT_OK;
      }),
    );
}
