/**
 * All cross-references of a document, read from its source text (so that offsets are exact for
 * messages and for `regdoc fix`) and resolved against its own articles.
 */
import type { Root } from '../tree/types.js';
import { findReferences, type FoundReference } from './find-references.js';
import { buildProvisionIndex, type ProvisionIndex } from './provision-index.js';
import { allProvisionTexts, type ProvisionText } from './provision-texts.js';
import { resolveFound, type ResolvedReference } from './resolve-target.js';
import { createLocator, type SourceLocator } from './source-location.js';

export interface DocumentReference extends ResolvedReference {
  /** The text (款/项/目) the reference stands in. */
  where: ProvisionText;
}

export interface DocumentReferences {
  index: ProvisionIndex;
  locator: SourceLocator;
  references: DocumentReference[];
}

function shift(found: FoundReference, by: number): FoundReference {
  return {
    ...found,
    start: found.start + by,
    end: found.end + by,
    elements: found.elements.map((element) => ({
      ...element,
      start: element.start + by,
      end: element.end + by,
      components: element.components.map((c) => ({ ...c, start: c.start + by, end: c.end + by })),
    })),
  };
}

export function collectReferences(tree: Root, source: string, index = buildProvisionIndex(tree), locator = createLocator(source)): DocumentReferences {
  const references: DocumentReference[] = [];
  for (const where of allProvisionTexts(index, locator)) {
    const slice = source.slice(where.start, where.end);
    let previous: DocumentReference | undefined;
    for (const found of findReferences(slice)) {
      const absolute = shift(found, where.start);
      // Inherit within one sentence only (no 。 between the two references).
      const sameSentence = previous && !source.slice(previous.reference.end, absolute.start).includes('。');
      const first = absolute.elements[0];
      if (sameSentence && previous!.reference.external && first && !first.anchor && first.components[0]?.level !== 'article') {
        absolute.external = true;
        absolute.externalName = previous!.reference.externalName;
      }
      const resolved: DocumentReference = { ...resolveFound(absolute, where.context, index, sameSentence ? previous!.last : undefined), where };
      references.push(resolved);
      previous = resolved;
    }
  }
  return { index, locator, references };
}
