/**
 * An error meant for the user: a Chinese message, an error id, and where it happened.
 * Thrown anywhere below src/cli; src/cli/main.ts prints it as 文件:行:列 and exits, never a stack trace.
 */
export interface ErrorPlace {
  path?: string;
  line?: number;
  column?: number;
}

export class RegdocError extends Error {
  constructor(
    /** Chinese sentence for the user. */
    message: string,
    /** Stable id such as `file-not-found`, `file-not-utf8`. */
    readonly id: string,
    readonly place: ErrorPlace = {},
    /** 1 for content errors, 2 for usage and I/O errors. */
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'RegdocError';
  }
}
