/**
 * What a check rule is (standards.md §7): an id, a default severity per preset, the norm it follows,
 * and a function that reports findings through the context. One rule per file in src/check/rules.
 */
import type { CheckContext } from './check-context.js';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta {
  /** kebab-case id shown after every message and used in config and disable comments. */
  id: string;
  /** 中文 one-line description (docs/rules.md). */
  description: string;
  /** The norm the rule follows (立法法 第六十五条, GB/T 9704 §7.2.4 …). */
  basis: string;
  /** Severity in the recommended preset, or 'off'. */
  recommended: Severity | 'off';
  /** Severity in the strict preset (new drafts); defaults to `recommended`. */
  strict?: Severity | 'off';
  /** Example message (docs/rules.md). */
  example: string;
  /** Default options. */
  options?: Record<string, unknown>;
  /**
   * Reader messages (`parse-…` ids) this rule reports more precisely; while the rule is active they are
   * removed from the file, so a drafter sees one message per problem.
   */
  supersedes?: string[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: CheckContext): void;
}
