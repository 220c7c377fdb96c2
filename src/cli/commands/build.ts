/** `regdoc build` — placeholder until its issue lands. */
import type { Command } from 'commander';
import { runAction } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';

export function registerBuild(program: Command): Command {
  return program
    .command('build')
    .description('（尚未实现）')
    .allowUnknownOption()
    .action(
      runAction(async () => {
        throw new RegdocError('命令 build 尚未实现。', 'not-implemented');
      }),
    );
}
