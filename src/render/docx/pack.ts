/**
 * Deterministic packing: same tree → same bytes. docx writes the clock into docProps/core.xml and into
 * every zip entry's modification time; we replace core.xml with one dated from the document's own dates
 * and repack the zip with fixed entry times. Pure (in-memory) — no file system.
 */
import { Packer, type Document } from 'docx';
import { escapeXml } from '../escape-xml.js';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);


/** docProps/core.xml with fixed dates (W3CDTF); `isoDate` is YYYY-MM-DD. */
export function coreXml(title: string, isoDate: string): string {
  const stamp = `${isoDate}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${escapeXml(title)}</dc:title>` : '') +
    '<dc:creator>regdoc</dc:creator><cp:lastModifiedBy>regdoc</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Makes document.xml independent of docx's random ids and finishes the 版记 text box: a VML shape id from
 * nanoid becomes a counter, and the box gets no outline, no fill and no inner margins (Word would otherwise
 * draw a frame around the 版记 and narrow its lines), and its text sits on the box's bottom edge.
 */
export function normaliseDocumentXml(xml: string): string {
  let shape = 0;
  return xml
    .replace(
      /<v:shape id="[^"]*" type="#_x0000_t202" style="([^"]*)"/g,
      (_, style: string) => `<v:shape id="regdoc_textbox_${++shape}" type="#_x0000_t202" stroked="f" filled="f" style="${style};v-text-anchor:bottom"`,
    )
    .replace(/<v:textbox style="mso-fit-shape-to-text:t;">/g, '<v:textbox inset="0,0,0,0">');
}

/** Turns grid snapping off in the off-grid paragraph style (docx can only write w:snapToGrid on runs). */
export function normaliseStylesXml(xml: string): string {
  return xml.replace(
    /(<w:style w:type="paragraph" w:styleId="RegdocOffGrid">[^]*?<w:pPr>[^]*?)(<\/w:pPr>)/,
    (_, head: string, end: string) => `${head}<w:snapToGrid w:val="0"/>${end}`,
  );
}

type PartData = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * docx 9.15's Packer compiles the package's parts (a Map path → XML text or bytes, in zip order, an override
 * replacing a part in its place) and then zips them. `Packer.compiler` is not in docx's typings, so it is
 * looked up at run time; without it the parts are unzipped from Packer's own output, as they used to be.
 */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: Array<{ path: string; data: string }>): Map<string, PartData>;
}

const utf8 = new TextEncoder();

/** A part's bytes, encoded as docx encodes them before zipping. */
function partBytes(data: PartData): Uint8Array {
  if (typeof data === 'string') return utf8.encode(data);
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}

/**
 * The package's parts by path, in zip order. Taken from docx's compiler directly when it is there: zipping and
 * unzipping them again only to repack them cost a seventh of a second per document (same parts, same bytes).
 */
async function packageParts(document: Document, overrides: Array<{ path: string; data: string }>): Promise<Record<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') return unzipSync(new Uint8Array(await Packer.toBuffer(document, false, overrides)));
  const files: Record<string, Uint8Array> = {};
  for (const [path, data] of compiler.compile(document, undefined, overrides)) files[path] = partBytes(data);
  return files;
}

/** Packs a Document into DOCX bytes that depend only on the document and `isoDate`. */
export async function packDocx(document: Document, title: string, isoDate: string): Promise<Uint8Array> {
  const files = await packageParts(document, [{ path: 'docProps/core.xml', data: coreXml(title, isoDate) }]);
  const xml = strFromU8(files['word/document.xml']);
  files['word/document.xml'] = strToU8(normaliseDocumentXml(xml));
  files['word/styles.xml'] = strToU8(normaliseStylesXml(strFromU8(files['word/styles.xml'])));
  // Fixed entry times (local 1980-01-01 00:00, the zip epoch) and the entry order docx wrote.
  const entries: Zippable = {};
  for (const name of Object.keys(files)) entries[name] = [files[name], { mtime: ZIP_EPOCH }];
  return zipSync(entries, { level: 6 });
}
