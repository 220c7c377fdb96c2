/**
 * Wraps every command action: a RegdocError becomes one located Chinese line and its exit code;
 * anything unexpected becomes 内部错误 with exit 2, and a stack trace only with --verbose.
 */
import { RegdocError } from './regdoc-error.js';
import { EXIT_USAGE_ERROR } from './exit-codes.js';

export let verbose = process.argv.includes('--verbose');

export function formatRegdocError(error: RegdocError): string {
  const { path, line, column } = error.place;
  const where = path ? `${path}${line ? `:${line}:${column ?? 1}` : ''}  ` : '';
  return `${where}错误  ${error.message}  ${error.id}`;
}

export function reportFailure(error: unknown): number {
  if (error instanceof RegdocError) {
    process.stderr.write(formatRegdocError(error) + '\n');
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`错误  内部错误：${message}（加 --verbose 可查看详细信息）  internal-error\n`);
  if (verbose && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return EXIT_USAGE_ERROR;
}

/** Runs an action; its resolved number is the exit code. */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<number | void>) {
  return async (...args: A): Promise<void> => {
    try {
      process.exitCode = (await action(...args)) ?? 0;
    } catch (error) {
      process.exitCode = reportFailure(error);
    }
  };
}
