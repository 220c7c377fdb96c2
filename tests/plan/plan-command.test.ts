/** `regdoc plan` on the bundled project: JSON, HTML with the SVG timeline, deterministic DOCX, clean drafts. */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, isAbsolute } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan } from '../../src/cli/commands/plan.js';
import { RegdocError } from '../../src/cli/regdoc-error.js';

const root = resolve(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'regdoc-plan-'));
const cwd = process.cwd();
const quiet = process.stderr.write.bind(process.stderr);

beforeAll(() => {
  process.chdir(root);
  process.stderr.write = (() => true) as typeof process.stderr.write;
});
afterAll(() => {
  process.chdir(cwd);
  process.stderr.write = quiet;
});

interface JsonRow {
  id: string;
  title: string;
  kind: string;
  lead: string;
  due: string | null;
  stage: string | null;
  source: string | null;
  sources: string[];
  overdue: boolean;
  check: { errors: number; warnings: number } | null;
}

describe('regdoc plan', () => {
  it('writes the JSON rows of every item with paths relative to the project root', async () => {
    const file = join(out, 'plan.json');
    expect(await runPlan({ today: '2009-07-01', output: file })).toBe(0);
    const rows = JSON.parse(readFileSync(file, 'utf8')) as JsonRow[];
    expect(rows).toHaveLength(35);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['id', 'title', 'kind', 'lead', 'due', 'stage', 'source']));
      if (row.kind === 'document') {
        expect(isAbsolute(row.source!)).toBe(false);
        expect(existsSync(join(root, row.source!))).toBe(true);
      }
    }
  });

  it('marks as overdue on 2009-07-01 exactly the unfinished items due before July', async () => {
    const file = join(out, 'overdue.json');
    await runPlan({ today: '2009-07-01', format: 'json', output: file });
    const rows = JSON.parse(readFileSync(file, 'utf8')) as (JsonRow & { done: boolean })[];
    const expected = rows.filter((r) => r.due && r.due < '2009-07' && !r.done).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.overdue).map((r) => r.id)).toEqual(expected);
    expect(rows.find((r) => r.id === '一（一）')?.overdue).toBe(false);
  });

  it('finds no check errors in any bundled draft', async () => {
    const file = join(out, 'check.json');
    await runPlan({ today: '2009-07-01', output: file });
    const rows = JSON.parse(readFileSync(file, 'utf8')) as JsonRow[];
    const failing = rows.filter((r) => r.check && r.check.errors > 0).map((r) => `${r.id} ${r.source}`);
    expect(failing).toEqual([]);
  });

  it('writes a self-contained HTML page with the SVG timeline of the year', async () => {
    const file = join(out, 'plan.html');
    await runPlan({ today: '2009-07-01', output: file });
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('>12月</text>');
    expect(html).toContain('乐清市');
    expect(html).not.toMatch(/<(link|script)[^>]+(href|src)=/);
  });

  it('writes the same DOCX bytes twice for the same --today', async () => {
    const a = join(out, 'a.docx');
    const b = join(out, 'b.docx');
    await runPlan({ today: '2009-07-01', output: a });
    await runPlan({ today: '2009-07-01', output: b });
    const bytes = readFileSync(a);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.equals(readFileSync(b))).toBe(true);
  });

  it('refuses an impossible --today and a DOCX without -o', async () => {
    await expect(runPlan({ today: '2009-02-30' })).rejects.toBeInstanceOf(RegdocError);
    await expect(runPlan({ format: 'docx' })).rejects.toThrow(/-o/);
  });
});
