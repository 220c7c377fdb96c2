import { describe, expect, it } from 'vitest';
import { parseInstrument } from '../../src/diff/apply/index.js';
import { RegdocError } from '../../src/cli/regdoc-error.js';
import { corpus } from './apply-support.js';

const partTitles = (name: string): string[] =>
  [...corpus(name).matchAll(/^[一二三四五六七八九十]+、(?:将|删去)《([^》]+)》/gm)].map((m) => m[1]);

function thrown(fn: () => unknown): RegdocError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RegdocError) return error;
    throw error;
  }
  throw new Error('expected a RegdocError');
}

describe('reading the corpus instruments', () => {
  it.each([
    ['kuaiji-fa.2024.decision.md', '中华人民共和国会计法', 41],
    ['duiwai-maoyi-fa.2022.decision.md', '中华人民共和国对外贸易法', 1],
    ['xingfa.2023.amendment-12.md', '中华人民共和国刑法', 7],
    ['shanghai.beian-shencha.2024.decision.md', '上海市人民代表大会常务委员会规范性文件备案审查条例', 30],
  ])('reads every sentence of %s', (name, title, operations) => {
    const instrument = parseInstrument(corpus(name), name, title);
    expect(instrument.operations).toHaveLength(operations);
  });

  it.each(['guowuyuan-xiugai-feizhi.2022.decision.md', 'guowuyuan-xiugai-feizhi.2024.decision.md'])(
    'reads the part of every regulation amended by %s',
    (name) => {
      const titles = partTitles(name);
      expect(titles.length).toBeGreaterThanOrEqual(14);
      for (const title of titles) {
        const instrument = parseInstrument(corpus(name), name, title);
        expect(instrument.operations.length, title).toBeGreaterThan(0);
        expect(instrument.renumber, title).toBe(true);
      }
    },
  );

  it('selects only the 附件1 item that names the amended text', () => {
    const instrument = parseInstrument(corpus('guowuyuan-xiugai-feizhi.2022.decision.md'), 'd.md', '农药管理条例');
    expect(instrument.operations).toEqual([expect.objectContaining({ kind: 'delete', target: { article: 9, paragraph: 3 } })]);
  });

  it('reads ASCII quotation marks and a quotation over several paragraphs (2022 State Council decision)', () => {
    const instrument = parseInstrument(corpus('guowuyuan-xiugai-feizhi.2022.decision.md'), 'd.md', '中华人民共和国道路运输条例');
    const article7 = instrument.operations[0];
    expect(article7).toMatchObject({ kind: 'replace', targets: [{ article: 7 }] });
    expect(article7.kind === 'replace' && article7.text).toEqual([
      '国务院交通运输主管部门主管全国道路运输管理工作。',
      '县级以上地方人民政府交通运输主管部门负责本行政区域的道路运输管理工作。',
    ]);
    const unified = instrument.operations.find((op) => op.kind === 'replaceWords' && op.to === '人民政府交通运输主管部门');
    expect(unified).toMatchObject({ targets: [{ article: 9 }, { article: 22 }, { article: 76 }], from: '道路运输管理机构' });
  });

  it('reads the 会计法 decision: split, merge, chapter merge, 第一自然段, 项 added, global replacement', () => {
    const ops = parseInstrument(corpus('kuaiji-fa.2024.decision.md'), 'd.md', '中华人民共和国会计法').operations;
    expect(ops).toContainEqual(expect.objectContaining({ kind: 'split', target: { article: 8, paragraph: 3 }, to: { article: 49 } }));
    expect(ops).toContainEqual(expect.objectContaining({ kind: 'merge', targets: [{ article: 10 }, { article: 25 }], to: { article: 10 } }));
    expect(ops).toContainEqual(expect.objectContaining({ kind: 'mergeChapter', chapter: 3, into: 2 }));
    expect(ops).toContainEqual(expect.objectContaining({ kind: 'replace', targets: [{ article: 42, paragraph: 1, lead: true }] }));
    expect(ops).toContainEqual(expect.objectContaining({ kind: 'insertItems', paragraph: { article: 27 }, at: [5], text: ['（五）国务院财政部门规定的其他要求'] }));
    expect(ops).toContainEqual(expect.objectContaining({ kind: 'insertWords', targets: [{ article: 39 }], anchor: '提高业务素质', where: 'after' }));
    expect(ops[ops.length - 1]).toMatchObject({ kind: 'replaceEverywhere', from: '帐', to: '账' });
  });

  it('reads 项 lists and moves: 删去第二、三、四、六项，原第五项改为第二项 / 原第六项修改为第二款第一项', () => {
    const printing = parseInstrument(corpus('guowuyuan-xiugai-feizhi.2024.decision.md'), 'd.md', '印刷业管理条例').operations;
    expect(printing.filter((op) => op.kind === 'delete' && op.target.article === 40).map((op) => op.kind === 'delete' && op.target.item)).toEqual([2, 3, 4, 6]);
    expect(printing).toContainEqual(expect.objectContaining({ kind: 'move', target: { article: 40, item: 5 }, to: { item: 2 } }));
    const publishing = parseInstrument(corpus('guowuyuan-xiugai-feizhi.2024.decision.md'), 'd.md', '出版管理条例').operations;
    expect(publishing).toContainEqual(expect.objectContaining({ kind: 'move', target: { article: 65, item: 6 }, to: { paragraph: 2, item: 1 } }));
  });

  it('reads the 刑法修正案 form 增加一款作为第二款，将该条修改为 as one rewrite of the article', () => {
    const ops = parseInstrument(corpus('xingfa.2023.amendment-12.md'), 'a.md', '中华人民共和国刑法').operations;
    expect(ops[0]).toMatchObject({ kind: 'replace', targets: [{ article: 165 }] });
    expect(ops[0].kind === 'replace' && ops[0].text).toHaveLength(2);
  });

  it('reads new text given as plain paragraphs after 修改为： (Shanghai 2024)', () => {
    const ops = parseInstrument(corpus('shanghai.beian-shencha.2024.decision.md'), 's.md').operations;
    const article27 = ops.find((op) => op.kind === 'replace' && op.targets[0].article === 27);
    expect(article27?.kind === 'replace' && article27.text).toHaveLength(6);
  });
});

