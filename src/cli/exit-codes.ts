/** Exit codes of every regdoc command (documented in README.md, 退出码). */
export const EXIT_OK = 0;
/** Content errors: a check error, an invalid data file, a failed build of some file. */
export const EXIT_CONTENT_ERROR = 1;
/** Usage or I/O error: unknown option, missing or unreadable file. */
export const EXIT_USAGE_ERROR = 2;
