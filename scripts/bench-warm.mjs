#!/usr/bin/env node
// Warm, in-process timings for `npm run bench`: the same call repeated in one Node process, after
// the first call (which pays for imports, JIT and font loading) is reported apart. Prints JSON rows.
// Usage: node scripts/bench-warm.mjs <民法典.md> <行政处罚法.md>
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { VFile } from 'vfile';

const [civilCodePath, law86Path] = process.argv.slice(2);
const dist = new URL('../dist/', import.meta.url);
const { parseMarkdown } = await import(new URL('parse/index.js', dist));
const { runChecks } = await import(new URL('check/run-checks.js', dist));
const { align } = await import(new URL('diff/align.js', dist));
const { docxTarget } = await import(new URL('cli/output/docx-output.js', dist));
const { pdfTarget } = await import(new URL('cli/output/pdf-output.js', dist));
const { gbt9704Theme } = await import(new URL('render/theme.js', dist));

const civilCode = readFileSync(civilCodePath, 'utf8');
const law86 = readFileSync(law86Path, 'utf8');

async function time(label, runs, fn) {
  const samples = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  const [firstMs, ...rest] = samples;
  rest.sort((a, b) => a - b);
  return { label, firstMs, medianMs: rest[Math.floor(rest.length / 2)], runs };
}

/** 50 scattered edits (insertions, deletions, replacements of 1–12 characters) in article text. */
function scatterEdits(text, count) {
  const chars = [...text];
  const lines = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (/^第[一二三四五六七八九十百千]+条/.test(line)) lines.push({ offset, length: [...line].length });
    offset += [...line].length + 1;
  }
  const step = Math.floor(lines.length / count);
  for (let i = count - 1; i >= 0; i--) {
    const line = lines[i * step];
    const at = line.offset + 8 + (i % Math.max(1, line.length - 20));
    const kind = i % 3;
    if (kind === 0) chars.splice(at, 0, ...'新增的文字'.slice(0, 1 + (i % 5)));
    else if (kind === 1) chars.splice(at, 1 + (i % 4));
    else chars.splice(at, 2, ...'修改');
  }
  return chars.join('');
}

const rows = [];
rows.push(await time('解析 民法典（1,260 条）', 10, () => parseMarkdown(civilCode, 'minfadian.md')));
rows.push(
  await time('解析并检查 民法典', 10, () => {
    const { tree, file } = parseMarkdown(civilCode, 'minfadian.md');
    runChecks(tree, file);
  }),
);

const edited = scatterEdits(civilCode, 50);
const oldTree = parseMarkdown(civilCode, 'a.md').tree;
const newTree = parseMarkdown(edited, 'b.md').tree;
rows.push(await time('比对 民法典 与 50 处修改的副本（align）', 5, () => align(oldTree, newTree)));

const context = { config: {}, theme: gbt9704Theme, notice: () => {} };
const lawFile = new VFile({ path: 'law.md', value: law86 });
const { tree: lawTree } = parseMarkdown(law86, 'law.md');
const document = { path: 'law.md', source: law86, file: lawFile, tree: lawTree };
rows.push(await time('行政处罚法 → DOCX（进程内）', 10, () => docxTarget.render(document, context)));
rows.push(await time('行政处罚法 → PDF（进程内，字体已加载）', 5, () => pdfTarget.render(document, context)));

process.stdout.write(JSON.stringify(rows));
