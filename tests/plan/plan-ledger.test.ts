/**
 * content/plan.yaml against the plan as received (../shared/seed/plan-2009.md): every numbered item
 * is in the ledger, the months match the plan's words, and every document item has a real draft.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanOutline } from '../../src/plan/plan-outline.js';
import { parsePlanText } from '../../src/plan/parse-plan.js';
import { expandVariables } from '../../src/template/expand-variables.js';
import { loadConfig } from '../../src/cli/load-config.js';
import { loadDocument } from '../../src/cli/load-document.js';
import { templateVariables } from '../../src/config/project-config.js';

const root = resolve(import.meta.dirname, '..', '..');
const seed = readFileSync(resolve(root, '..', 'shared', 'seed', 'plan-2009.md'), 'utf8');
const { config } = await loadConfig(root);
const plan = parsePlanText(expandVariables(readFileSync(join(root, 'content', 'plan.yaml'), 'utf8'), templateVariables(config)));
const outline = readPlanOutline(seed);

describe('the plan outline reader', () => {
  it('reads 一、 headings and (一) items with ASCII or full-width brackets', () => {
    const items = readPlanOutline('一、第一部分\n\n(一)甲。\n\n（二）乙。\n\n二、第二部分\n\n(一)丙。');
    expect(items.map((i) => i.id)).toEqual(['一（一）', '一（二）', '二（一）']);
    expect(items[2].sectionTitle).toBe('第二部分');
    expect(items[0].text).toBe('甲。');
  });

  it('finds the 35 numbered items of the 2009 plan', () => {
    expect(outline).toHaveLength(35);
    expect(outline[0].id).toBe('一（一）');
    expect(outline.at(-1)?.id).toBe('八（四）');
  });
});

describe('content/plan.yaml', () => {
  it('lists every numbered item of the plan, in the plan order, and nothing else', () => {
    expect(plan.items.map((item) => item.id)).toEqual(outline.map((item) => item.id));
  });

  it('names the sections as the plan does', () => {
    const sections = [...new Map(outline.map((i) => [i.section, i.sectionTitle])).entries()];
    expect(plan.sections?.map((s) => [s.id, s.title])).toEqual(sections);
  });

  it('gives each item the first month its paragraph names (“5月份” → 2009-05), and no month where it names none', () => {
    for (const item of outline) {
      const month = /(\d{1,2})月份/.exec(item.text);
      const entry = plan.items.find((candidate) => candidate.id === item.id);
      expect(entry?.due, item.id).toBe(month ? `2009-${month[1].padStart(2, '0')}` : undefined);
    }
  });

  it('marks as documents the items whose paragraph orders a named text to be drafted', () => {
    for (const item of outline) {
      if (/(起草|制订|制定)《[^》]*(制度|办法|规定|计划|方案)》|(起草|制订|制定)[^。]*实施方案/.test(item.text)) {
        expect(plan.items.find((c) => c.id === item.id)?.kind, item.id).toBe('document');
      }
    }
  });

  it('takes lead units from the plan text', () => {
    for (const item of plan.items) {
      const text = outline.find((o) => o.id === item.id)!.text.replace(/市府办/g, '市政府办公室');
      for (const unit of [...item.lead, ...(item.coLead ?? [])]) {
        const words = unit.replace(/^市级各|^各/, '').replace(/政府$/, '');
        expect(text.includes(unit) || text.includes(words), `${item.id} ${unit}`).toBe(true);
      }
    }
  });

  it('has an existing draft for every document item whose front matter names the item and its stage', async () => {
    const documents = plan.items.filter((item) => item.kind === 'document');
    expect(documents.length).toBeGreaterThanOrEqual(13);
    for (const item of documents) {
      expect(item.sources?.length, item.id).toBeGreaterThan(0);
      for (const source of item.sources ?? []) {
        expect(existsSync(join(root, source)), source).toBe(true);
        const document = await loadDocument(join(root, source), config);
        expect(document.tree.meta.plan, source).toBe(item.id);
        expect(document.tree.meta.status, source).toBe(item.stage);
        expect(document.tree.meta.title, source).toMatch(/^乐清市/);
        // `{{city}}` inside quoted YAML values is expanded before the front matter is parsed.
        expect(document.tree.meta.issuer, source).toMatch(/^乐清市/);
        expect(JSON.stringify(document.tree.meta), source).not.toContain('{{');
        expect(document.file.messages.filter((m) => m.fatal === true), source).toEqual([]);
      }
    }
  });

  it('lists related texts and draft links that exist', () => {
    for (const item of plan.items) for (const path of item.related ?? []) expect(existsSync(join(root, path)), path).toBe(true);
    for (const source of plan.items.flatMap((item) => item.sources ?? [])) {
      const text = readFileSync(join(root, source), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#:]+)\)/g)) {
        expect(existsSync(resolve(root, dirname(source), target)), `${source} → ${target}`).toBe(true);
      }
    }
  });
});
