/**
 * Chinese numerals in the canonical legal form (立法法 第六十五条: 编、章、节、条的序号用中文数字依次表述;
 * forms per standards.md §2.4): 十一 (no leading 一 below 20), 一百一十 (一十 after 百/千),
 * one 零 for each run of internal zeros (一千零一), no trailing zero words (二百).
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;

const DIGIT_VALUE: Record<string, number> = {
  零: 0, '〇': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Largest number the legal forms need (条 numbers stay far below it). */
export const MAX_CHINESE_NUMERAL = 9999;

/** Formats 1–9999 in the canonical legal form: 11 → 十一, 110 → 一百一十, 1010 → 一千零一十. */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`formatChineseNumeral: ${n} is outside 1–${MAX_CHINESE_NUMERAL}`);
  }
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const unit = UNITS[digits.length - 1 - index];
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // The leading 一 of 十 is dropped only when 十 is the first word (十一, not 一百十一).
    out += digit === 1 && unit === '十' && out === '' ? '十' : DIGITS[digit] + unit;
  });
  return out;
}

/**
 * Reads a Chinese numeral leniently (so that a checker can say what was meant): accepts
 * 一十一, 一百十, 两, 〇 and Arabic digits. Returns NaN when the text is not a numeral.
 */
export function parseChineseNumeral(text: string): number {
  const trimmed = text.trim();
  if (/^[0-9０-９]+$/.test(trimmed)) {
    return Number(trimmed.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  }
  if (trimmed === '' || !/^[零〇一二两三四五六七八九十百千]+$/.test(trimmed)) return NaN;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const char of trimmed) {
    if (char in DIGIT_VALUE) {
      if (digit !== null && DIGIT_VALUE[char] !== 0 && digit !== 0) return NaN; // 二三
      digit = DIGIT_VALUE[char];
      continue;
    }
    const unit = UNIT_VALUE[char];
    if (unit >= lastUnit) return NaN; // 十百, 百百
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  if (digit !== null) total += digit;
  return total > 0 ? total : NaN;
}

/** True when `text` is exactly the canonical form of the number it denotes. */
export function isCanonicalChineseNumeral(text: string): boolean {
  const n = parseChineseNumeral(text);
  return Number.isFinite(n) && n <= MAX_CHINESE_NUMERAL && formatChineseNumeral(n) === text;
}
