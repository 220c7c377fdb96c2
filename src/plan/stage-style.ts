/**
 * One colour per drafting stage (规章制定程序条例: 起草 → 征求意见 → 审核 → 审议 → 公布), shared by the
 * SVG timeline, the HTML table and the DOCX Gantt table so that every picture of the plan reads alike.
 */
import type { PlanRow } from './plan-model.js';
import type { PlanStage } from './plan-schema.js';

export const STAGE_COLORS: Record<PlanStage, string> = {
  起草: '9AA5B1',
  征求意见: 'E6A23C',
  审核: '8E6CC9',
  审议: '3A7BD5',
  公布: '2E9E5B',
};

export const ACTIVITY_COLOR = { open: 'C8CDD3', done: '7FC79A' };
export const OVERDUE_COLOR = 'D93025';

/** Fill colour (hex without #) of a row's marker. */
export function markerColor(row: Pick<PlanRow, 'kind' | 'stage' | 'done'>): string {
  if (row.kind === 'document' && row.stage) return STAGE_COLORS[row.stage];
  return row.done ? ACTIVITY_COLOR.done : ACTIVITY_COLOR.open;
}

/** Short state word shown in tables: the stage of a document, 已完成/进行中 for an activity. */
export function stateLabel(row: Pick<PlanRow, 'kind' | 'stage' | 'done'>): string {
  if (row.kind === 'document') return row.stage ?? '—';
  return row.done ? '已完成' : '进行中';
}

/** `2009-05` → `5月`. */
export function monthLabel(due: string | null): string {
  return due ? `${Number(due.slice(5, 7))}月` : '未定';
}

export const KIND_LABEL = { document: '文件', activity: '工作' } as const;
