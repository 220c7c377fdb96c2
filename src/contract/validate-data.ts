/**
 * Checks a contract data file (YAML or JSON) against the fields its template declares, before
 * anything is rendered: every missing required field, wrong type and unknown key becomes one
 * located Chinese message naming the field and its 中文 label.
 */
import { isMap } from 'yaml';
import { parseCalendarDate, type CalendarDate } from './chinese-date.js';
import type { ContractProblem } from './contract-problem.js';
import { FIELD_TYPE_LABEL, FORBIDDEN_NAMES, PARTY_FIELDS, PARTY_FIELD_NAMES, type FieldDeclaration } from './field-schema.js';
import { formatMoneyFigures, MoneyError, parseMoneyAmount } from './money-in-words.js';
import { parseYamlWithPositions, positionOf, type ParsedYaml } from './yaml-position.js';

/** A validated value, normalised per type (money as exact text “1234.50”, dates as parts). */
export type FieldValue = string | number | boolean | CalendarDate | PartyValue | RowValue[];
export type PartyValue = Partial<Record<string, string>>;
export type RowValue = Record<string, FieldValue | undefined>;
export type ContractData = Record<string, FieldValue | undefined>;

type Path = Array<string | number>;

interface Walk {
  parsed?: ParsedYaml;
  problems: ContractProblem[];
}

/** Parses and validates a data file's text. Problems are returned, never thrown. */
export function validateDataText(text: string, fields: FieldDeclaration[]): { data?: ContractData; problems: ContractProblem[] } {
  const parsed = parseYamlWithPositions(text);
  if (parsed.error) {
    return { problems: [{ message: parsed.error.message, id: 'contract-yaml', source: 'data', line: parsed.error.line, column: parsed.error.column }] };
  }
  const contents = parsed.document.contents;
  if (contents !== null && !isMap(contents)) {
    const where = positionOf(parsed, []);
    return { problems: [{ message: '数据文件应是“字段: 值”的列表（YAML 映射或 JSON 对象）', id: 'contract-yaml', source: 'data', ...where }] };
  }
  const value = (parsed.document.toJS() ?? {}) as Record<string, unknown>;
  return validateData(value, fields, parsed);
}

/** Validates an already-parsed object; positions come from `parsed` when given. */
export function validateData(value: Record<string, unknown>, fields: FieldDeclaration[], parsed?: ParsedYaml): { data?: ContractData; problems: ContractProblem[] } {
  const walk: Walk = { parsed, problems: [] };
  const data = validateRecord(value, fields, [], '', walk);
  if (walk.problems.length === 0) checkSums(data, fields, walk);
  return walk.problems.length > 0 ? { problems: walk.problems } : { data, problems: [] };
}

/** Checks one default value from a template declaration (reported against the template). */
export function validateDefault(field: FieldDeclaration): string | undefined {
  const walk: Walk = { problems: [] };
  validateValue(field, field.default, [field.name], '', walk);
  return walk.problems[0]?.message;
}

function report(walk: Walk, path: Path, message: string, id: string, atKey = false): void {
  const where = walk.parsed ? positionOf(walk.parsed, path, atKey) : { line: 1, column: 1 };
  walk.problems.push({ message, id, source: 'data', ...where });
}

function fieldName(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : i === 0 ? part : `.${part}`)).join('');
}

function validateRecord(value: Record<string, unknown>, fields: FieldDeclaration[], path: Path, labelPrefix: string, walk: Walk): ContractData {
  const out: ContractData = {};
  const declared = new Map(fields.map((f) => [f.name, f]));
  for (const key of Object.keys(value)) {
    if (declared.has(key)) continue;
    const names = fields.map((f) => `${f.name}（${f.label}）`).join('、');
    const reason = FORBIDDEN_NAMES.has(key) ? `字段名 ${key} 是保留名，不能使用` : `未知字段 ${fieldName([...path, key])}：模板没有声明这个字段`;
    report(walk, [...path, key], `${reason}（${labelPrefix ? `${labelPrefix}可用的` : '可用的'}字段：${names}）`, 'contract-field-unknown', true);
  }
  for (const field of fields) {
    const given = Object.prototype.hasOwnProperty.call(value, field.name) ? value[field.name] : undefined;
    const fieldPath = [...path, field.name];
    if (given === undefined || given === null || given === '') {
      if (field.required && field.default === undefined) {
        report(walk, fieldPath, `缺少必填字段 ${fieldName(fieldPath)}（${labelPrefix}${field.label}）`, 'contract-field-missing');
      } else if (field.default !== undefined) {
        out[field.name] = validateValue(field, field.default, fieldPath, labelPrefix, walk);
      }
      continue;
    }
    out[field.name] = validateValue(field, given, fieldPath, labelPrefix, walk);
  }
  checkProducts(out, fields, path, labelPrefix, walk);
  return out;
}

