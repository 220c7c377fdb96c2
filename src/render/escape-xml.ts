/**
 * Text and attribute values written into XML or HTML (DOCX parts, SVG, the HTML pages): the four
 * characters that would otherwise end a text or an attribute (XML 1.0 §2.4, §3.1).
 */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
