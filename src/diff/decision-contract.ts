/**
 * The contract between `regdoc diff --as decision` (src/cli/commands/diff.ts) and the 修改决定 generator
 * (src/diff/decision/index.ts, standards §3): the command aligns the two versions, then calls
 * `writeDecision` and writes the bytes it returns atomically. The generator stays pure (no I/O):
 * everything it needs comes in the input.
 */
import type { ProjectConfig } from '../config/project-config.js';
import type { Theme } from '../render/theme.js';
import type { Root } from '../tree/types.js';
import type { DiffResult } from './types.js';

export type DecisionFormat = 'md' | 'html' | 'docx' | 'pdf' | 'json';

export interface DecisionVersion {
  /** Path as shown to the user (or `rev:path` for a git version). */
  path: string;
  /** Source text (after {{variable}} expansion). */
  source: string;
  tree: Root;
}

export interface DecisionInput {
  result: DiffResult;
  old: DecisionVersion;
  new: DecisionVersion;
  format: DecisionFormat;
  config: ProjectConfig;
  theme: Theme;
  /** One-line notices for the user (font substitutions …). */
  notice: (message: string) => void;
}

/** What src/diff/decision/index.ts exports. Returns the output file's bytes (or text). */
export type WriteDecision = (input: DecisionInput) => Promise<Uint8Array | string>;
