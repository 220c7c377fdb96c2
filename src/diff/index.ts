/** Public entry of the comparison: `align` and the change model (types.ts). Pure data, no I/O. */
export { align } from './align.js';
export { diffText, oldTextOf, newTextOf } from './char-diff.js';
export { normalizeWidth } from './normalize-width.js';
export type * from './types.js';
