/**
 * The one normalisation used by the "nothing dropped" tests: text that a reader sees, without
 * layout. Applied to the source body (front matter excluded) and to `fullText(tree)` alike:
 * HTML comments and tags go, link destinations `](…)` go, entities are decoded, backslash escapes
 * are undone, the YAML syntax of a ```signatures block (its info string, `role:`, `lines:`) goes,
 * and every whitespace character and every Markdown markup character
 * (# > * _ ` ~ | - + = : [ ] ( ) !) is removed. What remains must be equal on both sides.
 */
import { decodeEntities, HTML_TAG } from '../../src/parse/html-text.js';

export function normaliseText(text: string): string {
  return decodeEntities(
    text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']')
      .replace(HTML_TAG, '')
      .replace(/`{3,}signatures/g, '')
      .replace(/\b(?:role|lines)\s*:/g, ''),
  )
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\s\u3000\u00a0\u2002\u2003\u2009\ufeff]+/g, '')
    .replace(/[#>*_`~|\-+=:[\]()!]/g, '');
}

/** Source body of a corpus file: BOM and front matter removed. */
export function sourceBody(source: string): string {
  const text = source.replace(/^\ufeff/, '');
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}
