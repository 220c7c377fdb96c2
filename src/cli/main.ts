/**
 * The `regdoc` command line: the only module tree that touches the file system, the clock,
 * fonts and the exit code. Each command lives in src/cli/commands/<name>.ts.
 */
import { Command, CommanderError, Help } from 'commander';
import { EXIT_USAGE_ERROR } from './exit-codes.js';
import { reportFailure } from './run-action.js';
import { packageVersion } from './package-root.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerFix } from './commands/fix.js';
import { registerInspect } from './commands/inspect.js';
import { registerDiff } from './commands/diff.js';
import { registerApply } from './commands/apply.js';
import { registerFill } from './commands/fill.js';
import { registerPlan } from './commands/plan.js';
import { registerNew } from './commands/new.js';

const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

const englishHelp = new Help();
const toChineseWords = (text: string): string =>
  text
    .replace('[options]', '[选项]')
    .replace('[command]', '[命令]')
    .replace(/\(default: (.*)\)$/, '（默认：$1）')
    .replace(/\(choices: (.*)\)$/, '（可选：$1）');

/** Help text in Chinese: commander's headings, usage words and “(default: …)” notes. */
const chineseHelp: Partial<Help> = {
  styleTitle: (title: string) => HELP_TITLES[title] ?? title,
  commandUsage: (command) => toChineseWords(englishHelp.commandUsage(command)),
  subcommandTerm: (command) => toChineseWords(englishHelp.subcommandTerm(command)),
  optionDescription: (option) => toChineseWords(englishHelp.optionDescription(option)),
  argumentDescription: (argument) => toChineseWords(englishHelp.argumentDescription(argument)),
};

/** Commander's own error sentences, in Chinese. */
function translateCommanderError(text: string): string {
  return text
    .replace(/^error: unknown option '(.+)'.*$/m, '错误  未知选项 $1（用 --help 查看可用选项）  usage')
    .replace(/^error: unknown command '(.+)'.*$/m, '错误  未知命令 $1（用 --help 查看可用命令）  usage')
    .replace(/^error: missing required argument '(.+)'.*$/m, '错误  缺少参数 <$1>  usage')
    .replace(/^error: too many arguments.*$/m, '错误  参数过多  usage')
    .replace(/^error: option '(.+)' argument missing.*$/m, '错误  选项 $1 缺少取值  usage')
    .replace(/^error: required option '(.+)' not specified.*$/m, '错误  缺少必需的选项 $1  usage')
    .replace(/^error: (.*)$/m, '错误  $1  usage')
    // Commander's spelling hint goes before the id: 未知命令 bulid（…）（是否要输入 build？）  usage.
    .replace(/  usage\n?\(Did you mean (.+)\?\)/, '（是否要输入 $1？）  usage');
}

export function createProgram(): Command {
  const version = packageVersion();
  const program = new Command('regdoc');
  program
    .description('regdoc：法规规章的起草、检查、排版、比对与发布工具（GB/T 9704-2012）')
    .version(version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .option('--verbose', '出错时显示详细的内部信息')
    .configureHelp(chineseHelp)
    .configureOutput({ outputError: (text, write) => write(translateCommanderError(text)) })
    .showHelpAfterError(false)
    .exitOverride();

  for (const register of [
    registerBuild, registerCheck, registerFix, registerInspect, registerDiff, registerApply, registerFill, registerPlan, registerNew,
  ]) {
    const command = register(program);
    command.helpOption('-h, --help', '显示帮助').configureHelp(chineseHelp);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE_ERROR;
      return;
    }
    process.exitCode = reportFailure(error);
  }
}
