/**
 * `regdoc fix [文件…]` — renumbers 章、节、条、项、目 in sequence (立法法 第六十五条) and rewrites the references
 * that point at them. Prints a unified diff; `--write` writes the file atomically and keeps `<文件>.bak`.
 */
import { relative } from 'node:path';
import type { Command } from 'commander';
import { VFile } from 'vfile';
import { runAction, formatRegdocError } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';
import { EXIT_CONTENT_ERROR, EXIT_OK, EXIT_USAGE_ERROR } from '../exit-codes.js';
import { readSourceText } from '../read-source.js';
import { writeFileAtomic } from '../write-atomic.js';
import { collectMarkdownFiles, DEFAULT_CONTENT_DIR } from './check.js';

interface FixCommandOptions {
  write?: boolean;
  mergeInserted?: boolean;
}

export function registerFix(program: Command): Command {
  return program
    .command('fix')
    .description('按顺序重排章、节、条、项、目的序号，并同步修改文中引用（默认只显示差异）')
    .argument('[paths...]', '要修正的 Markdown 文件或目录（默认 content/）')
    .option('--write', '直接写回文件（原文件另存为 .bak）')
    .option('--merge-inserted', '将“第X条之一”等插入的条文并入顺序编号')
    .action(
      runAction(async (paths: string[], options: FixCommandOptions) => {
        const targets = paths.length ? paths : [DEFAULT_CONTENT_DIR];
        const files = await collectMarkdownFiles(targets);
        if (files.length === 0) throw new RegdocError(`在“${targets.join('、')}”中没有找到 Markdown 文件。`, 'no-input');
        // The reader, the renumbering and jsdiff load here, so that other commands and --help never pay for them.
        const [{ createTwoFilesPatch }, { parseDocument }, { fixNumbering }] = await Promise.all([
          import('diff'),
          import('../../parse/parse-document.js'),
          import('../../check/fix-numbering.js'),
        ]);
        let refused = false;
        let ioFailure = false;
        for (const path of files) {
          const shown = relative(process.cwd(), path) || path;
          let source: string;
          try {
            source = await readSourceText(path);
          } catch (error) {
            if (!(error instanceof RegdocError)) throw error;
            ioFailure = true;
            process.stderr.write(formatRegdocError(error) + '\n');
            continue;
          }
          // Parse the source as written (no {{变量}} expansion), so that offsets are offsets in the file.
          const tree = parseDocument(new VFile({ path: shown, value: source }));
          const result = fixNumbering(tree, source, { mergeInserted: options.mergeInserted });
          for (const note of result.notes) process.stderr.write(`${shown}:${note.line}:${note.column}  警告  ${note.reason}  fix-range\n`);
          if (result.refusals.length) {
            refused = true;
            for (const r of result.refusals) process.stderr.write(`${shown}:${r.line}:${r.column}  错误  ${r.reason}  fix-refused\n`);
            process.stderr.write(`${shown}：存在无法确定的引用，未作修改。\n`);
            continue;
          }
          if (!result.changed) {
            process.stderr.write(`${shown}：编号无需修正。\n`);
            continue;
          }
          const summary = `${shown}：改动序号 ${result.labelEdits} 处、引用 ${result.referenceEdits} 处`;
          if (options.write) {
            try {
              await writeFileAtomic(`${path}.bak`, source);
              await writeFileAtomic(path, result.output);
            } catch (error) {
              throw new RegdocError(`无法写入“${shown}”：${error instanceof Error ? error.message : String(error)}`, 'file-write', { path: shown });
            }
            process.stderr.write(`${summary}，已写回（原文件保存为 ${shown}.bak）。\n`);
          } else {
            const patch = createTwoFilesPatch(shown, shown, source, result.output, '原文', '修正后');
            process.stdout.write(patch.endsWith('\n') ? patch : `${patch}\n`);
            process.stderr.write(`${summary}（加 --write 写回文件）。\n`);
          }
        }
        if (ioFailure) return EXIT_USAGE_ERROR;
        return refused ? EXIT_CONTENT_ERROR : EXIT_OK;
      }),
    );
}
