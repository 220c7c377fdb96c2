/**
 * `regdoc apply`: replays a 修改决定 / 修正案 on the old text and returns the consolidated text
 * (standards §3). Pure: the caller reads the files and writes the result.
 */
import type { Root } from '../../tree/types.js';
import { documentTitle } from '../../tree/query.js';
import { parseInstrument } from './parse-instrument.js';
import { Replayer } from './replay.js';
import { modelFromTree, serializeModel } from './text-model.js';
import type { Instrument } from './operations.js';

export type { Instrument, Operation, Locator, Destination, SourcePlace } from './operations.js';
export { parseInstrument, sameTitle } from './parse-instrument.js';

export interface ApplyResult {
  /** The consolidated text, regdoc Markdown in the form of the old source. */
  text: string;
  instrument: Instrument;
}

/**
 * Applies `instrumentSource` (read from `instrumentPath`, used in messages) to the old text.
 * Throws a located RegdocError (exit code 1) on a sentence it cannot read or a target that does not exist.
 */
export function applyInstrument(oldTree: Root, oldSource: string, instrumentSource: string, instrumentPath: string): ApplyResult {
  const instrument = parseInstrument(instrumentSource, instrumentPath, documentTitle(oldTree) || undefined);
  const model = modelFromTree(oldTree, oldSource);
  new Replayer(model, instrument, instrumentPath).run();
  return { text: serializeModel(model), instrument };
}
