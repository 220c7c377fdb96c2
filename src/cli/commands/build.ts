/**
 * `regdoc build [文件或文件夹…] --to docx,pdf --out out/`: checks every Markdown source and renders the
 * ones without check errors to DOCX and/or PDF in GB/T 9704-2012 layout. A file with errors is not
 * rendered (its messages are shown) and the others go on; the exit code is 1 when any file failed.
 * Outputs are named after the document's title (乐清市人民政府重大事项决策程序规定.docx, see
 * output/output-name.ts) under the source's subfolder; `--keep-names` names them after the source files.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, extname } from 'node:path';
import type { Command } from 'commander';
import { runAction } from '../run-action.js';
import { RegdocError } from '../regdoc-error.js';
import { EXIT_CONTENT_ERROR, EXIT_OK } from '../exit-codes.js';
import { loadConfig } from '../load-config.js';
import { loadDocument, type LoadedDocument } from '../load-document.js';
import { writeFileAtomic } from '../write-atomic.js';
import { formatMessageLine } from '../report.js';
import type { OutputFormat, OutputTarget } from '../output/output-target.js';
import type { ProjectConfig } from '../../config/project-config.js';
import { outputStems, type NamedSource } from '../output/output-name.js';
import { documentTitle } from '../../tree/query.js';

interface BuildOptions {
  to?: string;
  out?: string;
  keepNames?: boolean;
}

/** A source and the folder its output path is taken relative to. */
export interface BuildSource {
  path: string;
  base: string;
}

const SOURCE_EXTENSIONS = new Set(['.md', '.markdown']);

/** Markdown files under the given files and folders (recursive, sorted; hidden folders skipped). */
export async function collectSources(inputs: string[]): Promise<BuildSource[]> {
  const sources: BuildSource[] = [];
  const walk = async (folder: string, base: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, base);
      else if (entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name).toLowerCase())) add({ path, base });
    }
  };
  const seen = new Set<string>();
  const add = (source: BuildSource) => {
    // A file named twice (`build a.md content/`) is built once.
    if (seen.has(resolve(source.path))) return;
    seen.add(resolve(source.path));
    sources.push(source);
  };
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new RegdocError(`找不到文件或文件夹“${input}”。`, 'file-not-found', { path: input });
    }
    if (info.isDirectory()) await walk(input, input);
    else add({ path: input, base: dirname(input) });
  }
  return sources;
}

/** `<out>/<subfolder>/<stem>.<extension>`; `stem` from outputStems (title or source name, subfolder kept). */
export function outputPath(outDir: string, stem: string, extension: string): string {
  return join(outDir, `${stem}.${extension}`);
}

/**
 * Titles of all sources, needed before the first output is named because two sources of the batch may share
 * one title. A source that cannot be read has no title here; its error is reported in its turn. The documents
 * read are kept for the build itself while their sources add up to KEEP_LOADED_CHARS, so a usual batch is
 * parsed once; beyond that (a whole corpus) they are read again in turn, to bound memory.
 */
const KEEP_LOADED_CHARS = 2_000_000;

async function batchTitles(
  sources: readonly BuildSource[],
  config: ProjectConfig,
): Promise<{ named: NamedSource[]; loaded: Map<number, LoadedDocument> }> {
  const named: NamedSource[] = [];
  const loaded = new Map<number, LoadedDocument>();
  let kept = 0;
  for (const [index, source] of sources.entries()) {
    let title: string | undefined;
    try {
      const document = await loadDocument(source.path, config);
      title = documentTitle(document.tree);
      kept += document.source.length;
      if (kept <= KEEP_LOADED_CHARS) loaded.set(index, document);
    } catch (error) {
      if (!(error instanceof RegdocError)) throw error;
    }
    named.push({ ...source, title });
  }
  return { named, loaded };
}

/**
 * The renderers of the wanted formats only, imported when needed (literal specifiers, so the bundle of
 * scripts/bundle.mjs puts each in its own chunk): `--to docx` never loads the PDF code, nor `--to pdf` the DOCX code.
 */
const TARGET_LOADERS: Partial<Record<OutputFormat, () => Promise<OutputTarget>>> = {
  docx: async () => (await import('../output/docx-output.js')).docxTarget,
  pdf: async () => (await import('../output/pdf-output.js')).pdfTarget,
};

