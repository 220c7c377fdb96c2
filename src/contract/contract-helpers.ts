/**
 * Helpers available in contract templates. Money is written in figures and in words (standards §5.3,
 * 《支付结算办法》附一), dates as 2009年5月10日, counts in Chinese numerals (一式六份), choices as □ boxes.
 * Every helper also accepts a `Blank`, so the same template yields the model text.
 */
import type { HelperDelegate } from 'handlebars';
import { formatChineseNumeral, MAX_CHINESE_NUMERAL } from '../numbering/chinese-numerals.js';
import { formatChineseDate, parseCalendarDate } from './chinese-date.js';
import {
  BLANK_DATE, BLANK_MONEY_FIGURES, BLANK_MONEY_WORDS, Blank, boxes, Choice, DateValue, Money, underscores, unescapeMarkdownInline,
} from './contract-values.js';
import { PARTY_FIELDS } from './field-schema.js';
import { formatMoneyFigures, moneyInWords } from './money-in-words.js';

interface HelperOptions {
  hash: Record<string, unknown>;
}

/** Errors thrown by helpers; the renderer turns them into a located message. */
export class HelperError extends Error {}

function amountOf(value: unknown, helper: string): string | number {
  if (value instanceof Money) return value.amount;
  if (typeof value === 'number' || typeof value === 'string') return value;
  throw new HelperError(`${helper} 只能用于金额字段`);
}

function wrap<T extends unknown[]>(name: string, body: (...args: T) => string): HelperDelegate {
  return (...args: unknown[]) => {
    try {
      return body(...(args as T));
    } catch (error) {
      throw new HelperError(`${name}：${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** 1234.5 → 壹仟贰佰叁拾肆元伍角整. */
const moneyWords = wrap('金额大写', (value: unknown) => (value instanceof Blank ? BLANK_MONEY_WORDS : moneyInWords(amountOf(value, '金额大写'))));

/** ¥1,234.50元（大写：壹仟贰佰叁拾肆元伍角整）. */
const moneyFull = wrap('金额', (value: unknown) => {
  if (value instanceof Blank) return `¥${BLANK_MONEY_FIGURES}元（大写：${BLANK_MONEY_WORDS}）`;
  const amount = amountOf(value, '金额');
  return `¥${formatMoneyFigures(amount)}元（大写：${moneyInWords(amount)}）`;
});

/** 2009-05-10 → 2009年5月10日; with 汉字=true → 二〇〇九年五月十日. */
const chineseDate = wrap('中文日期', (value: unknown, options: HelperOptions) => {
  if (value instanceof Blank) return BLANK_DATE;
  const han = options?.hash?.['汉字'] === true;
  if (value instanceof DateValue) return formatChineseDate(value.date, han);
  const parsed = typeof value === 'string' ? parseCalendarDate(value) : undefined;
  if (!parsed) throw new Error(`“${String(value)}”不是日期`);
  return formatChineseDate(parsed, han);
});

/** 6 → 六 (一式六份). */
const chineseNumber = wrap('中文数字', (value: unknown) => {
  if (value instanceof Blank) return underscores(value.width);
  const n = typeof value === 'number' ? value : Number(value);
  if (n === 0) return '零';
  if (!Number.isInteger(n) || n < 0 || n > MAX_CHINESE_NUMERAL) throw new Error(`只能写 0—${MAX_CHINESE_NUMERAL} 的整数，实为“${String(value)}”`);
  return formatChineseNumeral(n);
});

/** ☑公开招标　□邀请招标; for 是/否 switches ☑是　□否. */
const tick = wrap('勾选', (value: unknown) => {
  if (value instanceof Blank) return value.toString();
  if (value instanceof Choice) return boxes(value.options, value.value);
  if (typeof value === 'boolean') return boxes(['是', '否'], value ? '是' : '否');
  throw new Error('只能用于选项或是/否字段');
});

/** @index is 0-based; 序号 prints 1, 2, 3 … */
const ordinal = wrap('序号', (index: unknown) => String(Number(index) + 1));

/** Equality for choices; a blank equals every option, so the model text shows each alternative. */
const equals: HelperDelegate = (a: unknown, b: unknown) => a instanceof Blank || b instanceof Blank || String(a) === String(b);

/**
 * 签署栏: one column per party, side by side (standards §5.3), emitted as a ```signatures block.
 * Params alternate role and party: `{{签署栏 "甲方（盖章）" buyer "乙方（盖章）" supplier 日期=signDate 明细=true}}`.
 * The signature lines stay blank in a filled contract too: they are signed by hand.
 */
const signatureBlock = wrap('签署栏', (...args: unknown[]) => {
  const options = args.pop() as HelperOptions;
  if (args.length === 0 || args.length % 2 !== 0) throw new Error('参数应成对给出：角色名称与当事人字段');
  const date = options.hash['日期'];
  const details = options.hash['明细'] === true;
  const lines: string[] = ['```signatures'];
  for (let i = 0; i < args.length; i += 2) {
    const role = String(args[i]);
    const party = args[i + 1] as Record<string, unknown> | undefined;
    if (!party || typeof party !== 'object') throw new Error(`“${role}”后应是当事人字段`);
    const text = (value: unknown) => unescapeMarkdownInline(String(value ?? underscores(16)));
    lines.push(`- role: ${JSON.stringify(`${role}：${text(party.name)}`)}`);
    lines.push('  lines:');
    const rows = [
      `法定代表人或其委托代理人（签字）：${underscores(10)}`,
      `日期：${date === undefined ? BLANK_DATE : text(date instanceof DateValue || date instanceof Blank ? date : chineseDate(date, { hash: {} }))}`,
    ];
    if (details) {
      // The model text offers every detail line; a filled contract prints the details it was given.
      const blankParty = party.name instanceof Blank;
      for (const { name, label } of PARTY_FIELDS) {
        if (name === 'name' || name === 'legalRepresentative' || name === 'agent') continue;
        if (blankParty || !(party[name] instanceof Blank)) rows.push(`${label}：${text(party[name])}`);
      }
    }
    for (const row of rows) lines.push(`    - ${JSON.stringify(row)}`);
  }
  lines.push('```');
  return lines.join('\n');
});

export const CONTRACT_HELPERS: Record<string, HelperDelegate> = {
  金额大写: moneyWords,
  金额: moneyFull,
  中文日期: chineseDate,
  中文数字: chineseNumber,
  勾选: tick,
  序号: ordinal,
  eq: equals,
  签署栏: signatureBlock,
};

/** Handlebars' own block helpers that templates may use (lookup, log and partials are not offered). */
export const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with']);

export const HELPER_NAMES = new Set([...BUILTIN_HELPERS, ...Object.keys(CONTRACT_HELPERS)]);