/** Money as whole fen, exactly (the validated text “1234.50” has two decimals). */
const fen = (money: string): bigint => BigInt(money.replace('.', ''));
const figures = (cents: bigint): string => `¥${formatMoneyFigures(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`)}`;

/** 金额 = 数量 × 单价 inside one row, when all three are given. */
function checkProducts(row: ContractData, fields: FieldDeclaration[], path: Path, labelPrefix: string, walk: Walk): void {
  for (const field of fields) {
    if (!field.productOf || typeof row[field.name] !== 'string') continue;
    const [a, b] = field.productOf.map((name) => row[name]);
    if (a === undefined || b === undefined) continue;
    const asFen = (v: FieldValue) => (typeof v === 'number' ? BigInt(v) * 100n : fen(String(v)));
    // Both factors are in hundredths (a count n as n × 100), so the product is scaled back once.
    const expected = (asFen(a) * asFen(b)) / 100n;
    const actual = fen(String(row[field.name]));
    if (expected !== actual) {
      const labels = field.productOf.map((name) => fields.find((f) => f.name === name)?.label ?? name).join(' × ');
      report(walk, [...path, field.name], `字段 ${fieldName([...path, field.name])}（${labelPrefix}${field.label}）应为 ${labels} = ${figures(expected)}，实为 ${figures(actual)}`, 'contract-amount-mismatch');
    }
  }
}

/** 合同总价 = 清单各行金额之和. */
function checkSums(data: ContractData, fields: FieldDeclaration[], walk: Walk): void {
  for (const field of fields) {
    if (!field.sumOf || typeof data[field.name] !== 'string') continue;
    const [listName, columnName] = field.sumOf.split('.');
    const rows = data[listName];
    if (!Array.isArray(rows) || rows.length === 0) continue;
    if (rows.some((row) => typeof row[columnName] !== 'string')) continue;
    const total = rows.reduce((sum, row) => sum + fen(String(row[columnName])), 0n);
    const actual = fen(String(data[field.name]));
    if (total !== actual) {
      const list = fields.find((f) => f.name === listName);
      const column = list?.fields?.find((f) => f.name === columnName);
      report(walk, [field.name], `字段 ${field.name}（${field.label}）为 ${figures(actual)}，与${list?.label ?? listName}各行${column?.label ?? columnName}之和 ${figures(total)} 不符`, 'contract-amount-mismatch');
    }
  }
}

const EXAMPLES: Record<string, string> = {
  text: '一段文字',
  money: '如 1234.50',
  date: '如 2009-05-10',
  integer: '整数，如 90',
  bool: 'true 或 false',
  party: '含 name、address 等的当事人信息',
  list: '以“- ”开头的多行清单',
};

function validateValue(field: FieldDeclaration, value: unknown, path: Path, labelPrefix: string, walk: Walk): FieldValue | undefined {
  const name = `${fieldName(path)}（${labelPrefix}${field.label}）`;
  const shown = typeof value === 'object' ? (Array.isArray(value) ? '清单' : '多个子项') : `“${String(value)}”`;
  const wrongType = (hint = EXAMPLES[field.type]) =>
    report(walk, path, `字段 ${name}应为${FIELD_TYPE_LABEL[field.type]}（${hint}），实为${shown}`, 'contract-field-type');
  switch (field.type) {
    case 'text':
      // A number such as a 合同编号 2009001 is accepted as text; maps, lists and true/false are not.
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      return wrongType(), undefined;
    case 'money':
      if (typeof value !== 'number' && typeof value !== 'string') return wrongType(), undefined;
      try {
        const { yuan, jiao, fen } = parseMoneyAmount(value);
        return `${yuan}.${jiao}${fen}`;
      } catch (error) {
        const detail = error instanceof MoneyError ? error.message : String(error);
        report(walk, path, `字段 ${name}应为金额（如 1234.50）：${detail}`, 'contract-field-type');
        return undefined;
      }
    case 'date': {
      const date = typeof value === 'string' ? parseCalendarDate(value) : value instanceof Date ? parseCalendarDate(value.toISOString().slice(0, 10)) : undefined;
      if (!date) return wrongType('如 2009-05-10 或 2009年5月10日，且须是真实存在的日期'), undefined;
      return date;
    }
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
      return wrongType(), undefined;
    case 'bool':
      if (typeof value === 'boolean') return value;
      if (value === '是') return true;
      if (value === '否') return false;
      return wrongType('true/false 或 是/否'), undefined;
    case 'enum':
      if (typeof value === 'string' && field.options?.includes(value)) return value;
      return wrongType(`只能是：${field.options?.join('、')}`), undefined;
    case 'party': {
      if (typeof value === 'string') return validateParty({ name: value }, path, field.label, walk);
      if (typeof value !== 'object' || Array.isArray(value)) return wrongType(), undefined;
      return validateParty(value as Record<string, unknown>, path, field.label, walk);
    }
    case 'list': {
      if (!Array.isArray(value)) return wrongType(), undefined;
      return value.map((row, index) => {
        const rowPath = [...path, index];
        if (typeof row !== 'object' || row === null || Array.isArray(row)) {
          report(walk, rowPath, `${field.label}第${index + 1}行应是“字段: 值”的一组数据`, 'contract-field-type');
          return {};
        }
        return validateRecord(row as Record<string, unknown>, field.fields ?? [], rowPath, `${field.label}第${index + 1}行的`, walk);
      });
    }
  }
}

function validateParty(value: Record<string, unknown>, path: Path, label: string, walk: Walk): PartyValue {
  const out: PartyValue = {};
  for (const key of Object.keys(value)) {
    if (PARTY_FIELD_NAMES.has(key)) continue;
    const names = PARTY_FIELDS.map((f) => `${f.name}（${f.label}）`).join('、');
    report(walk, [...path, key], `未知字段 ${fieldName([...path, key])}：${label}的信息只能有 ${names}`, 'contract-field-unknown', true);
  }
  for (const { name, label: partLabel } of PARTY_FIELDS) {
    const given = value[name];
    if (given === undefined || given === null || given === '') {
      if (name === 'name') report(walk, [...path, name], `缺少必填字段 ${fieldName([...path, name])}（${label}${partLabel}）`, 'contract-field-missing');
      continue;
    }
    if (typeof given === 'string' || typeof given === 'number') out[name] = String(given);
    else report(walk, [...path, name], `字段 ${fieldName([...path, name])}（${label}${partLabel}）应为文字`, 'contract-field-type');
  }
  return out;
}
