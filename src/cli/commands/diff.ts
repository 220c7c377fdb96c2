/**
 * `regdoc diff <旧稿> <新稿> --as table|track|json|decision --to md|html|docx|pdf|json -o 文件`:
 * compares two versions of a regulation article by article (src/diff) and writes the 修改对照表
 * (standards §4), a Word file with tracked changes, the changes as JSON, or the 修改决定 (standards §3,
 * src/diff/decision). Versions can come from git: `regdoc diff content/x.md --from <rev> [--to-rev <rev>]`.
 * Heavy modules (diff, docx, pdfmake) are imported inside the action.
 */
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { VFile } from 'vfile';
import type { ProjectConfig } from '../../config/project-config.js';
import type { DiffResult } from '../../diff/types.js';
import type { Theme } from '../../render/theme.js';
import type { Root } from '../../tree/types.js';
import { formatChineseNumeral } from '../../numbering/chinese-numerals.js';
import type { OutputContext } from '../output/output-target.js';
import { sanitiseFileName } from '../output/output-name.js';
import { documentTitle } from '../../tree/query.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadConfig } from '../load-config.js';
import { decodeUtf8, readSourceText } from '../read-source.js';
import { RegdocError } from '../regdoc-error.js';
import { runAction } from '../run-action.js';
import { writeFileAtomic } from '../write-atomic.js';

type DiffView = 'table' | 'track' | 'json' | 'decision';
type DiffFormat = 'md' | 'html' | 'docx' | 'pdf' | 'json';

interface DiffOptions {
  as: string;
  to?: string;
  output?: string;
  all?: boolean;
  ignorePunctuationWidth?: boolean;
  author: string;
  date?: string;
  from?: string;
  toRev?: string;
  issuer?: string;
  effective?: string;
}

const FORMATS_BY_VIEW: Record<DiffView, DiffFormat[]> = {
  table: ['docx', 'pdf', 'html', 'md'],
  track: ['docx'],
  json: ['json'],
  decision: ['docx', 'md', 'pdf', 'json'],
};

/** Part of the default output name: 会计法-修改对照表.docx. */
const NAME_BY_VIEW: Record<DiffView, string> = { table: '修改对照表', track: '修订稿', json: '差异', decision: '修改决定' };

/** Fixed revision date when --date is not given (same input → same bytes). */
const DEFAULT_DATE = '2012-07-01';

interface Version {
  path: string;
  source: string;
  tree: Root;
}

async function git(args: string[], cwd: string): Promise<Buffer> {
  // Loaded here, not with the module: every regdoc command loads this file, few run git.
  const { execFile } = await import('node:child_process');
  return new Promise((resolvePromise, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(String(stderr).trim() || error.message));
      else resolvePromise(stdout);
    });
  });
}

async function parseVersion(path: string, source: string, config: ProjectConfig): Promise<Version> {
  const [{ expandVariables, TemplateError }, { templateVariables }, { parseDocument }] = await Promise.all([
    import('../../template/expand-variables.js'),
    import('../../config/project-config.js'),
    import('../../parse/parse-document.js'),
  ]);
  let expanded: string;
  try {
    expanded = expandVariables(source, templateVariables(config));
  } catch (error) {
    if (error instanceof TemplateError) throw new RegdocError(error.problem.message, 'template-variable', { path, ...error.problem }, 1);
    throw error;
  }
  const file = new VFile({ path, value: expanded });
  return { path, source: expanded, tree: parseDocument(file) };
}

async function fileVersion(path: string, config: ProjectConfig): Promise<Version> {
  const shown = relative(process.cwd(), path) || path;
  return parseVersion(shown, await readSourceText(path), config);
}

async function gitVersion(path: string, rev: string, config: ProjectConfig): Promise<Version> {
  const folder = dirname(resolve(path));
  const shown = `${rev}:${relative(process.cwd(), path) || path}`;
  let bytes: Buffer;
  try {
    bytes = await git(['show', `${rev}:./${basename(path)}`], folder);
  } catch (error) {
    throw new RegdocError(
      `无法从 git 读取“${shown}”：${(error as Error).message.split('\n')[0]}（请确认版本号正确、文件在该版本中存在）。`,
      'git-show-failed',
      { path },
    );
  }
  return parseVersion(shown, decodeUtf8(bytes, shown), config);
}

