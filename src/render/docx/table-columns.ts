/**
 * Column widths of a table in the regulation text (GFM tables: 裁量基准表, 制定计划表) proportional to their
 * content, as typesetters size 公文 tables by hand: a column of 序号 or dates stays narrow and on one line,
 * the long text columns share the rest of the 版心 width (GB/T 9704 §5.2.1: 156 mm) in proportion to their
 * longest cell. Widths are measured in 字 (a CJK character or full-width sign = 1, an ASCII letter, digit or
 * sign = ½, as in the 22 × 28 grid). Pure arithmetic; the DOCX handler turns the result into twips.
 */

/** Width of a text in 字: full-width characters 1, ASCII and accented Latin letters ½. */
export function textWidthChars(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // × · § and the like are East-Asian ambiguous and set full width by the CJK font of a zh-CN run.
    const narrow = code < 0x80 || code === 0x2007 || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
    width += narrow ? 0.5 : 1;
  }
  return width;
}

/** The longest part of a text that cannot be broken across lines: a run of ASCII letters, digits and signs. */
export function longestWordChars(text: string): number {
  const words = text.match(/[\x21-\x7e\u2007]+/g) ?? [];
  return Math.max(0, ...words.map(textWidthChars));
}

/** No column narrower than this many 字 unless all its cells are shorter (so 序号 stays 2 字 wide). */
export const MIN_COLUMN_CHARS = 3;

export interface ColumnNeeds {
  /** The longest cell, in 字: the width at which the column never wraps. */
  natural: number;
  /** The narrowest sensible width: the longest unbreakable word, at least MIN_COLUMN_CHARS (or natural). */
  minimum: number;
}

/** What each column needs, from the text of every cell (`rows[r][c]`, header row included). */
export function columnNeeds(rows: readonly (readonly string[])[], columns: number): ColumnNeeds[] {
  return Array.from({ length: columns }, (_, c) => {
    const cells = rows.map((row) => row[c] ?? '');
    const natural = Math.max(0.5, ...cells.map(textWidthChars));
    const word = Math.max(0, ...cells.map(longestWordChars));
    return { natural, minimum: Math.max(word, Math.min(natural, MIN_COLUMN_CHARS)) };
  });
}

/**
 * Widths (in the unit of `total`) that add up to `total`. `toUnits(chars)` converts a content width in 字 to
 * a column width (content plus cell margins). When everything fits, each column gets its natural width and
 * the slack is shared in proportion to it. Otherwise columns narrower than an even share of what is left keep
 * their natural width (so they never wrap), and the remaining columns share the rest in proportion to their
 * longest cell, none below its minimum. Integers: rounding goes to the widest column.
 */
export function columnWidths(needs: readonly ColumnNeeds[], total: number, toUnits: (chars: number) => number): number[] {
  const natural = needs.map((n) => toUnits(n.natural));
  const minimum = needs.map((n) => toUnits(n.minimum));
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(natural) <= total) {
    widths = natural.map((w) => (w * total) / sum(natural));
  } else if (sum(minimum) >= total) {
    // Too many columns for the page: all we can do is to keep their proportions.
    widths = minimum.map((w) => (w * total) / sum(minimum));
  } else {
    const fixed = new Map<number, number>();
    for (let changed = true; changed; ) {
      changed = false;
      const open = natural.map((_, i) => i).filter((i) => !fixed.has(i));
      const left = total - sum([...fixed.values()]);
      // A column that needs less than an even share keeps what it needs.
      for (const i of open) {
        if (natural[i] <= left / open.length) {
          fixed.set(i, natural[i]);
          changed = true;
        }
      }
      if (changed) continue;
      const wanted = sum(open.map((i) => natural[i]));
      for (const i of open) {
        if ((natural[i] * left) / wanted < minimum[i]) {
          fixed.set(i, minimum[i]);
          changed = true;
        }
      }
      if (!changed) for (const i of open) fixed.set(i, (natural[i] * left) / wanted);
    }
    widths = natural.map((_, i) => fixed.get(i) ?? 0);
  }
  const rounded = widths.map((w) => Math.floor(w));
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] += total - sum(rounded);
  return rounded;
}
