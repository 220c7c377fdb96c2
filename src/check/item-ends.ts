/** The last real character of a 款/项/目's own text and its place, for the punctuation rules. */
import type { CheckContext } from './check-context.js';
import type { Item, Paragraph, Subitem } from '../tree/types.js';

export interface TextEnd {
  char: string;
  place: { start: number; end: number } | Paragraph | Item | Subitem;
}

export function textEnd(context: CheckContext, node: Paragraph | Item | Subitem): TextEnd | undefined {
  const text = context.inlineText(node).replace(/\s+$/u, '');
  if (!text) return undefined;
  const char = text[text.length - 1];
  const span = context.ownTextSpan(node);
  if (span && context.source[span.end - 1] === char) return { char, place: { start: span.end - 1, end: span.end } };
  return { char, place: node };
}
