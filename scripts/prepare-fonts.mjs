#!/usr/bin/env node
// Run by `npm install` (package.json "prepare", after tsc): cuts the npm stand-in fonts (Noto Serif SC,
// Noto Sans SC, LXGW WenKai) down to the GB 2312 set once, into node_modules/.cache/regdoc-fonts/, so that
// `regdoc build --to pdf` loads 2–3 MB fonts instead of 10–15 MB ones. Missing files are also made at
// first use; a failure here never fails the install.
import { access } from 'node:fs/promises';

try {
  const { distinctStandIns, prepareStandIn, subsetPath } = await import('../dist/cli/fonts/stand-in-fonts.js');
  for (const standIn of distinctStandIns()) {
    const path = subsetPath(standIn);
    const present = await access(path).then(() => true, () => false);
    if (present) continue;
    const started = Date.now();
    const bytes = await prepareStandIn(standIn);
    process.stdout.write(`regdoc：已准备字体 ${standIn.display}（GB 2312 子集，${(bytes.length / 1e6).toFixed(1)} MB，${Date.now() - started} ms）\n`);
  }
} catch (error) {
  process.stderr.write(`regdoc：预先准备字体失败，将在首次生成 PDF 时准备（${error instanceof Error ? error.message : error}）\n`);
}
