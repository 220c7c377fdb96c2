/**
 * Schema of regdoc.config.yaml, the one settings file of a regdoc project: the city name used by
 * `{{city}}` in sources (the plan masks it as *市), template variables, theme overrides, check rule
 * settings and licensed font files.
 */
import * as z from 'zod'; // a namespace import lets the CLI bundle leave out what is unused (scripts/bundle.mjs)
import { checkSettingsSchema } from './front-matter.js';

export const projectConfigSchema = z
  .object({
    city: z.string().optional().describe('本市名称，替换正文中的 {{city}}'),
    variables: z.record(z.string(), z.string()).optional().describe('其他模板变量'),
    theme: z.record(z.string(), z.unknown()).optional().describe('版式覆盖值（页边距、字体、行距等）'),
    check: checkSettingsSchema.optional().describe('检查规则：预设与各规则的开关、级别、选项'),
    fonts: z.record(z.string(), z.string()).optional().describe('字体文件路径，如 仿宋_GB2312: C:/Windows/Fonts/simfang.ttf'),
  })
  .strict();

export type ProjectConfig = z.infer<typeof projectConfigSchema>;

/** Variables a source sees when `{{…}}` is expanded before parsing. */
export function templateVariables(config: ProjectConfig): Record<string, string> {
  return { ...(config.variables ?? {}), ...(config.city ? { city: config.city } : {}) };
}
