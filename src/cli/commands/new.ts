/**
 * `regdoc new <文种> <name> [--plan <编号>]` — starts a draft from templates/<文种>.md with its front
 * matter filled from the plan item (title, plan, lead unit as issuer, status 起草, due month as a
 * comment), written atomically to content/<name>.md. An existing file is never overwritten.
 */
import { existsSync } from 'node:fs';
import { link, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { runAction } from '../run-action.js';
import { packageRoot } from '../package-root.js';
import { RegdocError } from '../regdoc-error.js';
import { loadConfig } from '../load-config.js';
import { readSourceText } from '../read-source.js';
import { writeFileAtomic } from '../write-atomic.js';
import type { PlanFile } from '../../plan/plan-schema.js';
import { PLAN_FILE } from './plan.js';

/** Handlebars, the config schema and the plan reader, imported when the command runs (not for --help). */
async function newModules() {
  const [template, config, parse, scaffold] = await Promise.all([
    import('../../template/expand-variables.js'),
    import('../../config/project-config.js'),
    import('../../plan/parse-plan.js'),
    import('../../plan/scaffold.js'),
  ]);
  return { ...template, ...config, ...parse, ...scaffold };
}

/** The templates shipped with regdoc (package root/templates, from src/ or dist/). */
/** Templates shipped with regdoc (located from the package root: the CLI also runs bundled, see package-root.ts). */
const builtinTemplates = (): string => join(packageRoot(), 'templates');

interface NewOptions {
  plan?: string;
  title?: string;
}

export function registerNew(program: Command): Command {
  return program
    .command('new')
    .description('按模板新建源稿：regdoc new 办法 xingzheng-zhifa-xietiao-banfa --plan 四（四）')
    .argument('<文种>', '模板的文种，如 办法、规定、制度、方案')
    .argument('<名称>', '文件名（小写拼音，用连字符分隔），写入 content/<名称>.md')
    .option('--plan <编号>', '所落实的计划条目，如 四（四）；据此填写标题、制定机关和期限')
    .option('--title <标题>', '标题（默认取计划条目的任务名称）')
    .action(runAction(async (doctype: string, name: string, options: NewOptions) => runNew(doctype, name, options)));
}

export async function runNew(doctype: string, name: string, options: NewOptions): Promise<number> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    throw new RegdocError(`名称“${name}”应为小写拼音加连字符，如 xingzheng-zhifa-xietiao-banfa`, 'usage', {}, 2);
  }
  const [{ config, root }, { templateVariables, scaffoldSource, ScaffoldError, expandVariables }] = await Promise.all([
    loadConfig(),
    newModules(),
  ]);
  const templatePath = await findTemplate(root, doctype);
  const target = join(root, 'content', `${name}.md`);
  const shownTarget = relative(process.cwd(), target) || target;
  if (existsSync(target)) {
    throw new RegdocError(`“${shownTarget}”已存在，不会覆盖。请换一个名称或先移走原文件。`, 'file-exists', { path: shownTarget }, 2);
  }

  let plan: PlanFile | undefined;
  if (options.plan) plan = await readPlanLedger(join(root, PLAN_FILE), templateVariables(config));
  const planId = options.plan?.replace(/[(]/g, '（').replace(/[)]/g, '）');
  const item = planId ? plan?.items.find((candidate) => candidate.id === planId) : undefined;
  if (planId && !item) {
    throw new RegdocError(`计划台账中没有条目“${planId}”（可用 regdoc plan 查看全部条目）`, 'plan-item-unknown', {}, 2);
  }

  const template = await readSourceText(templatePath);
  let result;
  try {
    result = scaffoldSource({ template, doctype, year: plan?.year ?? new Date().getFullYear(), item, title: options.title });
  } catch (error) {
    if (error instanceof ScaffoldError) throw new RegdocError(error.message, 'template-invalid', { path: relative(process.cwd(), templatePath) }, 2);
    throw error;
  }
  await writeNew(target, result.text, shownTarget);
  let issuer = result.issuer;
  try {
    issuer = expandVariables(issuer, templateVariables(config));
  } catch {
    // A project without `city:` keeps the placeholder in the message, as in the draft.
  }
  process.stdout.write(`已创建 ${shownTarget}（${doctype}，${item ? `计划 ${item.id}，` : ''}制定机关 ${issuer}）\n`);
  for (const notice of result.notices) process.stderr.write(`${shownTarget}:1:1  提示  ${notice}  new\n`);
  if (item && !(item.sources ?? []).includes(`content/${name}.md`)) {
    process.stderr.write(`提示：请在 ${PLAN_FILE} 条目 ${item.id} 的 sources 中加入 content/${name}.md\n`);
  }
  return 0;
}

/** A project's own templates/<文种>.md wins over the one shipped with regdoc. */
async function findTemplate(root: string, doctype: string): Promise<string> {
  const builtin = builtinTemplates();
  for (const folder of [join(root, 'templates'), builtin]) {
    const candidate = join(folder, `${doctype}.md`);
    if (existsSync(candidate)) return candidate;
  }
  const known = existsSync(builtin)
    ? (await readdir(builtin)).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3))
    : [];
  throw new RegdocError(`没有文种“${doctype}”的模板（可用：${known.join('、') || '无'}）`, 'template-not-found', {}, 2);
}

async function readPlanLedger(path: string, variables: Record<string, string>): Promise<PlanFile> {
  const shown = relative(process.cwd(), path) || path;
  if (!existsSync(path)) throw new RegdocError(`找不到计划台账“${shown}”，无法使用 --plan。`, 'file-not-found', { path: shown }, 2);
  const [text, { parsePlanText, PlanParseError, expandVariables, TemplateError }] = await Promise.all([readSourceText(path), newModules()]);
  try {
    return parsePlanText(expandVariables(text, variables));
  } catch (error) {
    if (error instanceof PlanParseError) throw new RegdocError(error.message, 'plan-invalid', { path: shown, line: error.line, column: error.column }, 1);
    if (error instanceof TemplateError) throw new RegdocError(error.problem.message, 'template-variable', { path: shown, ...error.problem }, 1);
    throw error;
  }
}

/**
 * Writes atomically without ever replacing a file: the text goes to a temporary file, which is then
 * hard-linked to the target (link fails if the target appeared meanwhile) and removed.
 */
async function writeNew(target: string, text: string, shown: string): Promise<void> {
  const temp = join(dirname(target), `.${process.pid}.new.tmp`);
  await writeFileAtomic(temp, text);
  try {
    await link(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new RegdocError(`“${shown}”已存在，不会覆盖。`, 'file-exists', { path: shown }, 2);
    }
    throw new RegdocError(`无法写入“${shown}”：${(error as Error).message}`, 'file-unwritable', { path: shown }, 2);
  } finally {
    await rm(temp, { force: true });
  }
}
