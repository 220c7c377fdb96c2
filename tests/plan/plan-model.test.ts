/** The pure plan model: overdue logic, rows, JSON shape and the timeline picture. */
import { describe, expect, it } from 'vitest';
import { buildPlanReport, isOverdue, planJson, type SourceStatus } from '../../src/plan/plan-model.js';
import { planFileSchema, type PlanFile } from '../../src/plan/plan-schema.js';
import { timelineSvg } from '../../src/plan/timeline-svg.js';
import { planText } from '../../src/plan/plan-text.js';
import { planMarkdown } from '../../src/plan/plan-markdown.js';
import { parsePlanText, PlanParseError } from '../../src/plan/parse-plan.js';

const plan: PlanFile = planFileSchema.parse({
  year: 2009,
  title: '2009年×市法治政府建设工作计划',
  sections: [{ id: '一', title: '提高依法行政的意识和能力' }, { id: '二', title: '推进政府决策科学化民主化法制化' }],
  items: [
    { id: '一（一）', title: '领导干部学法制度', kind: 'document', lead: ['市政府办公室'], coLead: ['市政府法制办'], due: '2009-05', stage: '公布', sources: ['content/a.md'] },
    { id: '一（二）', title: '学法培训', kind: 'activity', lead: '市政府法制办', due: '2009-08' },
    { id: '二（一）', title: '重大事项决策程序规定', kind: 'document', lead: ['市政府办公室'], due: '2009-05', stage: '审议', sources: ['content/b.md'] },
    { id: '二（二）', title: '后评价', kind: 'activity', lead: ['市政府办公室'], due: '2009-08', done: true },
  ],
});

const sources = new Map<string, SourceStatus>([
  ['content/a.md', { path: 'content/a.md', exists: true, status: '公布', errors: 0, warnings: 2 }],
  ['content/b.md', { path: 'content/b.md', exists: true, status: '起草', errors: 3, warnings: 0 }],
]);

describe('isOverdue', () => {
  it('is false while the due month lasts, including its last day', () => {
    expect(isOverdue('2009-05', '2009-05-31', false)).toBe(false);
  });
  it('is true from the first day after the due month', () => {
    expect(isOverdue('2009-05', '2009-06-01', false)).toBe(true);
    expect(isOverdue('2009-12', '2010-01-01', false)).toBe(true);
  });
  it('is false for finished work and for items without a month', () => {
    expect(isOverdue('2009-05', '2009-09-01', true)).toBe(false);
    expect(isOverdue(undefined, '2020-01-01', false)).toBe(false);
  });
});

describe('buildPlanReport', () => {
  const report = buildPlanReport(plan, sources, '2009-07-01');

  it('flags a document past its month and not yet 公布 as overdue, but not a published one', () => {
    const overdue = report.rows.filter((row) => row.overdue).map((row) => row.id);
    expect(overdue).toEqual(['二（一）']);
  });

  it('flags an unfinished activity only after its month', () => {
    expect(buildPlanReport(plan, sources, '2009-09-01').rows.filter((r) => r.overdue).map((r) => r.id)).toEqual(['一（二）', '二（一）']);
  });

  it('sums the check findings of the sources and notes a stage that disagrees with the source', () => {
    const row = report.rows.find((r) => r.id === '二（一）')!;
    expect(row.check).toEqual({ errors: 3, warnings: 0 });
    expect(row.stageMismatch).toContain('起草');
    expect(report.rows.find((r) => r.id === '一（二）')!.check).toBeNull();
  });

  it('counts a listed source that does not exist as an error', () => {
    const missing = buildPlanReport(plan, new Map(), '2009-07-01');
    expect(missing.rows[0].check?.errors).toBe(1);
    expect(missing.rows[0].documents[0].exists).toBe(false);
  });

  it('summarises stages and overdue items', () => {
    expect(report.summary).toMatchObject({ items: 4, documents: 2, activities: 2, overdue: 1, errors: 3, warnings: 2 });
    expect(report.summary.stages).toMatchObject({ 公布: 1, 审议: 1, 起草: 0 });
  });

  it('writes JSON rows with id, title, kind, lead, due, stage and source', () => {
    const rows = JSON.parse(planJson(report)) as Record<string, unknown>[];
    expect(rows).toHaveLength(4);
    for (const key of ['id', 'title', 'kind', 'lead', 'due', 'stage', 'source']) expect(rows[0]).toHaveProperty(key);
    expect(rows[0]).toMatchObject({ id: '一（一）', kind: 'document', lead: '市政府办公室', due: '2009-05', stage: '公布', source: 'content/a.md' });
    expect(rows[1]).toMatchObject({ kind: 'activity', stage: null, source: null });
  });

  it('prints one text line per item and marks 逾期', () => {
    const text = planText(report);
    expect(text.split('\n').filter((line) => line.startsWith('二（一）'))[0]).toContain('逾期');
    expect(planMarkdown(report)).toContain('| 二（一） | 文件 | 重大事项决策程序规定 |');
  });
});

describe('timelineSvg', () => {
  const svg = timelineSvg(buildPlanReport(plan, sources, '2009-07-01'));

  it('draws twelve month columns, one marker per item and a line at the report date', () => {
    for (let month = 1; month <= 12; month++) expect(svg).toContain(`>${month}月</text>`);
    expect((svg.match(/<path d="M[^"]*Z" (fill|stroke)[^>]*><title>/g) ?? []).length).toBe(2);
    expect((svg.match(/<circle [^>]*><title>/g) ?? []).length).toBe(2);
    expect(svg).toContain('>2009-07-01</text>');
  });

  it('rings an overdue item in red and is well-formed XML text', () => {
    expect(svg).toMatch(/stroke="#D93025" stroke-width="2.5"><title>二（一）/);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('gives the same bytes for the same report', () => {
    expect(timelineSvg(buildPlanReport(plan, sources, '2009-07-01'))).toBe(svg);
  });
});

describe('parsePlanText', () => {
  it('locates a schema problem at its YAML node', () => {
    const text = 'year: 2009\ntitle: 计划\nitems:\n  - id: 一（一）\n    title: 甲\n    kind: document\n    lead: 市政府法制办\n    due: 2009-5\n';
    expect(() => parsePlanText(text)).toThrow(PlanParseError);
    try {
      parsePlanText(text);
    } catch (error) {
      expect((error as PlanParseError).line).toBe(8);
      expect((error as PlanParseError).message).toContain('一（一）');
    }
  });

  it('refuses a document item without stage or sources', () => {
    expect(() => parsePlanText('year: 2009\ntitle: 计划\nitems:\n  - {id: 一（一）, title: 甲, kind: document, lead: 市政府法制办}\n')).toThrow(/stage|sources/);
  });
});