describe('located problems', () => {
  it('stops at a sentence it cannot read, with line, column and id', () => {
    const error = thrown(() => parseInstrument('# 决定\n\n某机关决定对《某办法》作如下修改：\n\n一、将第三条写成：“新文字。”\n', 'x.md'));
    expect(error.id).toBe('apply-unparsed-sentence');
    expect(error.place).toEqual({ path: 'x.md', line: 5, column: 3 });
    expect(error.message).toContain('无法识别的修改语句');
  });

  it('stops at a quotation that never closes', () => {
    const error = thrown(() => parseInstrument('一、将第三条修改为：“新文字。\n\n二、删去第四条。\n', 'x.md'));
    expect(error.id).toBe('apply-quote-unclosed');
    expect(error.place.line).toBe(1);
  });

  it('refuses a decision written for another text', () => {
    const error = thrown(() => parseInstrument(corpus('kuaiji-fa.2024.decision.md'), 'k.md', '中华人民共和国对外贸易法'));
    expect(error.id).toBe('apply-title-mismatch');
  });

  it('says which regulations a multi-regulation decision amends when the text is not among them', () => {
    const error = thrown(() => parseInstrument(corpus('guowuyuan-xiugai-feizhi.2022.decision.md'), 'g.md', '某市物业管理办法'));
    expect(error.id).toBe('apply-title-not-found');
    expect(error.message).toContain('《农药管理条例》');
  });
});

describe('sentence patterns of standards §3.2 beyond the corpus', () => {
  const ops = (sentence: string) => parseInstrument(`决定对《某办法》作如下修改：\n\n一、${sentence}\n`, 'p.md').operations;

  it.each([
    ['P8', '在刑法第一百三十三条之一后增加一条，作为第一百三十三条之二：“新条文。”', { kind: 'insertArticle', at: { article: 133, suffix: 2 }, anchor: { locator: { article: 133, suffix: 1 }, where: 'after' } }],
    ['P11', '将第十八条第二款改为第十九条，修改为：“新条文。”', { kind: 'split', target: { article: 18, paragraph: 2 }, to: { article: 19 }, text: ['新条文。'] }],
    ['P12 (SPC)', '将第六条和第七条合并修改为：“新条文。”', { kind: 'merge', targets: [{ article: 6 }, { article: 7 }] }],
    ['P16', '删去刑法第三百六十条第二款。', { kind: 'delete', target: { article: 360, paragraph: 2 } }],
    ['P19', '宪法第四章章名“国旗、国徽、首都”修改为“国旗、国歌、国徽、首都”。', { kind: 'renameChapter', chapter: 4, from: '国旗、国徽、首都', to: '国旗、国歌、国徽、首都' }],
    ['P22', '第十三条后增加一条作为第十四条，即：“新条文。”', { kind: 'insertArticle', at: { article: 14 }, anchor: { locator: { article: 13 }, where: 'after' } }],
    ['P22 款', '第十三条增加一款作为该条第二款，即：“新的一款。”', { kind: 'insertParagraphs', article: { article: 13 }, at: [2] }],
    ['P25', '删去第八条第一款末尾的“，并予以公告”。', { kind: 'replaceWords', targets: [{ article: 8, paragraph: 1 }], from: '，并予以公告', to: '' }],
  ])('%s: %s', (_, sentence, expected) => {
    expect(ops(sentence)[0]).toMatchObject(expected);
  });

  it('P18: 删去第十二条和第十三条 deletes both', () => {
    expect(ops('删去第十二条和第十三条。').map((op) => op.kind === 'delete' && op.target.article)).toEqual([12, 13]);
  });

  it('P20: 增加一款，作为第三款 then 第三款相应地改为第四款', () => {
    const list = ops('第二十四条增加一款，作为第三款：“国家尊重和保障人权。”第三款相应地改为第四款。');
    expect(list[1]).toMatchObject({ kind: 'move', target: { article: 24, paragraph: 3 }, to: { paragraph: 4 } });
  });
});

describe('references of the old text follow the renumbering', () => {
  const source = `# 某市测试办法\n\n第一条　为了规范测试，制定本办法。\n\n第二条　测试机构应当具备下列条件：\n\n（一）有固定的场所；\n\n（二）有专业人员；\n\n（三）有健全的管理制度。\n\n第三条　违反本办法第二条第（三）项规定的，责令改正。\n\n第四条　依照本办法第三条处理。\n`;

  it('renumbers 条 and 项 references after 删去第二条第二项 and 增加一条', async () => {
    const { applyInstrument } = await import('../../src/diff/apply/index.js');
    const { parseMarkdown } = await import('../../src/parse/index.js');
    const decision = '决定对《某市测试办法》作如下修改：\n\n一、删去第二条第二项。\n\n二、增加一条，作为第二条：“本办法适用于本市。”\n\n此外，对条文顺序作相应调整。\n';
    const text = applyInstrument(parseMarkdown(source).tree, source, decision, 'd.md').text;
    expect(text).toContain('第四条　违反本办法第三条第（二）项规定的，责令改正。');
    expect(text).toContain('第五条　依照本办法第四条处理。');
    expect(text).toContain('（二）有健全的管理制度。');
  });
});
