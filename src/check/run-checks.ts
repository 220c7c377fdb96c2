/**
 * Runs the numbering, structure and cross-reference rules (standards.md §7) over one legal tree and
 * adds their findings to the vfile as messages (`file.message(reason, {place, ruleId, source: 'regdoc'})`;
 * error = fatal true, warning = fatal false, info = fatal undefined).
 */
import type { VFile } from 'vfile';
import type { Root } from '../tree/types.js';
import { createContext, type CheckContext, type Place } from './check-context.js';
import { readDisableComments } from './disable-comments.js';
import { allRules } from './rules/index.js';
import { effectiveRules, mergeSettings, type CheckSettings, type SettingProblem } from './settings.js';
import type { Rule } from './rule.js';
import { resolveReferences } from '../references/resolve-references.js';

export type { CheckSettings, RuleSetting, RuleSeverity } from './settings.js';

export interface RunChecksOptions {
  /** Source text the tree positions refer to (defaults to file.value). */
  source?: string;
  /** Rules to run (defaults to every rule). */
  rules?: Rule[];
  /** Replace reference spans in the tree with `reference` nodes (default true). */
  resolveReferences?: boolean;
  /** Run only the rules set to `error`, for callers that act on errors alone (`regdoc build`). */
  errorsOnly?: boolean;
}

/**
 * Checks `tree` and reports on `file`. Settings from the project config are merged with the document's
 * front matter `check:` (front matter wins). Afterwards the tree's internal cross-references are turned
 * into `reference` nodes (targets + resolved ids) for the renderers and the amendment tools.
 */
export function runChecks(tree: Root, file: VFile, settings: CheckSettings = {}, options: RunChecksOptions = {}): void {
  const problems: SettingProblem[] = [];
  const merged = mergeSettings(settings, tree.meta?.check as CheckSettings | undefined);
  const active = effectiveRules(options.rules ?? allRules, merged, problems);
  for (const problem of problems) {
    const message = file.message(problem.reason, { place: { line: 1, column: 1 }, ruleId: 'check-settings', source: 'regdoc' });
    message.fatal = false;
  }
  const superseded = new Set(active.flatMap(({ rule }) => rule.meta.supersedes ?? []));
  if (superseded.size > 0) {
    file.messages = file.messages.filter((message) => !superseded.has(message.ruleId ?? ''));
  }
  const base = createContext(tree, file, { source: options.source });
  const disable = readDisableComments(base.source);
  for (const { rule, severity, options: ruleOptions } of active) {
    if (options.errorsOnly && severity !== 'error') continue;
    const ruleId = rule.meta.id;
    const context: CheckContext = {
      ...base,
      options: ruleOptions,
      report(reason: string, place: Place | undefined, extra = {}) {
        const position =
          place && 'start' in place && typeof place.start === 'number'
            ? base.locator.span(place.start, (place as { end: number }).end)
            : (place as { position?: import('unist').Position } | undefined)?.position;
        if (position && disable.isDisabled(ruleId, position.start.line)) return;
        const message = file.message(reason, { place: position, ruleId, source: 'regdoc' });
        const capped = extra.maxSeverity === 'info' || severity === 'info' ? 'info' : extra.maxSeverity ?? severity;
        message.fatal = capped === 'error' ? true : capped === 'warning' ? false : undefined;
        if (extra.actual !== undefined) message.actual = extra.actual;
        if (extra.expected !== undefined) message.expected = [extra.expected];
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // A broken rule must not hide the others' findings; say so on the file.
      const message = file.message(`检查规则“${ruleId}”内部出错：${error instanceof Error ? error.message : String(error)}`, {
        place: { line: 1, column: 1 },
        ruleId,
        source: 'regdoc',
      });
      message.fatal = false;
    }
  }
  if (options.resolveReferences !== false) resolveReferences(tree);
}
