/**
 * Front-matter schema of a regdoc source (YAML between `---` lines). Field names are English,
 * their documentation and every message are Chinese. Status values follow the drafting stages of
 * 规章制定程序条例（2017）第三章至第五章 (起草、审查、决定、公布) as a 法制办 tracks them.
 */
import * as z from 'zod'; // a namespace import lets the CLI bundle leave out what is unused (scripts/bundle.mjs)

/** 文种 (genre word that ends the title and is used in 本办法/本规定 self-references). */
export const DOCTYPES = [
  '法', '条例', '规定', '办法', '细则', '规则', '制度', '方案', '计划', '意见', '决定', '通知', '标准', '规范',
  '纲要', '合同', '修改决定', '修正案', '通告', '公告',
] as const;

/** 制定层级: decides which genre words are allowed (规章制定程序条例 第七条; standards §2.1). */
export const CATEGORIES = ['法律', '行政法规', '地方性法规', '规章', '规范性文件', '工作制度', '合同', '公文'] as const;

export const STATUSES = ['起草', '征求意见', '审核', '审议', '公布'] as const;

export const WRAPPER_KINDS = ['none', 'notice', 'order'] as const;

/** A date written `2009-05-10` (YAML) or `2009年5月10日`; kept as the ISO string. */
const dateField = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
    const han = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(value);
    const match = iso ?? han;
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `日期“${value}”应写作 2009-05-10 或 2009年5月10日` });
      return z.NEVER;
    }
    const [, y, m, d] = match;
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  });

/** Check settings (src/check/settings.ts): a preset and per-rule severity or options, as data. */
export const checkSettingsSchema = z
  .object({
    preset: z.enum(['recommended', 'strict']).optional(),
    rules: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const stringList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

/** 印发通知 / 政府令 wrapper details (GB/T 9704 §7.2–7.4, §10.2). */
export const wrapperSchema = z
  .object({
    kind: z.enum(WRAPPER_KINDS).describe('外壳：none 单独文本；notice 印发通知（公文）；order 政府令（命令格式）'),
    organ: z.string().optional().describe('发文机关标志所用名称，如“×市人民政府办公室”（notice 自动加“文件”）'),
    docNumber: z.string().optional().describe('通知的发文字号，如“×政办发〔2009〕12号”；缺省用正文的 docNumber'),
    orderNumber: z.string().optional().describe('令号，如“第1号”（order）'),
    title: z.string().optional().describe('通知标题；缺省为“关于印发《标题》的通知”'),
    recipients: z.string().optional().describe('主送机关，如“各乡镇人民政府，市政府各部门”'),
    body: z.string().optional().describe('通知或命令正文；缺省按文种生成'),
    attachments: stringList.optional().describe('附件说明中的附件名称'),
    signer: z.string().optional().describe('发文机关署名'),
    signerTitle: z.string().optional().describe('签发人职务，如“市长”（order）'),
    signerName: z.string().optional().describe('签发人姓名（order）'),
    date: dateField.optional().describe('成文日期'),
    sealed: z.boolean().optional().describe('是否加盖印章（决定署名和成文日期的排法）'),
    note: z.string().optional().describe('附注（如“此件公开发布”）'),
    cc: stringList.optional().describe('抄送机关'),
    printer: z.string().optional().describe('印发机关'),
    printDate: dateField.optional().describe('印发日期'),
  })
  .strict();

export const frontMatterSchema = z
  .object({
    title: z.string().optional().describe('标题；缺省取正文第一行 # 标题'),
    doctype: z.enum(DOCTYPES).optional().describe('文种，如 办法、规定、制度、方案'),
    category: z.enum(CATEGORIES).optional().describe('制定层级：规章、规范性文件、工作制度等'),
    issuer: z.string().optional().describe('制定机关'),
    docNumber: z.string().optional().describe('文号，如“×政发〔2009〕12号”'),
    status: z.enum(STATUSES).optional().describe('阶段：起草、征求意见、审核、审议、公布'),
    version: z.union([z.string(), z.number()]).transform(String).optional().describe('版本，如“征求意见稿”或 2'),
    plan: z.string().optional().describe('所落实的计划条目编号，如“二（一）”'),
    dates: z
      .object({
        adopted: dateField.optional().describe('通过日期'),
        published: dateField.optional().describe('公布日期'),
        effective: dateField.optional().describe('施行日期'),
      })
      .strict()
      .optional(),
    wrapper: z
      .union([z.enum(WRAPPER_KINDS).transform((kind) => ({ kind })), wrapperSchema])
      .optional()
      .describe('外壳：none、notice、order，或带各要素的对象'),
    check: checkSettingsSchema.optional().describe('本文件的检查规则设置'),
  })
  .strip();

export type DocumentMeta = z.infer<typeof frontMatterSchema>;
export type WrapperMeta = z.infer<typeof wrapperSchema>;

/** Keys the schema knows; any other top-level key gets a warning (kept, not an error). */
export const KNOWN_FRONT_MATTER_KEYS = new Set(Object.keys(frontMatterSchema.shape));
