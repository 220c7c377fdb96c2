/** `regdoc apply` — placeholder until its issue lands. */
import type { Command } from 'commander';
import { runAction } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';

export function registerApply(program: Command): Command {
  return program
    .command('apply')
    .description('（尚未实现）')
    .allowUnknownOption()
    .action(
      runAction(async () => {
        throw new RegdocError('命令 apply 尚未实现。', 'not-implemented');
      }),
    );
}
