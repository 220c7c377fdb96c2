/**
 * `regdoc plan` — the progress report of the annual 法治政府建设工作计划 (content/plan.yaml): every
 * numbered item with its document(s), stage, due month, overdue flag (against --today or the clock)
 * and the check result of each source (reader messages + runChecks). Text, JSON, Markdown, a
 * self-contained HTML page with an SVG timeline, or a DOCX with a Gantt-style table.
 */
import { existsSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { runAction } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';
import { loadConfig } from '../load-config.js';
import { loadDocument } from '../load-document.js';
import { readSourceText } from '../read-source.js';
import { writeFileAtomic } from '../write-atomic.js';
import { countSeverities } from '../report.js';
import { EXIT_CONTENT_ERROR, EXIT_OK } from '../exit-codes.js';
import type { ProjectConfig } from '../../config/project-config.js';
import type { PlanFile } from '../../plan/plan-schema.js';
import type { PlanReport, SourceStatus } from '../../plan/plan-model.js';

/** The plan reader and model (yaml, zod, Handlebars), imported when the command runs: --help and other commands skip them. */
async function planModules() {
  const [template, config, parse, model] = await Promise.all([
    import('../../template/expand-variables.js'),
    import('../../config/project-config.js'),
    import('../../plan/parse-plan.js'),
    import('../../plan/plan-model.js'),
  ]);
  return { ...template, ...config, ...parse, ...model };
}

export const PLAN_FORMATS = ['text', 'json', 'md', 'html', 'docx'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** Default location of the plan ledger inside a project. */
export const PLAN_FILE = join('content', 'plan.yaml');

interface PlanOptions {
  today?: string;
  format?: PlanFormat;
  output?: string;
  file?: string;
}

export function registerPlan(program: Command): Command {
  return program
    .command('plan')
    .description('年度计划任务进度：各条目的文件、阶段、期限、是否逾期及源稿检查结果')
    .option('--today <日期>', '以此日期判断是否逾期，格式 2009-07-01（默认今天）')
    .addOption(new Option('--format <格式>', '输出格式：text、json、md、html、docx（默认按 -o 的扩展名，否则 text）').choices([...PLAN_FORMATS]))
    .option('-o, --output <文件>', '写入文件（docx 必须指定）')
    .option('--file <plan.yaml>', `计划台账文件（默认项目根目录下的 ${PLAN_FILE}）`)
    .action(runAction(async (options: PlanOptions) => runPlan(options)));
}

export async function runPlan(options: PlanOptions): Promise<number> {
  const today = options.today ?? localDate(new Date());
  if (!isIsoDate(today)) {
    throw new RegdocError(`--today 的日期“${today}”无效，应写作 2009-07-01`, 'usage', {}, 2);
  }
  const format = options.format ?? formatFromExtension(options.output) ?? 'text';
  if (format === 'docx' && !options.output) {
    throw new RegdocError('DOCX 报告须用 -o 指定输出文件，例如 -o 计划进度.docx', 'usage', {}, 2);
  }
  const [{ config, root }, { buildPlanReport, lineColumn }] = await Promise.all([loadConfig(), planModules()]);
  const planPath = resolve(options.file ?? join(root, PLAN_FILE));
  const { plan, text: planText, shown: planShown } = await readPlan(planPath, config);
  const sources = await checkSources(plan, root, config);
  const report = buildPlanReport(plan, sources, today);

  const bytes = await renderReport(report, format, config);
  if (options.output) {
    await writeFileAtomic(resolve(options.output), bytes);
    process.stderr.write(`已写入 ${options.output}\n`);
  } else {
    process.stdout.write(bytes);
  }
  const missing = report.rows.flatMap((row) => row.documents.filter((d) => !d.exists).map((d) => ({ row, path: d.path })));
  for (const { row, path } of missing) {
    const { line, column } = lineColumn(planText, planText.indexOf(path));
    process.stderr.write(`${planShown}:${line}:${column}  错误  条目 ${row.id} 列出的源稿“${path}”不存在  plan-source-missing\n`);
  }
  return missing.length ? EXIT_CONTENT_ERROR : EXIT_OK;
}

async function readPlan(path: string, config: ProjectConfig): Promise<{ plan: PlanFile; text: string; shown: string }> {
  const shown = relative(process.cwd(), path) || path;
  if (!existsSync(path)) {
    throw new RegdocError(`找不到计划台账“${shown}”（可用 --file 指定）。`, 'file-not-found', { path: shown }, 2);
  }
  const [text, { expandVariables, templateVariables, TemplateError, parsePlanText, PlanParseError }] = await Promise.all([
    readSourceText(path),
    planModules(),
  ]);
  let expanded: string;
  try {
    expanded = expandVariables(text, templateVariables(config));
  } catch (error) {
    if (error instanceof TemplateError) throw new RegdocError(error.problem.message, 'template-variable', { path: shown, ...error.problem }, 1);
    throw error;
  }
  try {
    return { plan: parsePlanText(expanded), text, shown };
  } catch (error) {
    if (error instanceof PlanParseError) {
      throw new RegdocError(error.message, 'plan-invalid', { path: shown, line: error.line, column: error.column }, 1);
    }
    throw error;
  }
}

/** Reads and checks every source the plan lists (each once). */
async function checkSources(plan: PlanFile, root: string, config: ProjectConfig): Promise<Map<string, SourceStatus>> {
  const { runChecks } = await import('../../check/run-checks.js');
  const statuses = new Map<string, SourceStatus>();
  for (const path of new Set(plan.items.flatMap((item) => item.sources ?? []))) {
    const absolute = resolve(root, path);
    if (!existsSync(absolute)) {
      statuses.set(path, { path, exists: false, errors: 0, warnings: 0, problem: '文件不存在' });
      continue;
    }
    try {
      const document = await loadDocument(absolute, config);
      runChecks(document.tree, document.file, config.check ?? {});
      const counts = countSeverities([document.file]);
      statuses.set(path, {
        path,
        exists: true,
        title: document.tree.meta?.title,
        status: document.tree.meta?.status,
        errors: counts.error,
        warnings: counts.warning,
      });
    } catch (error) {
      if (!(error instanceof RegdocError)) throw error;
      statuses.set(path, { path, exists: true, errors: 1, warnings: 0, problem: error.message });
    }
  }
  return statuses;
}

async function renderReport(report: PlanReport, format: PlanFormat, config: ProjectConfig): Promise<Uint8Array> {
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (format) {
    case 'json':
      return encode((await planModules()).planJson(report));
    case 'md':
      return encode((await import('../../plan/plan-markdown.js')).planMarkdown(report));
    case 'html':
      return encode((await import('../../plan/plan-html.js')).planHtml(report));
    case 'docx': {
      const [{ planDocx }, { packDocx }, { gbt9704Theme, mergeTheme }] = await Promise.all([
        import('../../plan/plan-docx.js'),
        import('../../render/docx/pack.js'),
        import('../../render/theme.js'),
      ]);
      const theme = mergeTheme(gbt9704Theme, config.theme);
      // Dated by the report date, so the same plan and --today give the same bytes.
      return packDocx(planDocx(report, theme), `${report.title}任务进度`, report.today);
    }
    default:
      return encode((await import('../../plan/plan-text.js')).planText(report));
  }
}

function formatFromExtension(output: string | undefined): PlanFormat | undefined {
  const extension = output ? extname(output).slice(1).toLowerCase() : '';
  if (extension === 'markdown') return 'md';
  if (extension === 'htm') return 'html';
  if (extension === 'txt') return 'text';
  return (PLAN_FORMATS as readonly string[]).includes(extension) ? (extension as PlanFormat) : undefined;
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** Today in the user's time zone as YYYY-MM-DD. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
