/**
 * One small fixture per recognition rule of the reader (docs/tree.md), including malformed input
 * and the located message it must produce.
 */
import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { parseMarkdown } from '../../src/parse/index.js';
import { collectArticles, fullText, inlineText, articleKey } from '../../src/tree/query.js';
import type { Article, Chapter, Item, Level, Paragraph, Root, Clause, Table, Signatures } from '../../src/tree/types.js';

function messages(file: VFile) {
  return file.messages.map((m) => ({
    ruleId: m.ruleId,
    line: m.line,
    column: m.column,
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
  }));
}

const parse = (text: string) => parseMarkdown(text, 'fixture.md');
const articles = (tree: Root) => collectArticles(tree);
const items = (p: Paragraph) => p.children.filter((c): c is Item => c.type === 'item');

describe('drafter format', () => {
  const draft = [
    '---',
    'title: ××市行政规范性文件管理办法',
    'doctype: 办法',
    'category: 规章',
    '---',
    '',
    '# ××市行政规范性文件管理办法',
    '',
    '（2009年5月10日××市人民政府令第1号公布）',
    '',
    '## 第一章　总　　则',
    '',
    '第一条　为了规范行政规范性文件管理，根据有关法律、法规，',
    '结合本市实际，制定本办法。',
    '',
    '第二条（适用范围）　本办法适用于下列文件：',
    '（一）市人民政府制定的文件；',
    '（二）市人民政府部门制定的文件。',
    '',
    '前款所列文件统称规范性文件。',
    '',
    '### 第一节 一般规定',
    '',
    '**第三条** 规范性文件不得设定行政许可。',
    '',
    '第二章 附则',
    '',
    '第四条　本办法自2009年6月10日起施行。',
  ].join('\n');

  it('reads title, 题注, chapters, sections and articles of the drafter format', () => {
    const { tree, file } = parse(draft);
    expect(messages(file)).toEqual([]);
    expect(tree.meta).toMatchObject({ title: '××市行政规范性文件管理办法', doctype: '办法', category: '规章' });
    expect(tree.children[0]).toMatchObject({ type: 'title', value: '××市行政规范性文件管理办法' });
    expect(tree.children[1]).toMatchObject({ type: 'note', value: '（2009年5月10日××市人民政府令第1号公布）' });
    const chapter = tree.children[2] as Chapter;
    expect(chapter).toMatchObject({ type: 'chapter', num: '第一章', ordinal: 1, heading: '总则' });
    expect(tree.children[3]).toMatchObject({ type: 'chapter', num: '第二章', heading: '附则' });
    expect(articles(tree).map(articleKey)).toEqual(['1', '2', '3', '4']);
    expect(chapter.children.map((c) => c.type)).toEqual(['article', 'article', 'section']);
  });

  it('joins a soft-wrapped line to its 款 and starts a new 款 at a new paragraph', () => {
    const { tree } = parse(draft);
    const [first, second] = articles(tree);
    expect(first.children).toHaveLength(1);
    expect(inlineText(first)).toBe('为了规范行政规范性文件管理，根据有关法律、法规，结合本市实际，制定本办法。');
    expect(second).toMatchObject({ heading: '适用范围', separator: '\u3000' });
    expect(second.children).toHaveLength(2);
    expect(items(second.children[0]).map((i) => i.num)).toEqual(['（一）', '（二）']);
    expect(inlineText(second.children[1])).toBe('前款所列文件统称规范性文件。');
  });

  it('reads a bold label **第三条** inside a section, with the position of the label', () => {
    const { tree } = parse(draft);
    const third = articles(tree)[2];
    expect(third).toMatchObject({ num: '第三条', ordinal: 3, separator: ' ' });
    expect(third.position?.start).toMatchObject({ line: 24, column: 3 });
    expect(third.children[0].children[0].position?.start).toMatchObject({ line: 24, column: 9 });
  });

  it('gives every parsed node a position with line, column and offset', () => {
    const { tree } = parse(draft);
    const missing: string[] = [];
    const walk = (node: { type: string; position?: { start: { offset?: number } }; children?: unknown[] }) => {
      if (!node.position || node.position.start.offset === undefined) missing.push(node.type);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(tree as never);
    expect(missing).toEqual([]);
  });

  it('keeps 目 of a 项 as subitems, also when remark reads `1.` as an ordered list', () => {
    const { tree } = parse('第一条　下列事项应当公开：\n（一）财政信息，包括：\n1. 预算；\n2. 决算。\n（二）其他信息。');
    const [paragraph] = articles(tree)[0].children;
    const [first, second] = items(paragraph);
    expect(first.children.filter((c) => c.type === 'subitem').map((s) => s.num)).toEqual(['1.', '2.']);
    expect(second.num).toBe('（二）');
  });

  it('treats items written one per paragraph the same as items in one paragraph', () => {
    const { tree } = parse('第一条　有下列情形之一的：\n\n（一）甲；\n\n（二）乙。\n\n有前款情形的，予以纠正。');
    const [article] = articles(tree);
    expect(article.children).toHaveLength(2);
    expect(items(article.children[0])).toHaveLength(2);
  });
});

describe('article labels', () => {
  it('accepts U+3000, ASCII space, NBSP, tab or nothing after the label', () => {
    const { tree, file } = parse('第一条\u3000甲。\n\n第二条 乙。\n\n第三条\u00a0丙。\n\n第四条丁。\n\n第五条\t戊。');
    expect(articles(tree).map((a) => a.separator)).toEqual(['\u3000', ' ', '\u00a0', '', '\t']);
    expect(articles(tree).map((a) => inlineText(a))).toEqual(['甲。', '乙。', '丙。', '丁。', '戊。']);
    expect(messages(file)).toEqual([]);
  });

  it('reads 第一百三十三条之一 with its suffix and key', () => {
    const { tree } = parse('第一百三十三条之一 在道路上驾驶机动车……');
    expect(articles(tree)[0]).toMatchObject({ num: '第一百三十三条之一', ordinal: 133, suffix: 1 });
    expect(articleKey(articles(tree)[0])).toBe('133-1');
  });

  it('does not take a sentence that starts with 第十条规定的 for an article', () => {
    const { tree } = parse('第一条　甲。\n\n第十条规定的期限，从通知之日起计算。');
    expect(articles(tree)).toHaveLength(1);
    expect(articles(tree)[0].children).toHaveLength(2);
  });

  it('warns at the label of 第十 条 about the space inside it', () => {
    const { tree, file } = parse('第九条　甲。\n\n第十 条　乙。');
    expect(articles(tree)[1]).toMatchObject({ ordinal: 10 });
    expect(messages(file)).toEqual([{ ruleId: 'parse-label-space', line: 3, column: 1, severity: 'warning' }]);
  });

  it('warns at 第1条 written with Arabic numerals and still reads its number', () => {
    const { tree, file } = parse('第1条 本办法自公布之日起施行。');
    expect(articles(tree)[0]).toMatchObject({ num: '第1条', ordinal: 1 });
    expect(messages(file)).toEqual([{ ruleId: 'parse-label-arabic', line: 1, column: 1, severity: 'warning' }]);
  });

  it('reports an empty article as an error at its label', () => {
    const { file } = parse('第一条　甲。\n\n  第二条\n\n第三条　丙。');
    expect(messages(file)).toEqual([{ ruleId: 'parse-empty-article', line: 3, column: 3, severity: 'error' }]);
  });

  it('warns about an article before the first chapter when the text has chapters', () => {
    const { file } = parse('第一条　甲。\n\n第一章　总则\n\n第二条　乙。');
    expect(messages(file)).toEqual([{ ruleId: 'parse-article-outside-chapter', line: 1, column: 1, severity: 'warning' }]);
  });
});

describe('items', () => {
  it('reads ASCII (一) as a 项 and warns once, at the first one, with the count', () => {
    const { tree, file } = parse('第一条　下列:\n(一)甲;\n(二)乙。\n\n第二条　下列：\n(一)丙。');
    expect(items(articles(tree)[0].children[0]).map((i) => i.ordinal)).toEqual([1, 2]);
    expect(messages(file)).toEqual([{ ruleId: 'parse-item-halfwidth', line: 2, column: 1, severity: 'warning' }]);
    expect(file.messages[0].reason).toContain('共 3 处');
  });

  it('reads `1.` outside any 项 as a 款 and says so once', () => {
    const { tree, file } = parse('第一条　下列情形：\n\n1、甲；\n\n2、乙。');
    expect(articles(tree)[0].children).toHaveLength(3);
    expect(messages(file)).toEqual([{ ruleId: 'parse-subitem-outside-item', line: 3, column: 1, severity: 'info' }]);
  });
});

describe('divisions', () => {
  it('reads 编, 分编 without #, 章 and 节 and an unnumbered 附则 after the last 编', () => {
    const text = [
      '## 第一编 总则', '', '### 第一章 基本规定', '', '第一条 甲。', '',
      '## 第二编 物权', '', '第一分编 通则', '', '### 第二章 一般规定', '', '#### 第一节 原则', '', '第二条 乙。', '',
      '附 则', '', '第三条 丙。',
    ].join('\n');
    const { tree, file } = parse(text);
    expect(messages(file)).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['part', 'part', 'chapter']);
    const part2 = tree.children[1] as unknown as { children: Array<{ type: string; children: Array<{ type: string }> }> };
    expect(part2.children[0].type).toBe('subpart');
    expect(part2.children[0].children[0].type).toBe('chapter');
    expect(tree.children[2]).toMatchObject({ num: '', heading: '附则' });
    expect(articles(tree)).toHaveLength(3);
  });

  it('reads flk-style chapters with U+3000 spacing and a 目录 block as toc entries', () => {
    const text = '\ufeff中华人民共和国某某法\r\n\r\n目　　录\r\n第一章　总　　则\r\n第二章　附　　则\r\n\r\n第一章　总　　则\r\n\r\n第一条　甲。\r\n第二章　附　　则\r\n第二条　乙。\r\n';
    const { tree, file } = parse(text);
    expect(messages(file)).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['title', 'toc', 'chapter', 'chapter']);
    expect(tree.children[1]).toMatchObject({ heading: '目　　录', children: [{ value: '第一章　总　　则' }, { value: '第二章　附　　则' }] });
    expect(tree.children[2]).toMatchObject({ num: '第一章', heading: '总则' });
    expect(articles(tree)[0].position?.start).toMatchObject({ line: 9, column: 1 });
  });

  it('warns at a chapter label with a space inside it', () => {
    const { file } = parse('第 一 章　总则\n\n第一条　甲。');
    expect(messages(file)).toEqual([{ ruleId: 'parse-label-space', line: 1, column: 1, severity: 'warning' }]);
  });

  it('warns at a 节 outside any 章 and a 分编 outside any 编', () => {
    expect(messages(parse('第一节　一般规定\n\n第一条　甲。').file)).toEqual([
      { ruleId: 'parse-section-outside-chapter', line: 1, column: 1, severity: 'warning' },
    ]);
    expect(messages(parse('第一分编　通则\n\n第一条　甲。').file)).toEqual([
      { ruleId: 'parse-subpart-outside-part', line: 1, column: 1, severity: 'warning' },
    ]);
  });

  it('warns at a chapter numbered with Arabic digits', () => {
    const { tree, file } = parse('## 第2章 附则\n\n第一条　甲。');
    expect(tree.children[0]).toMatchObject({ type: 'chapter', ordinal: 2 });
    expect(messages(file)).toEqual([{ ruleId: 'parse-label-arabic', line: 1, column: 4, severity: 'warning' }]);
  });

  it('does not read prose that starts with 第二章规定的 as a chapter', () => {
    const { tree } = parse('第一条　甲。\n\n第二章规定的程序，适用于本条。');
    expect(tree.children.map((c) => c.type)).toEqual(['article']);
  });
});

