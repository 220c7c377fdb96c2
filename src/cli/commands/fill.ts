/**
 * `regdoc fill <模板> [数据文件] --to docx,pdf,md --out out/contracts` — 政府投资领域合同文本规范化
 * (plan 五（五）): without data, the blank model text (示范文本); with data, the filled contract.
 * The data is validated against the template's declared fields first; any problem is reported as
 * 文件:行:列 and nothing is written (exit 1).
 */
import { readdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { VFile } from 'vfile';
import { runAction, formatRegdocError } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';
import { EXIT_CONTENT_ERROR, EXIT_OK } from '../exit-codes.js';
import { loadConfig } from '../load-config.js';
import { readSourceText } from '../read-source.js';
import { writeFileAtomic } from '../write-atomic.js';
import type { LoadedDocument } from '../load-document.js';
import type { OutputFormat, OutputTarget } from '../output/output-target.js';

/** The contract engine (Handlebars, yaml, zod), the reader and the theme, imported when the command runs, not for --help. */
async function fillModules() {
  const [parse, theme, problem, template, render, skeleton] = await Promise.all([
    import('../../parse/parse-document.js'),
    import('../../render/theme.js'),
    import('../../contract/contract-problem.js'),
    import('../../contract/load-template.js'),
    import('../../contract/render-contract.js'),
    import('../../contract/data-skeleton.js'),
  ]);
  return { ...parse, ...theme, ...problem, ...template, ...render, ...skeleton };
}

export const TEMPLATE_DIR = join('templates', 'contracts');
export const TEMPLATE_EXTENSION = '.md.hbs';
export const DEFAULT_OUT_DIR = join('out', 'contracts');
const FORMATS: OutputFormat[] = ['docx', 'pdf', 'md'];

interface FillOptions {
  to?: string;
  out?: string;
  name?: string;
  list?: boolean;
  skeleton?: boolean;
}

interface TemplateEntry {
  path: string;
  stem: string;
  title?: string;
}

async function listTemplates(root: string): Promise<TemplateEntry[]> {
  const folder = join(root, TEMPLATE_DIR);
  if (!existsSync(folder)) return [];
  const names = (await readdir(folder)).filter((name) => name.endsWith(TEMPLATE_EXTENSION)).sort();
  const { loadContractTemplate } = await fillModules();
  const entries: TemplateEntry[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const { template } = loadContractTemplate(await readSourceText(path));
    entries.push({ path, stem: name.slice(0, -TEMPLATE_EXTENSION.length), title: template?.meta.title });
  }
  return entries;
}

/** A template named by path, by file name (construction-works) or by its title (建设工程施工合同). */
async function findTemplate(name: string, root: string): Promise<string> {
  if (existsSync(name) && statSync(name).isFile()) return name;
  const entries = await listTemplates(root);
  const bare = name.endsWith(TEMPLATE_EXTENSION) ? name.slice(0, -TEMPLATE_EXTENSION.length) : name;
  const match = entries.find((e) => e.stem === bare) ?? entries.find((e) => e.title === name);
  if (match) return match.path;
  const known = entries.map((e) => `${e.stem}（${e.title ?? '?'}）`).join('、') || `（${TEMPLATE_DIR} 下没有模板）`;
  throw new RegdocError(`找不到合同模板“${name}”。可用的模板：${known}`, 'template-not-found', { path: name });
}

function parseFormats(text: string): OutputFormat[] {
  const formats = text.split(/[,，\s]+/).filter(Boolean);
  for (const format of formats) {
    if (!FORMATS.includes(format as OutputFormat)) {
      throw new RegdocError(`不支持的输出格式“${format}”：只能是 docx、pdf、md`, 'usage');
    }
  }
  if (formats.length === 0) throw new RegdocError('--to 至少给出一种格式：docx、pdf、md', 'usage');
  return [...new Set(formats)] as OutputFormat[];
}

/** Heavy targets are loaded only when asked for. */
async function loadTarget(format: OutputFormat): Promise<OutputTarget> {
  if (format === 'docx') return (await import('../output/docx-output.js')).docxTarget;
  return (await import('../output/pdf-output.js')).pdfTarget;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** Output file stem: 标题（示范文本）; a filled contract takes a Chinese data-file name, else 标题（填写稿）. `labels`: VERSION_LABEL. */
export function outputStem(
  title: string,
  dataPath: string | undefined,
  name: string | undefined,
  labels: Record<'blank' | 'filled', string>,
): string {
  if (name) return name;
  if (!dataPath) return `${title}（${labels.blank}）`;
  const stem = basename(dataPath, extname(dataPath));
  return /[\u4e00-\u9fff]/.test(stem) ? stem : `${title}（${labels.filled}）`;
}

export function registerFill(program: Command): Command {
  return program
    .command('fill')
    .description('生成合同：不给数据文件时生成示范文本（空白待填），给出数据文件时生成填写好的合同')
    .argument('[template]', '合同模板：templates/contracts/ 下的文件名（如 construction-works）、合同名称或模板路径')
    .argument('[data]', '数据文件（YAML 或 JSON），字段见模板开头的声明（可用 --skeleton 生成）')
    .option('--to <formats>', '输出格式，逗号分隔：docx、pdf、md（默认 docx）')
    .option('-o, --out <dir>', `输出目录（默认 ${DEFAULT_OUT_DIR}）`)
    .option('--name <name>', '输出文件名（不含扩展名）')
    .option('--list', '列出可用的合同模板')
    .option('--skeleton', '输出该模板的数据文件骨架（YAML，附中文说明）')
    .action(
      runAction(async (templateName: string | undefined, dataPath: string | undefined, options: FillOptions) => {
        const [{ config, root }, modules] = await Promise.all([loadConfig(), fillModules()]);
        const { loadContractTemplate, ContractError, dataSkeleton, renderContract, VERSION_LABEL, gbt9704Theme, mergeTheme, parseDocument } = modules;
        if (options.list || !templateName) {
          const entries = await listTemplates(root);
          if (entries.length === 0) throw new RegdocError(`没有找到合同模板（${TEMPLATE_DIR}/*${TEMPLATE_EXTENSION}）。`, 'template-not-found');
          process.stdout.write(entries.map((e) => `${e.stem}\t${e.title ?? '（声明有误）'}`).join('\n') + '\n');
          return EXIT_OK;
        }
        const formats = parseFormats(options.to ?? 'docx');
        const templatePath = await findTemplate(templateName, root);
        const templateText = await readSourceText(templatePath);
        const dataText = dataPath === undefined ? undefined : await readSourceText(dataPath);

        let rendered;
        try {
          if (options.skeleton) {
            const { template, problems } = loadContractTemplate(templateText);
            if (!template) throw new ContractError(problems);
            process.stdout.write(dataSkeleton(template.meta));
            return EXIT_OK;
          }
          rendered = renderContract(templateText, dataText);
        } catch (error) {
          if (!(error instanceof ContractError)) throw error;
          for (const problem of error.problems) {
            const path = shown(problem.source === 'data' && dataPath ? dataPath : templatePath);
            const place = { path, line: problem.line, column: problem.column };
            process.stderr.write(formatRegdocError(new RegdocError(problem.message, problem.id, place, 1)) + '\n');
          }
          process.stderr.write(`共 ${error.problems.length} 处错误，未生成任何文件。\n`);
          return EXIT_CONTENT_ERROR;
        }

        const outDir = resolve(options.out ?? join(root, DEFAULT_OUT_DIR));
        const stem = outputStem(rendered.template.meta.title, dataPath, options.name, VERSION_LABEL);
        const theme = mergeTheme(gbt9704Theme, config.theme);
        const notices = new Set<string>();
        const context = { config, theme, notice: (message: string) => notices.add(message) };
        // Everything is rendered in memory first, so that a failure leaves the output folder untouched.
        const outputs: Array<{ path: string; bytes: Uint8Array | string }> = [];
        for (const format of formats) {
          const path = join(outDir, `${stem}.${format}`);
          if (format === 'md') {
            outputs.push({ path, bytes: rendered.markdown });
            continue;
          }
          const file = new VFile({ path: shown(path.replace(/\.\w+$/, '.md')), value: rendered.markdown });
          const document: LoadedDocument = { path: String(file.path), source: rendered.markdown, file, tree: parseDocument(file) };
          const target = await loadTarget(format);
          outputs.push({ path, bytes: await target.render(document, context) });
        }
        for (const output of outputs) {
          await writeFileAtomic(output.path, output.bytes);
          process.stdout.write(`已生成 ${shown(output.path)}\n`);
        }
        for (const notice of notices) process.stderr.write(`提示  ${notice}\n`);
        return EXIT_OK;
      }),
    );
}
