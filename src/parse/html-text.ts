/**
 * Plain text of raw HTML in Markdown sources (VuePress exports such as
 * `<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;…<br>`): tags are markup and go, entities are decoded,
 * comments vanish. Only the entities seen in Chinese legal web pages are named; numeric ones all work.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', hellip: '…', mdash: '—',
  ndash: '–', times: '×', divide: '÷', yen: '¥', copy: '©', reg: '®', deg: '°', plusmn: '±', permil: '‰',
  bull: '•', laquo: '«', raquo: '»', sect: '§',
};

/** Decodes `&emsp;`, `&#12288;`, `&#x3000;`; unknown names stay as written (never lose text). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** HTML tag (an ASCII letter must follow `<`, so `<中华人民共和国法官法>` in text is not a tag). */
export const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** Comments are replaced by their line breaks only, so line numbers stay true. */
export function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
}

/** Text of one line of raw HTML. */
export function htmlLineText(line: string): string {
  return decodeEntities(line.replace(HTML_TAG, ''));
}
