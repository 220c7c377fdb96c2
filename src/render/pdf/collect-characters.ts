/**
 * The characters each font family prints in a document definition (following pdfmake's style
 * inheritance of `font`), so the edge can check that a font covers them before using it.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

type Node = string | number | null | undefined | Node[] | { [key: string]: unknown };

export function charactersByFamily(definition: TDocumentDefinitions): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (family: string, text: string) => {
    let set = out.get(family);
    if (!set) out.set(family, (set = new Set()));
    // By UTF-16 unit (a pair as one code point): a string iterator per text costs more than the whole walk.
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      set.add(code);
      if (code > 0xffff) i++;
    }
  };
  const walk = (node: Node, family: string): void => {
    if (node === null || node === undefined) return;
    if (typeof node === 'string' || typeof node === 'number') return add(family, String(node));
    if (Array.isArray(node)) return node.forEach((child) => walk(child, family));
    const own = typeof node.font === 'string' ? node.font : family;
    for (const key of ['text', 'stack', 'columns', 'ul', 'ol'] as const) if (key in node) walk(node[key] as Node, own);
    const table = node.table as { body?: Node[][] } | undefined;
    if (table?.body) table.body.forEach((row) => walk(row, own));
  };
  const defaultFamily = (definition.defaultStyle as { font?: string } | undefined)?.font ?? '';
  walk(definition.content as Node, defaultFamily);
  // The footer of a one-page document shows everything a footer can hold (page number and 版记).
  if (typeof definition.footer === 'function') {
    walk(definition.footer(1, 1, { width: 0, height: 0, orientation: 'portrait' }) as Node, defaultFamily);
  }
  return out;
}
