/**
 * Schema of content/plan.yaml, the task ledger of the annual 法治政府建设工作计划: one entry per
 * numbered item of the plan (一（一）… 八（四）), with its 牵头/会同 units, the month the plan names,
 * and — for items that order a document — the drafting stage (规章制定程序条例 第三章至第五章) and sources.
 */
import * as z from 'zod'; // a namespace import lets the CLI bundle leave out what is unused (scripts/bundle.mjs)
import { STATUSES } from '../config/front-matter.js';

export const PLAN_KINDS = ['document', 'activity'] as const;

/** `2009-05`: the plan names months only (“5月份”, “12月份之前”). */
const monthField = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '期限应写作 2009-05（年-月）');

const unitList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

export const planItemSchema = z
  .object({
    id: z.string().regex(/^[一二三四五六七八九十]+（[一二三四五六七八九十]+）$/, '编号应写作“二（一）”'),
    title: z.string().min(1),
    kind: z.enum(PLAN_KINDS),
    lead: unitList,
    coLead: unitList.optional(),
    due: monthField.optional(),
    stage: z.enum(STATUSES).optional(),
    done: z.boolean().optional(),
    sources: z.array(z.string()).optional(),
    /** Related texts that are not regdoc sources themselves (e.g. contract templates for `regdoc fill`). */
    related: z.array(z.string()).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.kind === 'document') {
      if (!item.stage) ctx.addIssue({ code: 'custom', path: ['stage'], message: '文件类任务应写明阶段（stage）' });
      if (!item.sources?.length) ctx.addIssue({ code: 'custom', path: ['sources'], message: '文件类任务应列出源稿（sources）' });
    }
  });

export const planFileSchema = z
  .object({
    year: z.number().int(),
    title: z.string(),
    sections: z.array(z.object({ id: z.string(), title: z.string() }).strict()).optional(),
    items: z.array(planItemSchema).min(1),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `编号“${item.id}”重复` });
      seen.add(item.id);
    });
  });

export type PlanItem = z.infer<typeof planItemSchema>;
export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanStage = (typeof STATUSES)[number];