describe('LawRefBook and web layouts', () => {
  it('keeps the info block up to <!-- INFO END --> as notes, also when split around the marker', () => {
    const text = '# 某某法\n\n2020年5月28日 第十三届全国人民代表大会第三次\n\n<!-- INFO END -->\n\n会议通过）\n\n第一条 甲。';
    const { tree } = parse(text);
    expect(tree.children.map((c) => c.type)).toEqual(['title', 'note', 'note', 'article']);
  });

  it('keeps a 题注 wrapped over three lines as notes, including the middle line', () => {
    const { tree } = parse('# 某某法\n\n（2000年3月15日通过\n根据2015年3月15日决定第一次修正\n根据2023年3月13日决定第二次修正）\n\n第一条 甲。');
    expect(tree.children.map((c) => c.type)).toEqual(['title', 'note', 'note', 'note', 'article']);
  });

  it('reads a 题注 in a blockquote and undoes Markdown escapes', () => {
    const { tree } = parse('# 某某法\n\n> （根据《关于修改\\<某某法\\>的决定》修正）\n\n第一条 甲。');
    expect(tree.children[1]).toMatchObject({ type: 'note', value: '（根据《关于修改<某某法>的决定》修正）' });
  });

  it('reads inline HTML articles with &emsp; and <br> lines, and decodes the entities', () => {
    const text = '<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;下列原则：<br>\n&emsp;&emsp;（一）公正；<br>\n&emsp;&emsp;（二）公开。</p>\n<p id="t2">&emsp;&emsp;<b>第二条</b>&emsp;乙。</p>';
    const { tree, file } = parse(text);
    expect(messages(file)).toEqual([]);
    const [first, second] = articles(tree);
    expect(first).toMatchObject({ num: '第一条', separator: '\u2003' });
    expect(items(first.children[0]).map((i) => inlineText(i))).toEqual(['公正；', '公开。']);
    expect(second.position?.start).toMatchObject({ line: 4, column: 27 });
  });

  it('starts a new 款 at each <p> and after each <br>, even without final punctuation', () => {
    const text = '<p><b>第一条</b> 甲款没有句号</p>\n<p>乙款也没有<br>\n丙款</p>';
    const { tree } = parse(text);
    expect(articles(tree)[0].children.map((p) => inlineText(p))).toEqual(['甲款没有句号', '乙款也没有', '丙款']);
  });

  it('keeps a ::: container verbatim as unknown with an info message', () => {
    const { tree, file } = parse('::: details 目录\n\n- [1](#t1)\n\n:::\n\n第一条 甲。');
    expect(tree.children[0]).toMatchObject({ type: 'unknown', value: '::: details 目录\n\n- [1](#t1)\n\n:::' });
    expect(messages(file)).toEqual([{ ruleId: 'parse-container', line: 1, column: 1, severity: 'info' }]);
  });
});

