/**
 * The plan report as pure data: each numbered item of the annual plan with its document(s), stage,
 * due month, overdue flag and check status. No file system and no clock: the command passes
 * `today` and the per-source findings in.
 */
import type { PlanFile, PlanItem, PlanStage } from './plan-schema.js';

/** What the command learnt about one source file. */
export interface SourceStatus {
  /** Path relative to the project root. */
  path: string;
  exists: boolean;
  /** Title from the front matter or the `# 标题` line. */
  title?: string;
  /** `status:` of the front matter, compared with the ledger's stage. */
  status?: string;
  errors: number;
  warnings: number;
  /** Why the file could not be read, if it could not. */
  problem?: string;
}

export interface PlanRow {
  id: string;
  /** 一 … 八. */
  section: string;
  sectionTitle: string | null;
  title: string;
  kind: PlanItem['kind'];
  /** 牵头单位, joined with 、. */
  lead: string;
  coLead: string | null;
  /** `2009-05`, or null when the plan names no month. */
  due: string | null;
  stage: PlanStage | null;
  done: boolean;
  overdue: boolean;
  /** First source (relative to the project root), null for activities. */
  source: string | null;
  sources: string[];
  /** Related texts listed but not checked (contract templates …). */
  related: string[];
  documents: SourceStatus[];
  /** Sum over the sources; null for activities. */
  check: { errors: number; warnings: number } | null;
  /** Ledger stage and the source's `status:` disagree. */
  stageMismatch: string | null;
  note: string | null;
}

export interface PlanReport {
  year: number;
  title: string;
  /** `YYYY-MM-DD` the overdue flags refer to. */
  today: string;
  rows: PlanRow[];
  summary: PlanSummary;
}

export interface PlanSummary {
  items: number;
  documents: number;
  activities: number;
  /** Document count per stage. */
  stages: Record<PlanStage, number>;
  overdue: number;
  errors: number;
  warnings: number;
}

/** Month of an ISO date (`2009-07-01` → `2009-07`). */
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/** The section number of an item id: `二（一）` → `二`. */
export const sectionOf = (id: string): string => id.slice(0, id.indexOf('（'));

/**
 * An item is overdue when its due month ended before `today` and it is not finished
 * (a document not yet at 公布, an activity not marked done).
 */
export function isOverdue(due: string | null | undefined, today: string, finished: boolean): boolean {
  if (!due || finished) return false;
  return monthOf(today) > due;
}

export function isFinished(item: Pick<PlanItem, 'kind' | 'stage' | 'done'>): boolean {
  return item.kind === 'document' ? item.stage === '公布' : item.done === true;
}

export function buildPlanReport(plan: PlanFile, sources: ReadonlyMap<string, SourceStatus>, today: string): PlanReport {
  const sectionTitles = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
  const rows = plan.items.map((item): PlanRow => {
    const documents = (item.sources ?? []).map(
      (path) => sources.get(path) ?? { path, exists: false, errors: 0, warnings: 0, problem: '未检查' },
    );
    const finished = isFinished(item);
    const mismatch = documents.find((d) => d.status && item.stage && d.status !== item.stage);
    return {
      id: item.id,
      section: sectionOf(item.id),
      sectionTitle: sectionTitles.get(sectionOf(item.id)) ?? null,
      title: item.title,
      kind: item.kind,
      lead: item.lead.join('、'),
      coLead: item.coLead?.length ? item.coLead.join('、') : null,
      due: item.due ?? null,
      stage: item.kind === 'document' ? (item.stage ?? null) : null,
      done: finished,
      overdue: isOverdue(item.due, today, finished),
      source: item.sources?.[0] ?? null,
      sources: item.sources ?? [],
      related: item.related ?? [],
      documents,
      check:
        item.kind === 'document'
          ? {
              errors: documents.reduce((n, d) => n + d.errors + (d.exists ? 0 : 1), 0),
              warnings: documents.reduce((n, d) => n + d.warnings, 0),
            }
          : null,
      stageMismatch: mismatch ? `台账阶段为“${item.stage}”，源稿 ${mismatch.path} 的 status 为“${mismatch.status}”` : null,
      note: item.note ?? null,
    };
  });
  return { year: plan.year, title: plan.title, today, rows, summary: summarize(rows) };
}

function summarize(rows: PlanRow[]): PlanSummary {
  const stages = { 起草: 0, 征求意见: 0, 审核: 0, 审议: 0, 公布: 0 } as Record<PlanStage, number>;
  for (const row of rows) if (row.stage) stages[row.stage]++;
  return {
    items: rows.length,
    documents: rows.filter((r) => r.kind === 'document').length,
    activities: rows.filter((r) => r.kind === 'activity').length,
    stages,
    overdue: rows.filter((r) => r.overdue).length,
    errors: rows.reduce((n, r) => n + (r.check?.errors ?? 0), 0),
    warnings: rows.reduce((n, r) => n + (r.check?.warnings ?? 0), 0),
  };
}

/** The JSON form: `[{"id","title","kind","lead","due","stage","source", …}]`. */
export function planJson(report: PlanReport): string {
  const rows = report.rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    lead: row.lead,
    coLead: row.coLead,
    due: row.due,
    stage: row.stage,
    source: row.source,
    sources: row.sources,
    related: row.related,
    done: row.done,
    overdue: row.overdue,
    check: row.check,
    stageMismatch: row.stageMismatch,
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}
