/**
 * Check settings as data — `check:` in regdoc.config.yaml, overridden by `check:` in a document's front
 * matter: a preset (recommended | strict) and per-rule severity and options.
 * A rule setting is `off|error|warning|info`, `true|false`, `[severity, {options}]` or
 * `{severity, options}` / `{…options}`.
 */
import type { Rule, Severity } from './rule.js';

export type RuleSeverity = Severity | 'off';

export type RuleSetting =
  | RuleSeverity
  | boolean
  | [RuleSeverity, Record<string, unknown>?]
  | { severity?: RuleSeverity; options?: Record<string, unknown>; [option: string]: unknown };

export interface CheckSettings {
  preset?: 'recommended' | 'strict';
  rules?: Record<string, RuleSetting | unknown>;
}

export interface EffectiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

export interface SettingProblem {
  ruleId: string;
  reason: string;
}

/** Merges settings: later ones win per rule; the last preset given wins. */
export function mergeSettings(...list: Array<CheckSettings | undefined>): CheckSettings {
  const out: CheckSettings = { rules: {} };
  for (const settings of list) {
    if (!settings) continue;
    if (settings.preset) out.preset = settings.preset;
    Object.assign(out.rules!, settings.rules ?? {});
  }
  return out;
}

export function effectiveRules(rules: Rule[], settings: CheckSettings, problems: SettingProblem[] = []): EffectiveRule[] {
  const preset = settings.preset ?? 'recommended';
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of Object.keys(settings.rules ?? {})) {
    if (!known.has(id)) problems.push({ ruleId: id, reason: `检查设置中的规则“${id}”不存在` });
  }
  const out: EffectiveRule[] = [];
  for (const rule of rules) {
    let severity: RuleSeverity = preset === 'strict' ? (rule.meta.strict ?? rule.meta.recommended) : rule.meta.recommended;
    let options: Record<string, unknown> = { ...(rule.meta.options ?? {}) };
    const setting = settings.rules?.[rule.meta.id] as RuleSetting | undefined;
    if (setting !== undefined) {
      if (setting === false) severity = 'off';
      else if (setting === true) severity = severity === 'off' ? (rule.meta.strict ?? 'warning') : severity;
      else if (typeof setting === 'string') {
        if (SEVERITIES.has(setting)) severity = setting;
        else problems.push({ ruleId: rule.meta.id, reason: `规则“${rule.meta.id}”的级别“${setting}”无效，应为 error、warning、info 或 off` });
      } else if (Array.isArray(setting)) {
        if (SEVERITIES.has(String(setting[0]))) severity = setting[0];
        else problems.push({ ruleId: rule.meta.id, reason: `规则“${rule.meta.id}”的级别“${String(setting[0])}”无效，应为 error、warning、info 或 off` });
        options = { ...options, ...(setting[1] ?? {}) };
      } else if (setting && typeof setting === 'object') {
        const { severity: s, options: o, ...rest } = setting;
        if (s !== undefined) {
          if (SEVERITIES.has(String(s))) severity = s;
          else problems.push({ ruleId: rule.meta.id, reason: `规则“${rule.meta.id}”的级别“${String(s)}”无效，应为 error、warning、info 或 off` });
        }
        options = { ...options, ...(o ?? {}), ...rest };
      }
    }
    if (severity !== 'off') out.push({ rule, severity, options });
  }
  return out;
}
