/** The outline printed by `regdoc inspect` and the structure counts behind it. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/index.js';
import { countStructure, formatCounts, formatOutline } from '../../src/tree/outline.js';

describe('outline', () => {
  const { tree } = parseMarkdown(
    '# 某办法\n\n## 第一章　总则\n\n第一条（目的）　为了规范。\n\n第二条　适用于：\n（一）甲；\n（二）乙：\n1. 丙；\n2. 丁。\n\n前款另有规定的除外。',
  );

  it('counts 章、条、款、项、目 of the document', () => {
    expect(countStructure(tree)).toEqual({ part: 0, subpart: 0, chapter: 1, section: 0, article: 2, paragraph: 3, item: 2, subitem: 2, level: 0, clause: 0 });
    expect(formatCounts(countStructure(tree))).toBe('共 0 编、0 分编、1 章、0 节、2 条、3 款、2 项、2 目');
  });

  it('adds the 公文 levels to the counts when there are some', () => {
    const { tree: plan } = parseMarkdown('# 方案\n\n一、总体要求\n\n（一）目标。做好工作。');
    expect(formatCounts(countStructure(plan))).toBe('共 0 编、0 分编、0 章、0 节、0 条、0 款、0 项、0 目、2 个层次');
  });

  it('prints one indented line per division and article with its shape and line number', () => {
    expect(formatOutline(tree)).toEqual([
      '标题  某办法  [1]',
      '第一章 总则  [3]',
      '  第一条（目的）  [1 款]  为了规范。  [5]',
      '  第二条  [2 款 2 项]  适用于：甲；乙：丙；丁。前款另有规定的除外。  [7]',
      '共 0 编、0 分编、1 章、0 节、2 条、3 款、2 项、2 目',
    ]);
  });
});
