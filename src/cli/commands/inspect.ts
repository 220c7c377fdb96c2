/** `regdoc inspect` — placeholder until its issue lands. */
import type { Command } from 'commander';
import { runAction } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';

export function registerInspect(program: Command): Command {
  return program
    .command('inspect')
    .description('（尚未实现）')
    .allowUnknownOption()
    .action(
      runAction(async () => {
        throw new RegdocError('命令 inspect 尚未实现。', 'not-implemented');
      }),
    );
}
