/**
 * 金额大写: an amount in yuan written in capital numerals, following 中国人民银行《支付结算办法》附一
 * 《正确填写票据和结算凭证的基本规定》: 整 after 元 or 角 when there is no 分; one 零 for a run of
 * internal zeros; 零 after 元 when the 元 digit or the 角 digit is 0 and a smaller unit follows
 * (￥1680.32 → 壹仟陆佰捌拾元零叁角贰分, ￥16409.02 → 壹万陆仟肆佰零玖元零贰分); 壹拾 keeps its 壹.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const GROUP_UNITS = ['', '万', '亿'] as const;

/** Largest amount written (9999亿…): contract prices never come near it, and 万亿 wording varies. */
export const MAX_MONEY = 999_999_999_999.99;

export class MoneyError extends Error {}

/** Reads an amount written as a number or as text (`1,234.50`, `¥1234.5`, `1234.5元`) into exact fen digits. */
export function parseMoneyAmount(value: number | string): { yuan: string; jiao: number; fen: number } {
  const text = (typeof value === 'number' ? numberToPlainString(value) : value).trim().replace(/^[¥￥]\s*/, '').replace(/元$/, '');
  const normalized = text.replace(/[,，]/g, '');
  if (/^-/.test(normalized)) throw new MoneyError(`金额不能为负数：${text}`);
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(normalized);
  if (!match) {
    if (/^\d+\.\d{3,}$/.test(normalized)) throw new MoneyError(`金额最多到分（两位小数）：${text}`);
    throw new MoneyError(`“${text}”不是金额（应写作 1234.50 或 1,234.50）`);
  }
  const yuan = match[1].replace(/^0+(?=\d)/, '');
  if (Number(`${yuan}.${match[2] ?? ''}`) > MAX_MONEY) throw new MoneyError(`金额过大：${text}`);
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return { yuan, jiao: Number(fraction[0]), fen: Number(fraction[1]) };
}

/** 1234.5 → 壹仟贰佰叁拾肆元伍角整; 0 → 零元整; 0.05 → 伍分; 100.10 → 壹佰元零壹角整. */
export function moneyInWords(value: number | string): string {
  const { yuan, jiao, fen } = parseMoneyAmount(value);
  const integer = integerInWords(yuan);
  if (integer === '' && jiao === 0 && fen === 0) return '零元整';
  let out = integer === '' ? '' : `${integer}元`;
  if (jiao === 0 && fen === 0) return `${out}整`;
  // 零 after 元 when the 元 digit is 0 (￥100.10) or the 角 digit is 0 before a 分 (￥1.05).
  if (integer !== '' && (yuan.endsWith('0') || jiao === 0)) out += '零';
  if (jiao !== 0) out += `${DIGITS[jiao]}角`;
  if (fen !== 0) return `${out}${DIGITS[fen]}分`;
  return `${out}整`;
}

/** Integer yuan in capital numerals, '' for 0. Groups of four digits carry 万 and 亿. */
function integerInWords(yuan: string): string {
  if (/^0*$/.test(yuan)) return '';
  const groups: string[] = [];
  for (let end = yuan.length; end > 0; end -= 4) groups.unshift(yuan.slice(Math.max(0, end - 4), end));
  let out = '';
  let zeroPending = false;
  groups.forEach((group, index) => {
    const unit = GROUP_UNITS[groups.length - 1 - index];
    const digits = group.padStart(4, '0').split('').map(Number);
    if (digits.every((d) => d === 0)) {
      zeroPending = out !== '';
      return;
    }
    digits.forEach((digit, position) => {
      if (digit === 0) {
        // A zero only counts once something has been written and a non-zero digit follows in the group.
        if (out !== '' && position < 3) zeroPending = zeroPending || digits.slice(position + 1).some((d) => d !== 0);
        return;
      }
      if (zeroPending) out += '零';
      zeroPending = false;
      out += DIGITS[digit] + SMALL_UNITS[3 - position];
    });
    out += unit;
    // Zeros at the end of a group lead into the next group only through the digits of that group.
    zeroPending = false;
  });
  return out;
}

/** Plain decimal notation of a JS number (no exponent). */
function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) throw new MoneyError(`“${value}”不是金额`);
  if (value < 0) throw new MoneyError(`金额不能为负数：${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(2);
}

/** 1234567.5 → 1,234,567.50 (figures as written after ¥). */
export function formatMoneyFigures(value: number | string): string {
  const { yuan, jiao, fen } = parseMoneyAmount(value);
  return `${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${jiao}${fen}`;
}
