import { describe, expect, it } from 'vitest';
import { rewriteArticleReferences, type NewNumber } from '../../src/references/index.js';
import { formatChineseNumeral, parseChineseNumeral } from '../../src/numbering/chinese-numerals.js';
import { applyInstrument } from '../../src/diff/apply/index.js';
import { corpus, decide, differing, parse } from './apply-support.js';

const doc = (...articles: string[]): string =>
  `# 某市测试管理办法\n\n## 第一章 总则\n\n${articles.map((a, i) => `第${formatChineseNumeral(i + 1)}条　${a}`).join('\n\n')}\n`;

/** Body lines of the decision (no front matter, title or blank lines). */
const body = (markdown: string): string[] =>
  markdown
    .split('\n---\n')[1]
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));

function roundTrip(oldSource: string, newSource: string): string[] {
  const decision = decide(oldSource, newSource);
  const result = applyInstrument(parse(oldSource), oldSource, decision.markdown, 'decision.md');
  return differing(parse(result.text), parse(newSource));
}

describe('the 修改决定 generator on small texts', () => {
  const base = doc(
    '为了规范本市测试工作，制定本办法。',
    '本办法适用于本市行政区域内的测试活动。\n\n市测试主管部门负责本办法的组织实施。',
    '测试机构应当具备下列条件：\n\n（一）有固定的场所；\n\n（二）有专业人员；\n\n（三）有健全的管理制度。',
    '违反本办法第三条规定的，由市测试主管部门责令改正。',
  );

  it('writes front matter, title, lead-in and closing', () => {
    const decision = decide(base, base.replace('组织实施', '具体实施'));
    const lines = decision.markdown.split('\n');
    expect(lines.slice(0, 3)).toEqual(['---', 'doctype: 修改决定', '---']);
    expect(decision.markdown).toContain('# 关于修改《某市测试管理办法》的决定');
    expect(decision.markdown).toContain('决定对《某市测试管理办法》作如下修改：');
    expect(decision.markdown).toContain('本决定自公布之日起施行。');
    expect(decision.markdown).not.toContain('此外');
  });

  it('states a small change as a word replacement in the 款, not as a rewrite', () => {
    const decision = decide(base, base.replace('组织实施', '具体实施'));
    expect(body(decision.markdown)).toContain('一、将第二条第二款中的“的组织实施”修改为“的具体实施”。');
  });

  it('rewrites a 款 whole when most of it changes', () => {
    const decision = decide(base, base.replace('市测试主管部门负责本办法的组织实施。', '区人民政府应当加强对测试工作的领导，保障所需经费。'));
    expect(body(decision.markdown)[1]).toBe('一、将第二条第二款修改为：“区人民政府应当加强对测试工作的领导，保障所需经费。”');
  });

  it('adds a 项 in the §3.2 P14 form and drops its terminal mark inside the quotation (§3.3)', () => {
    const changed = base.replace('（三）有健全的管理制度。', '（三）有健全的管理制度；\n\n（四）法律、法规规定的其他条件。');
    const lines = body(decide(base, changed).markdown);
    expect(lines).toContain('一、在第三条中增加一项，作为第四项：“（四）法律、法规规定的其他条件”。');
    expect(roundTrip(base, changed)).toEqual([]);
  });

  it('quotes a new article of several paragraphs with “ reopening each paragraph and ” closing only the last (§3.3)', () => {
    const changed = base.replace('第四条　违反', '第四条　测试机构应当公开下列信息：\n\n（一）名称；\n\n（二）地址。\n\n第五条　违反');
    const decision = decide(base, changed);
    const lines = body(decision.markdown);
    const start = lines.findIndex((l) => l.startsWith('一、'));
    expect(lines.slice(start, start + 3)).toEqual(['一、增加一条，作为第四条：“测试机构应当公开下列信息：', '“（一）名称；', '“（二）地址。”']);
    expect(lines).toContain('此外，对条文顺序作相应调整。');
    // 本办法第三条 is not touched: 第三条 keeps its number.
    expect(roundTrip(base, changed)).toEqual([]);
  });

  it('cites OLD numbers in the operation and NEW numbers in the target', () => {
    const changed = doc(
      '为了规范本市测试工作，制定本办法。',
      '测试活动应当遵循公开、公正的原则。',
      '本办法适用于本市行政区域内的测试活动。\n\n市测试主管部门负责本办法的组织实施。',
      '测试机构应当具备下列条件：\n\n（一）有固定的场所；\n\n（二）有专业人员；\n\n（三）有健全的管理制度。',
      '违反本办法第四条规定的，由市测试主管部门责令改正，可以处一千元以下罚款。',
    );
    const lines = body(decide(base, changed).markdown);
    expect(lines).toContain('一、增加一条，作为第二条：“测试活动应当遵循公开、公正的原则。”');
    expect(lines.some((l) => l.startsWith('二、将第四条改为第五条，'))).toBe(true);
    expect(roundTrip(base, changed)).toEqual([]);
  });

  it('deletes articles in one sentence', () => {
    const changed = doc('为了规范本市测试工作，制定本办法。', '违反本办法规定的，由市测试主管部门责令改正。');
    const lines = body(decide(base, changed).markdown);
    expect(lines).toContain('一、删去第二条、第三条。');
    expect(lines).toContain('二、将第四条改为第二条，删去其中的“第三条”。');
    expect(roundTrip(base, changed)).toEqual([]);
  });

  it('writes the effective date from the front matter of the new text', () => {
    const changed = `---\ndates:\n  effective: 2026-01-01\n---\n\n${base.replace('组织实施', '具体实施')}`;
    const decision = decide(base, changed);
    expect(decision.markdown).toContain('本决定自2026年1月1日起施行。');
  });
});

