/**
 * Turns the cross-references inside a tree's 款/项/目 text into `reference` nodes (src/tree/types.ts)
 * carrying their parsed `targets` and the ids of the provisions they resolve to. References to other
 * instruments are left as plain text. Returns what it found, including unresolved references.
 */
import type { Inline, Item, Paragraph, Reference, Root, Subitem, Text } from '../tree/types.js';
import { findReferences } from './find-references.js';
import { buildProvisionIndex, itemsOf, subitemsOf } from './provision-index.js';
import { resolveFound, type ReferenceContext, type ResolvedReference } from './resolve-target.js';

type Container = Paragraph | Item | Subitem;

function transformInline(node: Container, context: ReferenceContext, index: ReturnType<typeof buildProvisionIndex>, out: ResolvedReference[]): void {
  const children: Array<Container['children'][number]> = [];
  for (const child of node.children) {
    if (child.type !== 'text') {
      children.push(child);
      continue;
    }
    const text = child as Text;
    const found = findReferences(text.value).filter((f) => !f.external);
    if (found.length === 0) {
      children.push(text);
      continue;
    }
    const offset = text.position?.start.offset;
    const exact = typeof offset === 'number' && text.position!.end.offset === offset + text.value.length && text.position!.start.line === text.position!.end.line;
    const pos = (start: number, end: number) =>
      exact
        ? {
            position: {
              start: { line: text.position!.start.line, column: text.position!.start.column + start, offset: offset + start },
              end: { line: text.position!.start.line, column: text.position!.start.column + end, offset: offset + end },
            },
          }
        : {};
    let at = 0;
    let previous: ResolvedReference | undefined;
    for (const reference of found) {
      if (reference.start > at) children.push({ type: 'text', value: text.value.slice(at, reference.start), ...pos(at, reference.start) });
      const sameSentence = previous && !text.value.slice(previous.reference.end, reference.start).includes('。');
      const resolved = resolveFound(reference, context, index, sameSentence ? previous!.last : undefined);
      previous = resolved;
      out.push(resolved);
      const node: Reference = {
        type: 'reference',
        value: reference.text,
        form: reference.form,
        targets: resolved.targets,
        resolved: resolved.resolved,
        children: [{ type: 'text', value: reference.text, ...pos(reference.start, reference.end) }],
        ...pos(reference.start, reference.end),
      };
      children.push(node);
      at = reference.end;
    }
    if (at < text.value.length) children.push({ type: 'text', value: text.value.slice(at), ...pos(at, text.value.length) });
  }
  (node as { children: unknown[] }).children = children;
}

/**
 * Replaces reference spans in the text nodes of every article with `reference` nodes. Idempotent:
 * existing reference nodes are kept as they are.
 */
export function resolveReferences(tree: Root): ResolvedReference[] {
  const index = buildProvisionIndex(tree);
  const out: ResolvedReference[] = [];
  for (const entry of index.articles) {
    entry.node.children.forEach((paragraph, p) => {
      if (paragraph.type !== 'paragraph') return;
      const context: ReferenceContext = { article: entry, paragraph: p + 1 };
      transformInline(paragraph, context, index, out);
      itemsOf(paragraph).forEach((item, i) => {
        transformInline(item, { ...context, item: i + 1 }, index, out);
        subitemsOf(item).forEach((subitem, k) => transformInline(subitem, { ...context, item: i + 1, subitem: k + 1 }, index, out));
      });
    });
  }
  return out;
}

export type { Inline };
