#!/usr/bin/env node
// `npm run bench`: measures regdoc against pandoc and LibreOffice on real texts of ../shared/corpus
// (cold processes: medians of several runs, peak RSS from GNU time; warm: repeated calls in one process)
// and writes BENCHMARKS.md. Speed is measured here, never in unit tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const law86 = join(corpus, 'xingzheng-chufa-fa.2021.md');
const civilCode = join(corpus, 'minfadian.2020.md');
const work = mkdtempSync(join(tmpdir(), 'regdoc-bench-'));
const runs = Number(process.env.BENCH_RUNS ?? 9);
const regdoc = join(root, 'bin/regdoc.js');
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command once; returns wall seconds and peak RSS in MB (GNU time), or throws on failure. */
function runOnce(argv, options = {}) {
  const args = timeBinary ? ['-f', '%M', ...argv] : argv;
  const started = process.hrtime.bigint();
  const result = spawnSync(timeBinary ?? argv[0], timeBinary ? args : argv.slice(1), {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    // Output goes nowhere: a large `inspect --json` must not fill a pipe buffer, and only timings matter.
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`${argv.join(' ')} failed (${result.status}): ${result.stderr.slice(-600)}`);
  }
  const rssLine = timeBinary ? result.stderr.trim().split('\n').pop() : '';
  return { seconds, rssMb: rssLine && /^\d+$/.test(rssLine) ? Number(rssLine) / 1024 : NaN };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median of `count` cold runs (one warm-up run first, not counted, so disk caches are equal for all tools). */
function measure(label, argv, options = {}) {
  const count = options.runs ?? runs;
  if (options.warmup !== false) runOnce(argv, options);
  const samples = Array.from({ length: count }, () => runOnce(argv, options));
  const row = {
    label,
    seconds: median(samples.map((s) => s.seconds)),
    min: Math.min(...samples.map((s) => s.seconds)),
    rssMb: Math.max(...samples.map((s) => s.rssMb)),
    runs: count,
  };
  console.error(`${label}: ${row.seconds.toFixed(3)} s (min ${row.min.toFixed(3)}), ${row.rssMb.toFixed(0)} MB`);
  return row;
}

const rows = [];
const notes = [];

// Node's own start, which every regdoc run pays.
rows.push(measure('Node 自身启动（node -e 0）', ['node', '-e', '0']));
if (process.env.NODE_EXTRA_CA_CERTS) {
  const bare = measure('Node 自身启动，不读 NODE_EXTRA_CA_CERTS', ['env', '-u', 'NODE_EXTRA_CA_CERTS', 'node', '-e', '0']);
  notes.push(
    `本机设置了 NODE_EXTRA_CA_CERTS：Node 每次启动先读入这份证书（此次约 ${((rows[0].seconds - bare.seconds) * 1000).toFixed(0)} ms），` +
      '上表 regdoc 的每个冷启动时间都含这部分；pandoc 与 LibreOffice 不受影响。',
  );
  rows.push(bare);
}

// What fresh memory costs here: bin/regdoc.js keeps V8's young generation at its first size because of it.
{
  const pages = 4096;
  const started = performance.now();
  Buffer.allocUnsafeSlow(pages * 4096).fill(1);
  const perPage = ((performance.now() - started) * 1000) / pages;
  notes.push(
    `本机首次写入一页（4 KB）新内存约 ${perPage.toFixed(1)} µs。regdoc 因此让 V8 的新生代保持初始大小（bin/regdoc.js：` +
      '--semi-space-growth-factor=1）：新生代从 1 MB 长到 16 MB 要触碰约 30 MB 新内存，比因此多做的几十次小回收更费时。',
  );
}

// Cold processes of regdoc itself.
rows.push(measure('regdoc inspect 民法典 (parse, cold process)', ['node', regdoc, 'inspect', civilCode, '--json']));
rows.push(measure('regdoc check 民法典 (cold process)', ['node', regdoc, 'check', civilCode]));

const outDocx = join(work, 'docx');
const outPdf = join(work, 'pdf');
const outBoth = join(work, 'both');

/**
 * The tools that are compared run in interleaved rounds (regdoc DOCX, regdoc PDF, …, LibreOffice, then again),
 * after one uncounted round: a change in the machine's load during the run then weighs on every tool alike,
 * instead of on whichever tool happened to run at that moment.
 */
function measureInterleaved(tasks, rounds) {
  for (const task of tasks) runOnce(task.argv(), task.options);
  const samples = tasks.map(() => []);
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, index) => samples[index].push(runOnce(task.argv(), task.options)));
  }
  return tasks.map((task, index) => {
    const row = {
      label: task.label,
      seconds: median(samples[index].map((s) => s.seconds)),
      min: Math.min(...samples[index].map((s) => s.seconds)),
      rssMb: Math.max(...samples[index].map((s) => s.rssMb)),
      runs: rounds,
    };
    console.error(`${row.label}: ${row.seconds.toFixed(3)} s (min ${row.min.toFixed(3)}), ${row.rssMb.toFixed(0)} MB`);
    return row;
  });
}

