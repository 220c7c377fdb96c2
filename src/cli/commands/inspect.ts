/**
 * `regdoc inspect <文件> [--json]` — shows how the reader understood a source: an outline of
 * 编/章/节/条 (or the whole tree as JSON), with the reader's messages on stderr.
 * Exit 0 ok, 1 when the reader reported an error, 2 for I/O problems.
 */
import type { Command } from 'commander';
import { runAction } from '../run-action.js';
import { loadConfig } from '../load-config.js';
import { loadDocument } from '../load-document.js';
import { formatFileMessages, countSeverities } from '../report.js';
import { EXIT_CONTENT_ERROR, EXIT_OK } from '../exit-codes.js';

export function registerInspect(program: Command): Command {
  return program
    .command('inspect')
    .usage('[选项] <文件>')
    .description('显示文件的结构（编、章、节、条、款、项、目）及读取时发现的问题')
    .argument('<文件>', 'Markdown 源文件')
    .option('--json', '以 JSON 输出完整的结构树（含位置）')
    .action(
      runAction(async (path: string, options: { json?: boolean }) => {
        const { config } = await loadConfig();
        const [document, { formatOutline }] = await Promise.all([loadDocument(path, config), import('../../tree/outline.js')]);
        const output = options.json ? JSON.stringify(document.tree, null, 2) : formatOutline(document.tree).join('\n');
        process.stdout.write(output + '\n');
        const messages = formatFileMessages(document.path, document.file, process.stderr.isTTY === true);
        if (messages.length > 0) process.stderr.write(messages.join('\n') + '\n');
        return countSeverities([document.file]).error > 0 ? EXIT_CONTENT_ERROR : EXIT_OK;
      }),
    );
}
