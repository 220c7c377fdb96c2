/**
 * `<!-- regdoc-disable rule-id -->` … `<!-- regdoc-enable rule-id -->` and
 * `<!-- regdoc-disable-next-line rule-id -->` in a source (the reader drops HTML comments, so they are
 * read from the source lines). Without a rule id the comment applies to every rule.
 */
export interface DisableMap {
  /** True when `ruleId` is switched off on `line` (1-based). */
  isDisabled(ruleId: string, line: number): boolean;
}

const COMMENT = /<!--\s*regdoc-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

export function readDisableComments(source: string): DisableMap {
  if (!source.includes('regdoc-')) return { isDisabled: () => false };
  // Ranges per rule ('*' = all): [fromLine, toLine] inclusive.
  const ranges: Array<{ rule: string; from: number; to: number }> = [];
  const open = new Map<string, number>();
  const lines = source.split('\n');
  lines.forEach((text, i) => {
    const line = i + 1;
    COMMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMMENT.exec(text))) {
      const ids = m[2].split(/[\s,，]+/).filter(Boolean);
      const rules = ids.length ? ids : ['*'];
      for (const rule of rules) {
        if (m[1] === 'disable-next-line') ranges.push({ rule, from: line + 1, to: line + 1 });
        else if (m[1] === 'disable') {
          if (!open.has(rule)) open.set(rule, line);
        } else if (open.has(rule)) {
          ranges.push({ rule, from: open.get(rule)!, to: line });
          open.delete(rule);
        }
      }
    }
  });
  for (const [rule, from] of open) ranges.push({ rule, from, to: Infinity });
  return {
    isDisabled: (ruleId, line) => ranges.some((r) => (r.rule === '*' || r.rule === ruleId) && line >= r.from && line <= r.to),
  };
}
