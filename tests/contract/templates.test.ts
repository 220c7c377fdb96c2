/**
 * Every contract template in templates/contracts renders blank (示范文本) and filled (with its sample
 * data in content/contracts) to regdoc Markdown that the reader parses cleanly into a sensible tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import matter from 'gray-matter';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from '../../src/config/front-matter.js';
import { loadContractTemplate } from '../../src/contract/load-template.js';
import { renderContract } from '../../src/contract/render-contract.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import type { Clause, LegalNode, Root, Signatures } from '../../src/tree/types.js';

const ROOT = join(import.meta.dirname, '../..');
const TEMPLATES = join(ROOT, 'templates/contracts');
const NAMES = readdirSync(TEMPLATES).filter((n) => n.endsWith('.md.hbs')).map((n) => n.slice(0, -'.md.hbs'.length)).sort();

const templateText = (name: string) => readFileSync(join(TEMPLATES, `${name}.md.hbs`), 'utf8');
const dataText = (name: string) => readFileSync(join(ROOT, 'content/contracts', `${name}.yaml`), 'utf8');

function parse(markdown: string, name: string): { tree: Root; file: VFile } {
  const file = new VFile({ path: `${name}.md`, value: markdown });
  return { tree: parseDocument(file), file };
}

function all(node: LegalNode, type: string, out: LegalNode[] = []): LegalNode[] {
  if (node.type === type) out.push(node);
  for (const child of (node as { children?: LegalNode[] }).children ?? []) all(child, type, out);
  return out;
}

function textOf(node: LegalNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return ((node as { children?: LegalNode[] }).children ?? []).map(textOf).join('');
}

/** Field names a template body mentions (first segment of every path). */
function usedNames(body: string): Set<string> {
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; parts?: string[]; data?: boolean };
    if (n.type === 'PathExpression' && !n.data && n.parts?.[0]) used.add(n.parts[0]);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(Handlebars.parse(body));
  return used;
}

describe('contract templates', () => {
  it('include the six standard contracts of plan item 五（五）', () => {
    const titles = NAMES.map((name) => loadContractTemplate(templateText(name)).template?.meta.title);
    expect(titles.sort()).toEqual(
      ['建设工程施工合同', '建设工程监理委托合同', '政府投资项目代建合同', '政府采购合同（服务类）', '政府采购合同（货物类）', '法律顾问聘用合同'].sort(),
    );
  });

  describe.each(NAMES)('%s', (name) => {
    const blank = renderContract(templateText(name));
    const filled = renderContract(templateText(name), dataText(name));
    const title = blank.template.meta.title;

    it('uses every field it declares', () => {
      const used = usedNames(blank.template.body);
      const unused = blank.template.meta.fields.map((f) => f.name).filter((n) => !used.has(n));
      expect(unused).toEqual([]);
    });

    it.each([
      ['blank', blank.markdown, '示范文本'],
      ['filled', filled.markdown, '填写稿'],
    ])('renders the %s text with contract front matter and parses without reader messages', (_, markdown, version) => {
      const front = frontMatterSchema.parse(matter(markdown).data);
      expect(front).toMatchObject({ title, doctype: '合同', category: '合同', wrapper: { kind: 'none' }, version });
      expect(markdown).not.toMatch(/\{\{|\}\}|\[object Object\]|undefined/);
      const { tree, file } = parse(markdown, name);
      expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([]);
      expect(tree.children[0]).toMatchObject({ type: 'title', value: title });
      expect(all(tree, 'unknown')).toEqual([]);
      // Either 第X条 articles or decimal clauses carry the body.
      expect(all(tree, 'article').length + all(tree, 'clause').length).toBeGreaterThan(5);
      const signatures = all(tree, 'signatures') as Signatures[];
      expect(signatures).toHaveLength(1);
      expect(signatures[0].parties.length).toBeGreaterThanOrEqual(2);
      for (const party of signatures[0].parties) {
        expect(party.role).toMatch(/（盖章）：/);
        expect(party.lines[0]).toBe('法定代表人或其委托代理人（签字）：__________');
        expect(party.lines[1]).toMatch(/^日期：/);
      }
      // （以下无正文） is the last text before the signature page.
      const body = tree.children;
      const last = body[body.indexOf(signatures[0]) - 1];
      expect(textOf(last).endsWith('（以下无正文）')).toBe(true);
    });

    it('leaves every field open in the blank text, and the reader keeps every underscore blank', () => {
      expect(blank.markdown).not.toContain('☑');
      const underscores = (text: string) => (text.match(/_/g) ?? []).length;
      const { tree: blankTree } = parse(blank.markdown, name);
      const treeText = [
        ...all(blankTree, 'text').map(textOf),
        ...(all(blankTree, 'clause') as Clause[]).map((c) => c.heading ?? ''),
        ...(all(blankTree, 'signatures') as Signatures[]).flatMap((n) => n.parties.flatMap((p) => [p.role, ...p.lines])),
      ].join('');
      expect(underscores(treeText)).toBe(underscores(matter(blank.markdown).content));
      expect(treeText).toContain('____年__月__日');
      expect(blank.markdown).toMatch(/____年__月__日/);
      const { tree } = parse(blank.markdown, name);
      const [signatures] = all(tree, 'signatures') as Signatures[];
      for (const party of signatures.parties) expect(party.role).toMatch(/：_{20}$/);
    });

    it('fills the data in the filled text', () => {
      const data = filled.markdown;
      const sample = dataText(name);
      const partyNames = [...sample.matchAll(/^ {2}name: (.+)$/gm)].map((m) => m[1]);
      for (const partyName of partyNames) expect(data).toContain(partyName);
      expect(data).toContain('☑');
      expect(data).toMatch(/¥[\d,]+\.\d\d元（大写：[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+）/);
      const { tree } = parse(data, name);
      const [signatures] = all(tree, 'signatures') as Signatures[];
      for (const party of signatures.parties) expect(party.role).not.toMatch(/__/);
    });
  });
});

describe('decimal clauses of the 通用/专用 parts', () => {
  it.each(['construction-works', 'supervision'])('%s: top-level clauses run 1, 2, 3 … and sub-clauses follow their parent', (name) => {
    const { tree } = parse(renderContract(templateText(name)).markdown, name);
    const topLevel = tree.children.filter((n): n is Clause => n.type === 'clause');
    const general = topLevel.slice(0, topLevel.findIndex((c, i) => i > 0 && c.path[0] <= topLevel[i - 1].path[0]));
    expect(general.map((c) => c.path[0])).toEqual(general.map((_, i) => i + 1));
    for (const clause of all(tree, 'clause') as Clause[]) {
      for (const child of clause.children.filter((c): c is Clause => c.type === 'clause')) {
        expect(child.path.slice(0, -1)).toEqual(clause.path);
      }
    }
  });

  it.each(['construction-works', 'supervision'])('%s: every 第N.N款〔标题〕 reference names an existing clause with that caption', (name) => {
    const markdown = renderContract(templateText(name)).markdown;
    const { tree } = parse(markdown, name);
    const captions = new Map<string, string>();
    for (const clause of all(tree, 'clause') as Clause[]) if (clause.heading) captions.set(clause.path.join('.'), clause.heading);
    const references = [...markdown.matchAll(/第(\d+(?:\.\d+)*)(?:款|项|条)〔(.+?)〕/g)];
    expect(references.length).toBeGreaterThan(0);
    for (const [, num, caption] of references) expect(captions.get(num)).toBe(caption);
  });
});