describe('公文-style documents', () => {
  it('reads 一、（一）1.（1） as levels, standalone headings apart from run-in text', () => {
    const text = [
      '# 关于某事的实施方案', '', '为做好某事，制定本方案。', '', '一、总体要求', '',
      '（一）指导思想。以法治为引领。', '', '1. 加强领导', '', '（1）明确责任。各单位负责。', '', '二、保障措施', '', '各部门要抓好落实。',
    ].join('\n');
    const { tree, file } = parse(text);
    expect(messages(file)).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['title', 'paragraph', 'level', 'level']);
    const one = tree.children[2] as Level;
    expect(one).toMatchObject({ depth: 1, num: '一、', ordinal: 1, heading: '总体要求' });
    const two = one.children[0] as Level;
    expect(two).toMatchObject({ depth: 2, num: '（一）', ordinal: 1 });
    expect(two.heading).toBeUndefined();
    expect(inlineText(two.children[0])).toBe('指导思想。以法治为引领。');
    const three = two.children[1] as Level;
    expect(three).toMatchObject({ depth: 3, num: '1.', heading: '加强领导' });
    expect(three.children[0]).toMatchObject({ type: 'level', depth: 4, num: '（1）' });
    expect(inlineText((tree.children[3] as Level).children[0])).toBe('各部门要抓好落实。');
  });
});

