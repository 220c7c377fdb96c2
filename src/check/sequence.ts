/**
 * Shared sequence logic of the numbering rules: numbers go 1, 2, 3 … (立法法 第六十五条 “依次表述”);
 * after a slip the count re-synchronises (on the expected number after a one-off typo, else on the number
 * actually written), so one gap, one duplicate or one typo gives one message.
 */
export interface SequenceSlip<T> {
  node: T;
  expected: number;
  actual: number;
  duplicate: boolean;
}

export function sequenceSlips<T>(nodes: T[], ordinalOf: (node: T) => number, start = 1): Array<SequenceSlip<T>> {
  const slips: Array<SequenceSlip<T>> = [];
  let previous: number | undefined;
  nodes.forEach((node, i) => {
    const actual = ordinalOf(node);
    if (!Number.isFinite(actual)) return;
    const expected = previous === undefined ? start : previous + 1;
    if (actual !== expected) {
      slips.push({ node, expected, actual, duplicate: previous !== undefined && actual === previous });
      // A single wrong number (3, 3, 5 or 3, 9, 5) is a typo: keep counting from the expected number when
      // the next one agrees with it; otherwise the text was renumbered from here on (3, 5, 6).
      const next = nodes[i + 1] === undefined ? NaN : ordinalOf(nodes[i + 1]);
      previous = next === expected + 1 ? expected : actual;
      return;
    }
    previous = actual;
  });
  return slips;
}

/** Splits “第一十一条” into its numeral and unit word; undefined when it is not a 第X… label. */
export function splitLabel(label: string): { numeral: string; unit: string; suffix?: string } | undefined {
  const m = /^第(.+?)(分编|编|章|节|条)(?:之(.+))?$/.exec(label.trim());
  return m ? { numeral: m[1], unit: m[2], ...(m[3] ? { suffix: m[3] } : {}) } : undefined;
}