const tasks = [
  { label: 'regdoc build 行政处罚法 → DOCX (cold)', argv: () => ['node', regdoc, 'build', law86, '--to', 'docx', '--out', outDocx] },
  { label: 'regdoc build 行政处罚法 → PDF (cold)', argv: () => ['node', regdoc, 'build', law86, '--to', 'pdf', '--out', outPdf] },
  { label: 'regdoc build 行政处罚法 → DOCX + PDF (cold)', argv: () => ['node', regdoc, 'build', law86, '--to', 'docx,pdf', '--out', outBoth] },
];
if (has('pandoc')) {
  tasks.push({ label: 'pandoc 行政处罚法 Markdown → DOCX', argv: () => ['pandoc', law86, '-o', join(work, 'pandoc.docx')] });
} else notes.push('pandoc 未安装，未测。');
if (has('soffice')) {
  const profile = join(work, 'lo-profile');
  const loArgs = (input) => ['soffice', `-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), input];
  // The DOCX is named after the law's title (中华人民共和国行政处罚法.docx): the one regdoc wrote in the first round.
  const regdocDocx = () => join(outDocx, readdirSync(outDocx).find((name) => name.endsWith('.docx')) ?? 'missing.docx');
  tasks.push({ label: 'LibreOffice regdoc 的 DOCX → PDF (cold process)', argv: () => loArgs(regdocDocx()) });
  if (has('pandoc')) tasks.push({ label: 'LibreOffice pandoc 的 DOCX → PDF (cold process)', argv: () => loArgs(join(work, 'pandoc.docx')) });
} else notes.push('LibreOffice 未安装，未测。');

const compared = measureInterleaved(tasks, runs);
const byLabel = (prefix) => compared.find((row) => row.label.startsWith(prefix));
const [docxRow, pdfRow, bothRow] = compared;
const pandocRow = byLabel('pandoc');
const loRow = byLabel('LibreOffice regdoc');
const loPandocRow = byLabel('LibreOffice pandoc');
rows.push(...compared);

// What a run costs without the code cache (src/cli/compile-cache.ts), as the very first run after installing
// does: the rows above use the cache that their uncounted first round wrote, as every later run of a user does.
rows.push(
  measure('regdoc build 行政处罚法 → PDF (cold, 不用代码缓存)', ['node', regdoc, 'build', law86, '--to', 'pdf', '--out', outPdf], {
    env: { REGDOC_NO_COMPILE_CACHE: '1' },
  }),
);

// The largest text: memory and completion, not a race.
rows.push(measure('regdoc build 民法典 → PDF (cold, 1,260 条)', ['node', regdoc, 'build', civilCode, '--to', 'pdf', '--out', join(work, 'civil')], { runs: 1, warmup: false }));

// Warm, in-process measurements (parse, check, render, diff).
const warm = spawnSync('node', [join(root, 'scripts/bench-warm.mjs'), civilCode, law86], { cwd: root, encoding: 'utf8' });
const warmRows = warm.status === 0 ? JSON.parse(warm.stdout) : [];
if (warm.status !== 0) notes.push(`热测量失败：${warm.stderr.slice(-300)}`);

const ratio = (a, b) => (a && b ? (a.seconds / b.seconds).toFixed(2) + '×' : '—');
const fmt = (row) => `| ${row.label} | ${row.seconds.toFixed(3)} | ${row.min.toFixed(3)} | ${Number.isFinite(row.rssMb) ? row.rssMb.toFixed(0) : '—'} | ${row.runs} |`;

const cpu = cpus()[0]?.model ?? 'unknown';
const lines = [
  '# BENCHMARKS',
  '',
  `由 \`npm run bench\` 生成（${new Date().toISOString().slice(0, 10)}）。机器：${cpus().length} 核 ${cpu}，内存 ${(totalmem() / 2 ** 30).toFixed(0)} GiB，Node ${process.version}。`,
  '冷启动 = 每次新开一个进程（含 Node 启动、加载模块、读字体、写文件）；取中位数，预热一次不计。峰值内存为 GNU time 的 max RSS。相互比较的工具（regdoc、pandoc、LibreOffice）轮流运行，每轮各一次。',
  '',
  '*Generated by `npm run bench`. Cold = a new process per run (Node start, imports, fonts, write); medians after one uncounted warm-up; the compared tools run in interleaved rounds.*',
  '',
  '## 冷启动 · Cold processes',
  '',
  '| 测量 | 中位数 (s) | 最快 (s) | 峰值内存 (MB) | 次数 |',
  '|---|---|---|---|---|',
  ...rows.map(fmt),
  '',
  '## 对比 · Ratios',
  '',
  '| 比较 | 倍数 | 目标 |',
  '|---|---|---|',
  `| LibreOffice（DOCX→PDF）÷ regdoc PDF | ${ratio(loRow, pdfRow)} | ≥ 8× |`,
  `| （pandoc + LibreOffice）÷ regdoc DOCX+PDF | ${pandocRow && loPandocRow ? ((pandocRow.seconds + loPandocRow.seconds) / bothRow.seconds).toFixed(2) + '×' : '—'} | ≥ 5× |`,
  `| regdoc DOCX ÷ pandoc DOCX | ${ratio(docxRow, pandocRow)} | ≤ 1× |`,
  `| Typst（0.75 s 冷启动）÷ regdoc PDF | ${(0.75 / pdfRow.seconds).toFixed(2)}× | ≥ 1× |`,
  '',
  '## 进程内（热）· Warm, in process',
  '',
  '| 测量 | 首次 (ms) | 中位数 (ms) | 次数 |',
  '|---|---|---|---|',
  ...warmRows.map((r) => `| ${r.label} | ${r.firstMs.toFixed(1)} | ${r.medianMs.toFixed(1)} | ${r.runs} |`),
  '',
  ...(notes.length ? ['## 说明', '', ...notes.map((n) => `- ${n}`), ''] : []),
];
writeFileSync(join(root, 'BENCHMARKS.md'), lines.join('\n') + '\n');
rmSync(work, { recursive: true, force: true });
console.error('已写入 BENCHMARKS.md');
