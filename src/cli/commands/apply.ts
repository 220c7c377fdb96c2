/**
 * `regdoc apply <旧文本> <修改决定> -o <新文本>`: replays a 修改决定 / 修正案 (official or made by
 * `regdoc diff --as decision`) on the old text and writes the consolidated text (standards §3; 立法法
 * 第六十二条: 法律被修改的，应当公布新的法律文本). A sentence that cannot be read or a target that
 * does not exist stops with 文件:行:列 and nothing is written (exit 1).
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../load-config.js';
import { loadDocument } from '../load-document.js';
import { runAction } from '../run-action.js';
import { writeFileAtomic } from '../write-atomic.js';
import { EXIT_OK } from '../exit-codes.js';

interface ApplyOptions {
  output?: string;
}

export function registerApply(program: Command): Command {
  return program
    .command('apply')
    .description('把修改决定（或修正案）逐项落实到旧文本，生成修改后的新文本')
    .argument('<旧文本>', '被修改的法规文本（Markdown）')
    .argument('<修改决定>', '修改决定或修正案（官方文本，或 regdoc diff --as decision 生成的）')
    .option('-o, --output <文件>', '新文本的输出路径（缺省：旧文本名-修改后.md）')
    .action(
      runAction(async (oldPath: string, instrumentPath: string, options: ApplyOptions) => {
        const { config } = await loadConfig();
        const [oldDoc, instrument] = await Promise.all([loadDocument(oldPath, config), loadDocument(instrumentPath, config)]);
        const { applyInstrument } = await import('../../diff/apply/index.js');
        const result = applyInstrument(oldDoc.tree, String(oldDoc.file.value), String(instrument.file.value), instrument.path);
        const output = options.output ?? join(dirname(oldPath), `${basename(oldPath, extname(oldPath))}-修改后.md`);
        await writeFileAtomic(output, result.text);
        for (const note of result.instrument.notes) {
          process.stderr.write(`${instrument.path}:${note.place.line}:${note.place.column}  提示  此句无法逐字落实，请人工核对：${note.text}  apply-note\n`);
        }
        const count = result.instrument.operations.length;
        process.stderr.write(`已落实 ${count} 处修改${result.instrument.renumber ? '，并调整了条文顺序' : ''}：${output}\n`);
        return EXIT_OK;
      }),
    );
}
