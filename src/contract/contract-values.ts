/**
 * The values a contract template sees. Blank model text (示范文本) and filled contract use the same
 * template: for a blank, every field becomes a `Blank` that prints as underlined space of a width
 * suited to its type (standards §5.3: `________________`, `____年__月__日`, □ boxes for choices);
 * for a filled contract, money, dates and choices become small value objects whose default
 * printing is the usual contract form and which the helpers (金额大写, 中文日期 …) understand.
 */
import { formatChineseDate, type CalendarDate } from './chinese-date.js';
import { PARTY_FIELDS, type FieldDeclaration } from './field-schema.js';
import { formatMoneyFigures } from './money-in-words.js';
import type { ContractData, FieldValue, PartyValue, RowValue } from './validate-data.js';

export const underscores = (width: number): string => '_'.repeat(width);

export const BLANK_DATE = '____年__月__日';
export const BLANK_MONEY_FIGURES = underscores(10);
export const BLANK_MONEY_WORDS = underscores(16);
export const BOX = '□';
export const CHECKED_BOX = '☑';

/** A field left open in the model text. */
export class Blank {
  constructor(
    readonly kind: FieldDeclaration['type'],
    readonly width: number,
    readonly options: readonly string[] = [],
  ) {}
  toString(): string {
    switch (this.kind) {
      case 'date':
        return BLANK_DATE;
      case 'money':
        return BLANK_MONEY_FIGURES;
      case 'enum':
        return boxes(this.options);
      case 'bool':
        return boxes(['是', '否']);
      default:
        return underscores(this.width);
    }
  }
}

/** An amount as exact text (“1234.50”); prints as figures with thousands separators. */
export class Money {
  constructor(readonly amount: string) {}
  toString(): string {
    return formatMoneyFigures(this.amount);
  }
}

export class DateValue {
  constructor(readonly date: CalendarDate) {}
  toString(): string {
    return formatChineseDate(this.date);
  }
}

/** An enum value that remembers its options, so 勾选 can print ☑ against the chosen one. */
export class Choice {
  constructor(
    readonly value: string,
    readonly options: readonly string[],
  ) {}
  toString(): string {
    return this.value;
  }
}

/** `□公开招标　□邀请招标`, with ☑ before `chosen`. Full-width space between choices. */
export function boxes(options: readonly string[], chosen?: string): string {
  return options.map((option) => `${option === chosen ? CHECKED_BOX : BOX}${option}`).join('\u3000');
}

/** Characters that Markdown would read as markup when they come from data. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*|<>[\]~]/g, '\\$&');
}

export function unescapeMarkdownInline(text: string): string {
  return text.replace(/\\([\\`*|<>[\]~])/g, '$1');
}

function defaultWidth(field: FieldDeclaration, inList: boolean): number {
  if (field.width) return field.width;
  if (field.type === 'integer') return 4;
  return inList ? 8 : 16;
}

function blankParty(field: FieldDeclaration): Record<string, Blank> {
  return Object.fromEntries(PARTY_FIELDS.map(({ name }) => [name, new Blank('text', field.width ?? (name === 'name' ? 20 : 16))]));
}

/** The value of one field in the model text. */
function blankValue(field: FieldDeclaration, inList: boolean): unknown {
  if (field.type === 'party') return blankParty(field);
  if (field.type === 'list') {
    const row = () => Object.fromEntries((field.fields ?? []).map((item) => [item.name, blankValue(item, true)]));
    return Array.from({ length: field.blankRows ?? 3 }, row);
  }
  return new Blank(field.type, defaultWidth(field, inList), field.options);
}

/** The context for the blank model text. */
export function blankContext(fields: FieldDeclaration[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.name, blankValue(field, false)]));
}

function filledValue(field: FieldDeclaration, value: FieldValue | undefined, inList: boolean): unknown {
  if (value === undefined) {
    // An optional field without data stays a blank to be filled in by hand; switches and lists stay off.
    if (field.type === 'bool') return false;
    if (field.type === 'list') return [];
    return blankValue(field, inList);
  }
  switch (field.type) {
    case 'text':
      return escapeMarkdownInline(String(value));
    case 'money':
      return new Money(String(value));
    case 'date':
      return new DateValue(value as CalendarDate);
    case 'enum':
      return new Choice(String(value), field.options ?? []);
    case 'party': {
      const party = value as PartyValue;
      const blank = blankParty(field);
      return Object.fromEntries(PARTY_FIELDS.map(({ name }) => [name, party[name] ? escapeMarkdownInline(party[name]) : blank[name]]));
    }
    case 'list':
      return (value as RowValue[]).map((row) => rowContext(field.fields ?? [], row));
    default:
      return value;
  }
}

function rowContext(fields: FieldDeclaration[], row: RowValue): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.name, filledValue(field, row[field.name], true)]));
}

/** The context for a filled contract (data already validated). */
export function filledContext(fields: FieldDeclaration[], data: ContractData): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.name, filledValue(field, data[field.name], false)]));
}