describe('titles and amendment decisions', () => {
  it('takes a short first line as the title of a plain-text export, but not a 一、 heading', () => {
    expect(parse('关于做好某事的通知\n\n一、总体要求').tree.children[0]).toMatchObject({ type: 'title' });
    expect(parse('一、总体要求\n\n内容。').tree.children[0]).toMatchObject({ type: 'level', num: '一、' });
  });

  it('does not read the amendment sentences 第十条修改为 / 改为 / 后增加 as article labels', () => {
    const text = '# 决定\n\n一、将第十条修改为：“……”\n\n第十一条改为第十条。\n\n第十二条后增加一条。\n\n二、删去第十三条。';
    const { tree } = parse(text);
    expect(articles(tree)).toHaveLength(0);
    expect(tree.children.filter((c) => c.type === 'level').map((c) => (c as Level).num)).toEqual(['一、', '二、']);
  });
});

describe('contracts, tables and signatures', () => {
  it('reads decimal clauses 1. / 1.1 / 1.1.1 as nested clauses', () => {
    const text = '# 采购合同\n\n1. 一般约定\n\n1.1 词语定义\n\n1.1.1 合同：指本合同协议书及附件。\n\n1.2 语言\n\n2. 合同价款\n\n合同总价为壹万元。';
    const { tree } = parse(text);
    const [, first, second] = tree.children as Clause[];
    expect(first).toMatchObject({ type: 'clause', num: '1.', path: [1], heading: '一般约定' });
    expect(first.children.map((c) => (c as Clause).num)).toEqual(['1.1', '1.2']);
    expect((first.children[0] as Clause).children[0]).toMatchObject({ type: 'clause', path: [1, 1, 1] });
    expect(second).toMatchObject({ num: '2.', heading: '合同价款' });
    expect(inlineText(second.children[0])).toBe('合同总价为壹万元。');
  });

  it('reads clauses after 通用合同条款 in a document that also has articles', () => {
    const text = '第一条　工程概况。\n\n第二节　通用合同条款\n\n1.1 词语定义\n\n1.2 语言文字';
    const { tree } = parse(text);
    const clauses: Clause[] = [];
    const walk = (n: { type: string; children?: unknown[] }) => {
      if (n.type === 'clause') clauses.push(n as Clause);
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(tree);
    expect(clauses.map((c) => c.num)).toEqual(['1.1', '1.2']);
  });

  it('does not leave the article for an item that merely names 合同条款', () => {
    const { tree } = parse('第一条　合同包括：\n（一）合同条款；\n（二）附件。');
    expect(articles(tree)[0].children[0].children.filter((c) => c.type === 'item')).toHaveLength(2);
  });

  it('puts a table under the 公文 level it follows', () => {
    const { tree } = parse('一、正式项目\n\n| 名称 | 单位 |\n| --- | --- |\n| 甲 | 乙 |\n\n二、工作要求');
    expect(tree.children.map((c) => c.type)).toEqual(['level', 'level']);
    expect((tree.children[0] as Level).children[0]).toMatchObject({ type: 'table' });
  });

  it('reads a GFM table with header and cells', () => {
    const { tree } = parse('| 违法情形 | 罚款 |\n| --- | :-: |\n| 轻微 | 1万元 |');
    const table = tree.children[0] as Table;
    expect(table).toMatchObject({ type: 'table', align: [null, 'center'] });
    expect(table.children.map((r) => r.children.map((c) => inlineText(c)))).toEqual([['违法情形', '罚款'], ['轻微', '1万元']]);
  });

  it('reads a ```signatures block as a signature node', () => {
    const text = '甲乙双方签字。\n\n```signatures\n- role: 甲方（公章）\n  lines: [法定代表人：, 日期：]\n- role: 乙方（公章）\n  lines: [法定代表人：]\n```';
    const { tree } = parse(text);
    const sig = tree.children[1] as Signatures;
    expect(sig).toMatchObject({ type: 'signatures', parties: [{ role: '甲方（公章）', lines: ['法定代表人：', '日期：'] }, { role: '乙方（公章）' }] });
  });

  it('keeps other fenced code verbatim as unknown with a warning', () => {
    const { tree, file } = parse('第一条　甲。\n\n```\n代码\n```');
    expect(tree.children[1]).toMatchObject({ type: 'unknown', value: '```\n代码\n```' });
    expect(messages(file)).toEqual([{ ruleId: 'parse-code-block', line: 3, column: 1, severity: 'warning' }]);
  });

  it('keeps a malformed signatures block verbatim with a warning at its fence', () => {
    const { tree, file } = parse('正文。\n\n```signatures\nnot: a list\n```');
    expect(tree.children[1]).toMatchObject({ type: 'unknown' });
    expect(messages(file)).toEqual([{ ruleId: 'parse-signatures', line: 3, column: 1, severity: 'warning' }]);
  });
});

describe('tree text helpers', () => {
  it('gives the full text with labels and the inline text without them', () => {
    const { tree } = parse('第二条（适用范围）　本办法适用于：\n（一）甲。');
    const [article] = articles(tree) as Article[];
    expect(fullText(article)).toBe('第二条（适用范围）\u3000本办法适用于：（一）甲。');
    expect(inlineText(article)).toBe('本办法适用于：甲。');
  });
});
