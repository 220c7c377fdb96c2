/** Front matter: validated with frontMatterSchema, problems located at the YAML line of the key. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/index.js';

const located = (m: { ruleId?: string | null; line?: number | null; column?: number | null; fatal?: boolean | null }) => ({
  ruleId: m.ruleId,
  line: m.line,
  column: m.column,
  fatal: m.fatal,
});

describe('front matter', () => {
  it('puts valid fields on root.meta and normalises dates', () => {
    const { tree, file } = parseMarkdown('---\ndoctype: 办法\ndates:\n  published: 2009年5月10日\n---\n\n第一条 甲。');
    expect(file.messages).toHaveLength(0);
    expect(tree.meta).toEqual({ doctype: '办法', dates: { published: '2009-05-10' } });
  });

  it('warns about an unknown key at its line', () => {
    const { tree, file } = parseMarkdown('---\ndoctype: 办法\nauthor: 某局\n---\n第一条 甲。');
    expect(file.messages.map(located)).toEqual([{ ruleId: 'front-matter-unknown-key', line: 3, column: 1, fatal: false }]);
    expect(tree.meta).toEqual({ doctype: '办法' });
  });

  it('reports a descriptive field of the wrong type as a warning at its key and drops only that field', () => {
    const { tree, file } = parseMarkdown('---\ndoctype: 办法\nstatus: 完成\nissuer: 某市人民政府\n---\n第一条 甲。');
    expect(file.messages.map(located)).toEqual([{ ruleId: 'front-matter-invalid', line: 3, column: 1, fatal: false }]);
    expect(tree.meta).toEqual({ doctype: '办法', issuer: '某市人民政府' });
  });

  it('reports a field that shapes the output with the wrong type as an error at its key', () => {
    const { tree, file } = parseMarkdown('---\ndoctype: 办法\ndates:\n  effective: 明年\nwrapper: 红头\n---\n第一条 甲。');
    expect(file.messages.map(located)).toEqual([
      { ruleId: 'front-matter-invalid', line: 3, column: 1, fatal: true },
      { ruleId: 'front-matter-invalid', line: 5, column: 1, fatal: true },
    ]);
    expect(tree.meta).toEqual({ doctype: '办法' });
  });

  it('reports broken YAML as an error and still reads the body', () => {
    const { tree, file } = parseMarkdown('---\ndoctype: [办法\n---\n第一条 甲。');
    expect(file.messages[0]).toMatchObject({ ruleId: 'front-matter-yaml', fatal: true });
    expect(tree.children.some((c) => c.type === 'article')).toBe(true);
  });

  it('keeps body positions true to the file after the front matter', () => {
    const { tree } = parseMarkdown('---\ndoctype: 办法\n---\n\n第一条 甲。');
    expect(tree.children[0].position?.start).toEqual({ line: 5, column: 1, offset: 21 });
  });
});
