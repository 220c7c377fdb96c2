/**
 * Fills a drafting template (templates/<文种>.md) for `regdoc new`: the front matter gets the title,
 * the plan item, the lead unit as issuer and status 起草; the body's `[[title]]`, `[[issuer]]`,
 * `[[lead]]`, `[[year]]`, `[[due]]` markers are replaced. `{{city}}` stays as it is — it is expanded
 * when the source is read, so the draft keeps working if the project's city changes.
 */
import { parseDocument } from 'yaml';
import type { PlanItem } from './plan-schema.js';

export interface ScaffoldInput {
  template: string;
  /** 文种 the template is for (办法, 规定 …). */
  doctype: string;
  year: number;
  item?: PlanItem;
  /** Explicit title; otherwise `{{city}}` + the plan item's title, or `{{city}}××` + 文种. */
  title?: string;
}

export interface ScaffoldResult {
  text: string;
  title: string;
  issuer: string;
  /** Notes for the user (e.g. the plan item's title does not end in the template's 文种). */
  notices: string[];
}

export class ScaffoldError extends Error {}

/** Full name of a unit as the plan abbreviates it (市政府法制办 → {{city}}人民政府法制办公室). */
export function formalUnitName(unit: string): string {
  if (unit === '市政府法制办') return '{{city}}人民政府法制办公室';
  if (unit === '市府办' || unit === '市政府办公室') return '{{city}}人民政府办公室';
  if (unit.startsWith('市政府')) return `{{city}}人民政府${unit.slice(3)}`;
  if (unit.startsWith('市级各') || unit.startsWith('各')) return '{{city}}××局';
  if (unit.startsWith('市')) return `{{city}}${unit.slice(1)}`;
  return unit;
}

/** A unit as the body of a draft names it: 市人民政府法制办公室, 市人事局, 市级各行政执法单位. */
function bodyUnitName(unit: string): string {
  const formal = formalUnitName(unit);
  return formal.includes('××') ? unit : formal.replace('{{city}}', '市');
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function scaffoldSource(input: ScaffoldInput): ScaffoldResult {
  const match = FRONT_MATTER.exec(input.template);
  if (!match) throw new ScaffoldError(`模板缺少 YAML 前置信息（--- 之间的部分）`);
  const notices: string[] = [];
  const item = input.item;
  let title = input.title ?? (item ? `{{city}}${item.title.replace(/^(乐清市|\{\{city\}\})/, '')}` : `{{city}}××${input.doctype}`);
  if (!title.endsWith(input.doctype)) {
    notices.push(`标题“${title}”的文种与模板“${input.doctype}”不一致，请在源稿中确认标题`);
  }
  const issuer = item ? formalUnitName(item.lead[0]) : '{{city}}人民政府';

  const front = parseDocument(match[1]);
  if (front.errors.length) throw new ScaffoldError(`模板的前置信息不是有效的 YAML：${front.errors[0].message.split('\n')[0]}`);
  front.set('title', title);
  front.set('doctype', input.doctype);
  front.set('issuer', issuer);
  front.set('status', '起草');
  if (item) {
    front.set('plan', item.id);
    const due = item.due ? `${item.due.slice(0, 4)}年${Number(item.due.slice(5, 7))}月` : '计划未定期限';
    const planNode = front.get('plan', true) as { comment?: string } | undefined;
    if (planNode) planNode.comment = ` 计划要求完成时间：${due}；牵头单位：${item.lead.join('、')}${item.coLead ? `；会同：${item.coLead.join('、')}` : ''}`;
  } else {
    front.delete('plan');
  }
  const values: Record<string, string> = {
    title,
    issuer,
    lead: item ? item.lead.map(bodyUnitName).join('、') : '××',
    year: String(input.year),
    due: item?.due ? `${item.due.slice(0, 4)}年${Number(item.due.slice(5, 7))}月` : `${input.year}年×月`,
  };
  const body = input.template.slice(match[0].length).replace(/\[\[(\w+)\]\]/g, (whole, key: string) => {
    if (!(key in values)) throw new ScaffoldError(`模板中的占位符“${whole}”无法识别（可用：${Object.keys(values).map((k) => `[[${k}]]`).join('、')}）`);
    return values[key];
  });
  return { text: `---\n${String(front)}---\n${body}`, title, issuer, notices };
}
