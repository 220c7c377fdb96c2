/** Cross-references inside a regulation (standards.md §2.5): find, resolve, renumber. */
export { findReferences, SELF_GENRES, type FoundReference, type RefComponent, type RefElement, type RefLevel } from './find-references.js';
export { resolveReferences } from './resolve-references.js';
export { resolveFound, type ReferenceContext, type ResolvedReference, type ResolutionProblem } from './resolve-target.js';
export { collectReferences, type DocumentReference, type DocumentReferences } from './collect-references.js';
export { buildProvisionIndex, collectArticles, articleNumberKey, type ArticleEntry, type ProvisionIndex } from './provision-index.js';
export { rewriteReferences, rewriteArticleReferences, referenceEdits, applyEdits, formatComponent, type RenumberPlan, type TextEdit, type NewNumber, type ReferenceMapping, type RewriteContext } from './rewrite-references.js';
export { createLocator, type SourceLocator } from './source-location.js';
