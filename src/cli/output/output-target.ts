/**
 * The contract between `regdoc build` / `regdoc fill` / `regdoc diff` and each output format:
 * a target turns a loaded document into bytes; the command writes them atomically.
 * Renderers under src/render stay pure; a target may load fonts (cached per process, so a batch loads each font once).
 */
import type { ProjectConfig } from '../../config/project-config.js';
import type { Theme } from '../../render/theme.js';
import type { LoadedDocument } from '../load-document.js';

export type OutputFormat = 'docx' | 'pdf' | 'html' | 'md';

export interface OutputContext {
  config: ProjectConfig;
  theme: Theme;
  /** One-line notices for the user (font substitutions …), printed once per batch by the command. */
  notice: (message: string) => void;
}

export interface OutputTarget {
  format: OutputFormat;
  /** File extension without the dot. */
  extension: string;
  render(document: LoadedDocument, context: OutputContext): Promise<Uint8Array>;
  /** Starts slow I/O the target will need (font listing, font files), so that it overlaps reading and checking. */
  warmUp?(context: OutputContext): void;
}