describe('章 in the decision', () => {
  const withChapters = `# 某市测试办法\n\n## 第一章 总则\n\n第一条　为了规范测试，制定本办法。\n\n第二条　本办法适用于本市。\n\n## 第二章 管理\n\n第三条　主管部门负责管理。\n\n第四条　有关部门配合。\n\n## 第三章 附则\n\n第五条　本办法自公布之日起施行。\n`;

  it('renames a 章 and adds a 章 with its first article, and replays to the new text', () => {
    const changed = withChapters
      .replace('## 第二章 管理', '## 第二章 监督管理')
      .replace('## 第三章 附则\n\n第五条', '## 第三章 法律责任\n\n第五条　违反本办法规定的，由主管部门责令改正。\n\n## 第四章 附则\n\n第六条');
    const decision = decide(withChapters, changed);
    expect(body(decision.markdown).filter((l) => /^[一二三]、/.test(l))).toEqual([
      '一、将第二章的章名修改为“监督管理”。',
      '二、增加一章，作为第三章，章名为“法律责任”，自第五条开始。',
      '三、增加一条，作为第五条：“违反本办法规定的，由主管部门责令改正。”',
    ]);
    expect(decision.chapterMismatch).toEqual([]);
    expect(roundTrip(withChapters, changed)).toEqual([]);
  });

  it('merges a 章 into the one before it (将第二章并入第一章)', () => {
    const changed = withChapters.replace('## 第二章 管理\n\n', '').replace('第三章 附则', '第二章 附则');
    const decision = decide(withChapters, changed);
    expect(body(decision.markdown)).toContain('一、将第二章并入第一章。');
    const applied = applyInstrument(parse(withChapters), withChapters, decision.markdown, 'decision.md').text;
    expect(applied).toContain('## 第二章 附则');
    expect(applied).not.toContain('管理\n');
  });
});

describe('one article inserted at the start of the 86-article 行政处罚法 (2021)', () => {
  it('gives ONE item (增加一条，作为第一条) and 此外，对条文顺序作相应调整。', () => {
    const source = corpus('xingzheng-chufa-fa.2021.md');
    // The drafter inserts 第一条 and renumbers (labels and the law's own references) as `regdoc fix` does.
    const mapping = new Map<string, NewNumber>();
    for (let n = 1; n <= 86; n++) mapping.set(String(n), { ordinal: n + 1 });
    let first = true;
    const shifted = source
      .split('\n')
      .map((line) => {
        const match = /^第([零〇一二三四五六七八九十百千]+)条(?=[\s\u3000])/u.exec(line);
        if (!match) return rewriteArticleReferences(line, mapping);
        const label = `第${formatChineseNumeral(parseChineseNumeral(match[1]) + 1)}条`;
        const rest = rewriteArticleReferences(line.slice(match[0].length), mapping);
        if (!first) return label + rest;
        first = false;
        return `第一条　为了测试修改决定的生成，增加本条。\n\n${label}${rest}`;
      })
      .join('\n');
    const decision = decide(source, shifted);
    expect(decision.items).toEqual([['增加一条，作为第一条：“为了测试修改决定的生成，增加本条。”']]);
    const lines = body(decision.markdown);
    expect(lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l))).toEqual(['一、增加一条，作为第一条：“为了测试修改决定的生成，增加本条。”']);
    expect(lines).toContain('此外，对条文顺序作相应调整。');
    const applied = applyInstrument(parse(source), source, decision.markdown, 'decision.md');
    expect(differing(parse(applied.text), parse(shifted))).toEqual([]);
  });
});