function chooseFormat(view: DiffView, options: DiffOptions): DiffFormat {
  const allowed = FORMATS_BY_VIEW[view];
  const fromExtension = options.output && options.output !== '-' ? extname(options.output).slice(1).toLowerCase() : '';
  const wanted = (options.to ?? (allowed.includes(fromExtension as DiffFormat) ? fromExtension : allowed[0])).toLowerCase();
  if (!allowed.includes(wanted as DiffFormat)) {
    throw new RegdocError(`--as ${view} 不支持输出格式“${wanted}”；可用：${allowed.join('、')}。`, 'usage');
  }
  return wanted as DiffFormat;
}

function revisionDate(option: string | undefined): string {
  const text = option ?? DEFAULT_DATE;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(iso) || Number.isNaN(Date.parse(iso))) {
    throw new RegdocError(`--date 的日期“${text}”无法识别；请写成 2024-06-28 或 2024-06-28T09:00:00+08:00。`, 'usage');
  }
  return iso.replace(/(T\d{2}:\d{2})(Z|[+-])/, '$1:00$2');
}

function summary(result: DiffResult): string {
  const s = result.stats;
  const parts = [
    s.inserted && `新增 ${s.inserted} 条`,
    s.deleted && `删除 ${s.deleted} 条`,
    s.modified && `修改 ${s.modified} 条${s.widthOnly ? `（其中 ${s.widthOnly} 条仅标点全角/半角不同）` : ''}`,
    s.moved && `调整顺序 ${s.moved} 条`,
    s.merged && `合并 ${s.merged} 处`,
    s.split && `拆分 ${s.split} 处`,
    s.divisionsChanged && `章节标题变化 ${s.divisionsChanged} 处`,
    result.renumbering.length && `仅序号变化 ${result.renumbering.filter((r) => r.unit === 'article').length} 条`,
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '两稿内容相同';
}

/**
 * The 修改决定 (standards §3): the generator in src/diff/decision writes it as regdoc Markdown; DOCX and
 * PDF are that Markdown read back by the reader and printed by the same targets as `regdoc build`.
 */
async function decisionOutput(
  result: DiffResult,
  oldVersion: Version,
  newVersion: Version,
  format: DiffFormat,
  context: OutputContext,
  decisionOptions: import('../../diff/decision/index.js').DecisionOptions,
): Promise<Uint8Array | string> {
  const { decisionDocument } = await import('../../diff/decision/index.js');
  const decision = decisionDocument(oldVersion.tree, oldVersion.source, newVersion.tree, newVersion.source, result, decisionOptions);
  if (decision.unresolved.length > 0) {
    const which = decision.unresolved.filter(Number.isFinite).map((n) => `第${formatChineseNumeral(n)}条`);
    context.notice(`生成的修改决定回放后与新稿仍有出入${which.length ? `（${which.join('、')}）` : ''}，请人工核对。`);
  }
  if (decision.chapterMismatch.length > 0) {
    context.notice(
      `两稿的章的划分有调整（不止于章名修改、章的增加或合并），修改决定无法表述；涉及修改后的第${formatChineseNumeral(decision.chapterMismatch[0])}条等 ${decision.chapterMismatch.length} 条。此类修订宜重新公布全文。`,
    );
  }
  if (format === 'md') return decision.markdown;
  if (format === 'json') return JSON.stringify({ items: decision.items, renumbered: decision.renumbered }, null, 2) + '\n';
  const { parseMarkdown } = await import('../../parse/index.js');
  const path = newVersion.path.replace(/\.[^.]*$/, '') + '-修改决定.md';
  const { tree, file } = parseMarkdown(decision.markdown, path);
  const document = { path, source: decision.markdown, file, tree };
  const target =
    format === 'pdf' ? (await import('../output/pdf-output.js')).pdfTarget : (await import('../output/docx-output.js')).docxTarget;
  return target.render(document, context);
}

/** PDF of the comparison table, printed with the PDF module's font resolution and printer. */
async function comparisonPdf(
  table: import('../../diff/comparison-table.js').ComparisonTableModel,
  theme: Theme,
  config: ProjectConfig,
  notice: (message: string) => void,
): Promise<Uint8Array> {
  const [{ buildComparisonTablePdf, COMPARISON_ROLES, roleFamilies }, { charactersByFamily }, { resolveFonts }, { printPdf, preloadPdfmake }] =
    await Promise.all([
      import('../../render/pdf/comparison-table.js'),
      import('../../render/pdf/collect-characters.js'),
      import('../fonts/resolve-fonts.js'),
      import('../../render/pdf/print-pdf.js'),
    ]);
  const date = new Date(`${DEFAULT_DATE}T00:00:00Z`);
  const draft = buildComparisonTablePdf(table, { theme, date });
  const characters = charactersByFamily(draft);
  const perRole = Object.fromEntries(COMPARISON_ROLES.map((role) => [role, characters.get(roleFamilies[role]) ?? new Set<number>()]));
  const fontsPromise = resolveFonts(COMPARISON_ROLES, perRole, theme, config, notice);
  preloadPdfmake();
  const resolved = await fontsPromise;
  const plan = Object.fromEntries(COMPARISON_ROLES.map((role) => [role, (resolved[role] ?? resolved.body)!.family])) as typeof roleFamilies;
  const fonts: Record<string, { bytes: Uint8Array; postscriptName?: string }> = {};
  for (const role of COMPARISON_ROLES) {
    const font = resolved[role] ?? resolved.body!;
    fonts[font.family] = { bytes: font.bytes, postscriptName: font.postscriptName };
  }
  return printPdf(buildComparisonTablePdf(table, { theme, plan, date }), fonts);
}

export async function diffCommand(oldPath: string, newPath: string | undefined, options: DiffOptions): Promise<number> {
  const view = options.as.toLowerCase() as DiffView;
  if (!(view in FORMATS_BY_VIEW)) {
    throw new RegdocError(`--as 的取值“${options.as}”无效；可用：table（修改对照表）、track（修订模式 Word）、json、decision（修改决定）。`, 'usage');
  }
  const format = chooseFormat(view, options);
  const date = revisionDate(options.date);
  const { config } = await loadConfig();

  // Which two versions: two files, or one file at two git revisions (the second defaults to the working copy).
  let oldVersion: Version;
  let newVersion: Version;
  if (options.from) {
    if (newPath) throw new RegdocError('使用 --from 时只需给出一个文件（比较该文件的两个版本）。', 'usage');
    oldVersion = await gitVersion(oldPath, options.from, config);
    newVersion = options.toRev ? await gitVersion(oldPath, options.toRev, config) : await fileVersion(oldPath, config);
  } else {
    if (!newPath) throw new RegdocError('需要两个文件：regdoc diff <旧稿> <新稿>，或用 --from <版本> 与 git 中的版本比较。', 'usage');
    if (options.toRev) throw new RegdocError('--to-rev 只能与 --from 一起使用。', 'usage');
    oldVersion = await fileVersion(oldPath, config);
    newVersion = await fileVersion(newPath, config);
  }

  const { align } = await import('../../diff/align.js');
  const result = align(oldVersion.tree, newVersion.tree, { ignorePunctuationWidth: options.ignorePunctuationWidth === true });
  const { gbt9704Theme, mergeTheme } = await import('../../render/theme.js');
  const theme = mergeTheme(gbt9704Theme, config.theme);
  const notices = new Set<string>();
  const notice = (message: string): void => void notices.add(message);

  let output: Uint8Array | string;
  if (view === 'json') {
    output = JSON.stringify(result, null, 2) + '\n';
  } else if (view === 'track') {
    const [{ buildTrackChangesDocx }, { packDocx }] = await Promise.all([
      import('../../render/docx/track-changes.js'),
      import('../../render/docx/pack.js'),
    ]);
    output = await packDocx(buildTrackChangesDocx(result, { theme, author: options.author, date }), result.new.title, date.slice(0, 10));
  } else if (view === 'decision') {
    output = await decisionOutput(result, oldVersion, newVersion, format, { config, theme, notice }, {
      issuer: options.issuer,
      effectiveDate: options.effective,
    });
  } else {
    const { comparisonTable } = await import('../../diff/comparison-table.js');
    const table = comparisonTable(result, { all: options.all === true });
    if (format === 'md') output = (await import('../../diff/comparison-table-markdown.js')).comparisonTableMarkdown(table);
    else if (format === 'html') output = (await import('../../render/html/comparison-table.js')).comparisonTableHtml(table, theme);
    else if (format === 'pdf') output = await comparisonPdf(table, theme, config, notice);
    else {
      const [{ buildComparisonTableDocx }, { packDocx }] = await Promise.all([
        import('../../render/docx/comparison-table.js'),
        import('../../render/docx/pack.js'),
      ]);
      output = await packDocx(buildComparisonTableDocx(table, theme), table.title, DEFAULT_DATE);
    }
  }

  for (const message of notices) process.stderr.write(`提示  ${message}\n`);
  const counts = summary(result);
  if (options.output === '-') {
    // `regdoc diff … -o - | head` closes the pipe early; that is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    process.stdout.write(typeof output === 'string' ? output : Buffer.from(output));
    process.stderr.write(`比对完成：${counts}。\n`);
    return EXIT_OK;
  }
  // Named after the new version's title, as `build` names its outputs: 中华人民共和国会计法-修改对照表.docx.
  const stem =
    sanitiseFileName(documentTitle(newVersion.tree)) || basename(newVersion.path.replace(/^[^:]*:/, ''), extname(newVersion.path));
  const target = options.output ?? join(process.cwd(), `${stem}-${NAME_BY_VIEW[view]}.${format}`);
  await writeFileAtomic(target, output);
  process.stdout.write(`比对完成：${counts}。\n已写入 ${relative(process.cwd(), target) || target}\n`);
  return EXIT_OK;
}

export function registerDiff(program: Command): Command {
  return program
    .command('diff')
    .description('比对两稿：生成修改对照表、修订模式 Word、JSON 差异或修改决定')
    .argument('<旧稿>', '修改前的 Markdown 文件（用 --from 时为要比较的文件）')
    .argument('[新稿]', '修改后的 Markdown 文件')
    .option('--as <形式>', 'table（修改对照表）、track（修订模式 Word）、json、decision（修改决定）', 'table')
    .option('--to <格式>', '输出格式：md、html、docx、pdf、json（缺省按 --as 和 -o 的扩展名）')
    .option('-o, --output <文件>', '输出文件（“-”表示输出到屏幕）；缺省为“新稿名-修改对照表.docx”等')
    .option('--all', '对照表中也列出未修改的条文')
    .option('--ignore-punctuation-width', '不把标点全角/半角的不同（如“(一)”与“（一）”）算作修改')
    .option('--author <作者>', '修订模式中修订的作者', 'regdoc')
    .option('--date <日期>', `修订模式中修订的日期（缺省 ${DEFAULT_DATE}，保证同样的输入得到同样的文件）`)
    .option('--from <版本>', '从 git 取旧稿：该文件在此版本（提交、标签、分支）中的内容')
    .option('--to-rev <版本>', '与 --from 一起用：新稿取该文件在此版本中的内容（缺省为当前文件）')
    .option('--issuer <机关>', '修改决定的决定机关，如“×市人民政府”（--as decision）')
    .option('--effective <日期>', '修改决定的施行日期，如 2009-10-01（--as decision；缺省取新稿的施行日期）')
    .action(runAction(async (oldPath: string, newPath: string | undefined, options: DiffOptions) => diffCommand(oldPath, newPath, options)));
}
