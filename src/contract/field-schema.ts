/**
 * The fields a contract template declares in its front matter. A template states what it needs
 * (民法典 第四百七十条: 当事人、标的、数量、质量、价款、履行期限地点方式、违约责任、解决争议的方法),
 * and a data file is checked against these declarations before anything is rendered.
 */
import * as z from 'zod'; // a namespace import lets the CLI bundle leave out what is unused (scripts/bundle.mjs)

export const FIELD_TYPES = ['text', 'money', 'date', 'integer', 'enum', 'party', 'bool', 'list'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** What each type is called in messages. */
export const FIELD_TYPE_LABEL: Record<FieldType, string> = {
  text: '文字',
  money: '金额',
  date: '日期',
  integer: '整数',
  enum: '选项',
  party: '当事人',
  bool: '是/否',
  list: '清单',
};

/** The details of a party (standards §5.3: 名称、地址、开户银行、账号、统一社会信用代码 …). */
export const PARTY_FIELDS = [
  { name: 'name', label: '名称' },
  { name: 'address', label: '地址' },
  { name: 'legalRepresentative', label: '法定代表人' },
  { name: 'agent', label: '委托代理人' },
  { name: 'phone', label: '电话' },
  { name: 'bank', label: '开户银行' },
  { name: 'account', label: '账号' },
  { name: 'creditCode', label: '统一社会信用代码' },
] as const;
export const PARTY_FIELD_NAMES = new Set<string>(PARTY_FIELDS.map((f) => f.name));

/** Names Handlebars must never reach (prototype pollution and escapes from the data). */
export const FORBIDDEN_NAMES = new Set([
  '__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);

export interface FieldDeclaration {
  name: string;
  label: string;
  type: FieldType;
  required: boolean;
  default?: unknown;
  /** enum: the choices, printed as □ boxes in the blank text. */
  options?: string[];
  /** list: the fields of one row. */
  fields?: FieldDeclaration[];
  /** Width of the blank in underscores (text, integer, party details). */
  width?: number;
  /** list: rows printed in the blank text. */
  blankRows?: number;
  /** money: must equal the sum of a list column, written `items.amount` (合同总价 = 各行金额之和). */
  sumOf?: string;
  /** money in a list row: must equal the product of two fields of the row (金额 = 数量 × 单价). */
  productOf?: [string, string];
  /** Where the declaration starts in the template (for messages). */
  line?: number;
  column?: number;
}

const identifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, '字段名只能用英文字母、数字和下划线，且以字母开头')
  .refine((name) => !FORBIDDEN_NAMES.has(name), '字段名不能是 __proto__、constructor 等保留名');

const baseField = z.object({
  name: identifier,
  label: z.string().min(1, '中文名称（label）不能为空'),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().optional(),
  default: z.unknown().optional(),
  options: z.array(z.string()).min(2, '选项至少两个').optional(),
  width: z.number().int().min(2).max(40).optional(),
  blankRows: z.number().int().min(1).max(20).optional(),
  sumOf: z.string().regex(/^[A-Za-z]\w*\.[A-Za-z]\w*$/, 'sumOf 应写作“清单字段.金额字段”，如 items.amount').optional(),
  productOf: z.tuple([z.string(), z.string()]).optional(),
  description: z.string().optional(),
});

export type RawFieldDeclaration = z.infer<typeof baseField> & { fields?: RawFieldDeclaration[] };

export const fieldSchema: z.ZodType<RawFieldDeclaration> = baseField
  .extend({ fields: z.lazy(() => z.array(fieldSchema)).optional() })
  .strict()
  .superRefine((field, ctx) => {
    if (field.type === 'enum' && !field.options) ctx.addIssue({ code: 'custom', message: '选项（enum）字段必须给出 options' });
    if (field.type !== 'enum' && field.options) ctx.addIssue({ code: 'custom', message: '只有选项（enum）字段可以有 options' });
    if (field.type === 'list' && !field.fields) ctx.addIssue({ code: 'custom', message: '清单（list）字段必须用 fields 给出每行的字段' });
    if (field.type !== 'list' && field.fields) ctx.addIssue({ code: 'custom', message: '只有清单（list）字段可以有 fields' });
    if (field.type !== 'money' && (field.sumOf || field.productOf)) ctx.addIssue({ code: 'custom', message: '只有金额（money）字段可以有 sumOf、productOf' });
  });

/** Front matter of a `.md.hbs` contract template. */
export const templateMetaSchema = z
  .object({
    title: z.string().min(1).describe('合同名称，如“建设工程施工合同”；输出文件以它命名'),
    code: z.string().optional().describe('参照的示范文本编号，如 GF-2017-0201'),
    basis: z.string().optional().describe('依据'),
    description: z.string().optional(),
    fields: z.array(fieldSchema).describe('模板使用的字段'),
  })
  .strict();

export type TemplateMeta = Omit<z.infer<typeof templateMetaSchema>, 'fields'> & { fields: FieldDeclaration[] };
