/** `regdoc fix` — placeholder until its issue lands. */
import type { Command } from 'commander';
import { runAction } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';

export function registerFix(program: Command): Command {
  return program
    .command('fix')
    .description('（尚未实现）')
    .allowUnknownOption()
    .action(
      runAction(async () => {
        throw new RegdocError('命令 fix 尚未实现。', 'not-implemented');
      }),
    );
}