async function targetsFor(option: string | undefined): Promise<OutputTarget[]> {
  const wanted = (option ?? 'docx,pdf')
    .split(/[,，、\s]+/)
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  if (wanted.length === 0) throw new RegdocError('--to 需要至少一种格式，如 --to docx,pdf。', 'usage');
  const formats = [...new Set(wanted)];
  for (const format of formats) {
    if (!Object.hasOwn(TARGET_LOADERS, format)) {
      throw new RegdocError(`不支持的输出格式“${format}”；可用：${Object.keys(TARGET_LOADERS).join('、')}。`, 'usage');
    }
  }
  return Promise.all(formats.map((format) => TARGET_LOADERS[format as OutputFormat]!()));
}

/** A path as the user should see it: relative to the working folder when inside it. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel && !rel.startsWith('..') ? rel : resolve(path);
}

export async function build(inputs: string[], options: BuildOptions): Promise<number> {
  const { config } = await loadConfig();
  const sources = await collectSources(inputs.length ? inputs : ['content']);
  if (sources.length === 0) {
    throw new RegdocError(`在“${inputs.join('、') || 'content'}”中没有找到 Markdown 文件（.md）。`, 'no-sources');
  }
  const targets = await targetsFor(options.to);
  const [{ runChecks }, { gbt9704Theme, mergeTheme }] = await Promise.all([
    import('../../check/run-checks.js'),
    import('../../render/theme.js'),
  ]);
  const theme = mergeTheme(gbt9704Theme, config.theme);
  const notices = new Set<string>();
  const context = { config, theme, notice: (message: string) => notices.add(message) };
  for (const target of targets) target.warmUp?.(context);

  const failed: string[] = [];
  let written = 0;
  const outDir = options.out ?? 'out';
  const keepNames = options.keepNames === true;
  // One source cannot clash with another: its title is read when it is built, so it is parsed once.
  const batch = keepNames || sources.length === 1 ? undefined : await batchTitles(sources, config);
  const stems = batch && outputStems(batch.named);
  for (const [index, source] of sources.entries()) {
    const counter = `[${index + 1}/${sources.length}]`;
    const shown = shownPath(source.path);
    try {
      const document = batch?.loaded.get(index) ?? (await loadDocument(source.path, config));
      batch?.loaded.delete(index);
      // Only errors stop a build (warnings are `regdoc check`'s to show), so only error rules run.
      runChecks(document.tree, document.file, config.check ?? {}, { errorsOnly: true });
      const errors = document.file.messages.filter((m) => m.fatal === true);
      if (errors.length > 0) {
        process.stdout.write(`${counter} ${shown}：有 ${errors.length} 个错误，未生成\n`);
        const sorted = [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        for (const message of sorted) process.stderr.write(`  ${formatMessageLine(document.path, message)}\n`);
        failed.push(shown);
        continue;
      }
      const outputs: string[] = [];
      const stem = stems?.[index] ?? outputStems([{ ...source, title: documentTitle(document.tree) }], keepNames)[0];
      for (const target of targets) {
        const bytes = await target.render(document, context);
        const path = outputPath(outDir, stem, target.extension);
        await writeFileAtomic(path, bytes);
        outputs.push(shownPath(path));
        written++;
      }
      process.stdout.write(`${counter} ${shown} → ${outputs.join('、')}\n`);
    } catch (error) {
      if (!(error instanceof RegdocError)) throw error;
      const { path, line, column } = error.place;
      const where = path ? `${path}${line ? `:${line}:${column ?? 1}` : ''}  ` : '';
      process.stdout.write(`${counter} ${shown}：未生成\n`);
      process.stderr.write(`  ${where}错误  ${error.message}  ${error.id}\n`);
      failed.push(shown);
    }
  }
  for (const notice of notices) process.stderr.write(`提示  ${notice}\n`);
  const done = sources.length - failed.length;
  const summary = [done > 0 ? `生成 ${written} 个文件（${done} 个源文件，输出到 ${shownPath(outDir)}）` : '没有生成任何文件'];
  if (failed.length) summary.push(`${failed.length} 个文件因错误未生成：${failed.join('、')}`);
  process.stdout.write(`${summary.join('；')}。\n`);
  return failed.length ? EXIT_CONTENT_ERROR : EXIT_OK;
}

export function registerBuild(program: Command): Command {
  return program
    .command('build')
    .description('检查并排版为 DOCX / PDF（GB/T 9704-2012 公文格式）')
    .argument('[文件或文件夹...]', 'Markdown 文件或文件夹（缺省为 content/）')
    .option('--to <格式>', '输出格式，逗号分隔：docx、pdf（缺省：docx,pdf）')
    .option('--out <文件夹>', '输出文件夹（缺省为 out/）')
    .option('--keep-names', '输出文件按源文件名命名（缺省按文件标题命名，如“某市停车管理办法.docx”）')
    .action(runAction(async (inputs: string[], options: BuildOptions) => build(inputs, options)));
}
