/**
 * What the DOCX says, read from its XML: GB/T 9704 page set-up, fonts by role, indents, labels, footers,
 * wrappers, and same input → same bytes.
 */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { gbt9704Theme, mmToTwips } from '../../src/render/theme.js';
import type { Root } from '../../src/tree/types.js';
import { CORPUS, docxParts, fixtureTree, paragraphs, paragraphText, parseFile, renderFixture } from './docx-support.js';

const partsOf = async (name: string) => docxParts(await renderFixture(name));

describe('DOCX page set-up (GB/T 9704 §5.2, rendering-notes §2)', () => {
  it('uses A4, margins 37/35/28/26 mm, a lines grid of 579 twips and odd/even footers', async () => {
    const parts = await partsOf('none');
    const doc = parts['word/document.xml'];
    expect(doc).toContain(`<w:pgSz w:w="${mmToTwips(210)}" w:h="${mmToTwips(297)}"`);
    expect(doc).toMatch(new RegExp(`<w:pgMar w:top="${mmToTwips(37)}" w:right="${mmToTwips(26)}" w:bottom="${mmToTwips(35)}" w:left="${mmToTwips(28)}"`));
    expect(doc).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(doc).toMatch(/<w:footerReference w:type="default"/);
    expect(doc).toMatch(/<w:footerReference w:type="even"/);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
  });

  it('defines a Normal style in 3号仿宋 with −0.3 pt tracking and widow control off', async () => {
    const styles = (await partsOf('none'))['word/styles.xml'];
    const normal = /<w:style w:type="paragraph" w:styleId="Normal"[^]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(normal).toContain('<w:spacing w:val="-6"/>');
    expect(normal).toContain('<w:widowControl w:val="false"/>');
  });

  it('prints page numbers “— N —” in 4号宋体, right with a one-字 indent on odd pages and left on even pages', async () => {
    const parts = await partsOf('none');
    const footers = Object.entries(parts).filter(([name]) => /word\/footer\d\.xml/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    const odd = footers.find((xml) => xml.includes('<w:jc w:val="right"/>'))!;
    const even = footers.find((xml) => xml.includes('<w:jc w:val="left"/>'))!;
    expect(odd).toContain('<w:ind w:right="280"/>');
    expect(even).toContain('<w:ind w:left="280"/>');
    for (const xml of [odd, even]) {
      expect(xml).toContain('PAGE');
      expect(xml).toContain('— </w:t>');
      expect(xml).toContain(' —</w:t>');
      expect(xml).toContain('w:eastAsia="宋体"');
      expect(xml).toContain('<w:sz w:val="28"/>');
    }
  });
});

describe('DOCX body of a regulation (standards §2.3)', () => {
  it('sets the eastAsia font and zh-CN language on every run', async () => {
    const doc = (await partsOf('order'))['word/document.xml'];
    const runs = doc.match(/<w:r>.*?<\/w:r>/gs) ?? [];
    expect(runs.length).toBeGreaterThan(50);
    for (const run of runs) {
      if (!run.includes('<w:t')) continue;
      expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/);
      expect(run).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    }
  });

  it('writes 第X条 in 黑体 followed by one U+3000, and indents the paragraph by 640 twips and 200 chars', async () => {
    const doc = (await partsOf('notice'))['word/document.xml'];
    const article = paragraphs(doc).find((p) => paragraphText(p).startsWith('第一条'))!;
    expect(article).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>');
    expect(article).toMatch(/w:eastAsia="黑体"[^]*?<w:t xml:space="preserve">第一条<\/w:t>/);
    expect(paragraphText(article)).toMatch(/^第一条\u3000为了/);
  });

  it('centres chapter headings with two-character names spaced to four (第一章　总　　则)', async () => {
    const doc = (await partsOf('order'))['word/document.xml'];
    const heading = paragraphs(doc).find((p) => paragraphText(p) === '第一章\u3000总\u3000\u3000则' && !p.includes('w:left'))!;
    expect(heading).toBeDefined();
    expect(heading).toContain('<w:jc w:val="center"/>');
    expect(heading).toContain('w:eastAsia="黑体"');
  });

  it('prints a 目录 computed from the headings when the text has chapters, and none otherwise', async () => {
    const order = paragraphs((await partsOf('order'))['word/document.xml']).map(paragraphText);
    const start = order.indexOf('目\u3000\u3000录');
    expect(start).toBeGreaterThan(0);
    expect(order.slice(start + 1, start + 6)).toEqual([
      '第一章\u3000总\u3000\u3000则',
      '第二章\u3000决策程序',
      '第一节\u3000决策启动',
      '第二节\u3000公众参与',
      '第三章\u3000附\u3000\u3000则',
    ]);
    const notice = paragraphs((await partsOf('notice'))['word/document.xml']).map(paragraphText);
    expect(notice).not.toContain('目\u3000\u3000录');
  });

  it('renders 项 and 目 as their own indented paragraphs in 仿宋', async () => {
    const texts = paragraphs((await partsOf('order'))['word/document.xml']);
    const item = texts.find((p) => paragraphText(p) === '（一）市长提出；')!;
    const sub = texts.find((p) => paragraphText(p) === '1.涉及多个部门的，由牵头部门提出；')!;
    for (const p of [item, sub]) {
      expect(p).toContain('w:firstLine="640"');
      expect(p).not.toContain('w:eastAsia="黑体"');
    }
  });

  it('draws GFM tables with borders on every edge and a repeated header row', async () => {
    const doc = (await partsOf('order'))['word/document.xml'];
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(doc)?.[0] ?? '';
    for (const edge of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) expect(table).toMatch(new RegExp(`<w:${edge} w:val="single"`));
    expect(table).toContain('<w:tblHeader/>');
    expect(paragraphs(table).map(paragraphText)).toEqual(['事项', '期限', '备注', '公开征求意见', '30日', '可以延长', '听证', '10日', '提前公告']);
  });

  it('sizes table columns to their content across the type area, in 小四 off the grid, header in 黑体, cells centred vertically', async () => {
    const path = new URL('../../content/xingzheng-guifanxing-wenjian-zhiding-jihua.md', import.meta.url);
    const file = new VFile({ path: path.pathname, value: readFileSync(path, 'utf8').replaceAll('{{city}}', '乐清市') });
    const doc = docxParts(await renderDocx(parseDocument(file)))['word/document.xml'];
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(doc)?.[0] ?? '';
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(5);
    const typeArea = Math.round(((210 - 28 - 26) / 25.4) * 72 * 20);
    expect(grid.reduce((a, b) => a + b)).toBe(typeArea);
    // 序号 | 文件名称 | 起草单位 | 报送审核时间 | 备注: the numbers column is the narrowest, the names column the widest.
    expect(Math.min(...grid)).toBe(grid[0]);
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(grid[0]).toBeLessThan(typeArea / 10);
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table).toContain('<w:tblHeader/>');
    const cells = paragraphs(table);
    expect(cells.every((p) => p.includes('<w:pStyle w:val="RegdocOffGrid"/>') && /w:lineRule="exact"/.test(p))).toBe(true);
    expect(cells.every((p) => p.includes(`<w:sz w:val="${gbt9704Theme.sizes.tableBody * 2}"/>`))).toBe(true);
    expect(cells.slice(0, 5).every((p) => p.includes('w:eastAsia="黑体"'))).toBe(true);
    expect(cells.slice(5).every((p) => p.includes('w:eastAsia="仿宋_GB2312"'))).toBe(true);
    expect(table.match(/<w:vAlign w:val="center"\/>/g)).toHaveLength(cells.length);
  });

  it('renders 公文 levels in 黑体 / 楷体 / 仿宋 and keeps a run-in heading in the level font', async () => {
    const texts = paragraphs((await partsOf('none'))['word/document.xml']);
    const level1 = texts.find((p) => paragraphText(p) === '一、总体要求')!;
    expect(level1).toContain('w:eastAsia="黑体"');
    const level2 = texts.find((p) => paragraphText(p).startsWith('（一）指导思想。'))!;
    expect(level2).toMatch(/w:eastAsia="楷体_GB2312"[^]*?指导思想。<\/w:t>/);
    expect(level2).toMatch(/w:eastAsia="仿宋_GB2312"[^]*?以依法行政为核心/);
    const level3 = texts.find((p) => paragraphText(p).startsWith('1.梳理'))!;
    expect(level3).not.toMatch(/黑体|楷体/);
  });

  it('turns a run of underscores into an underlined blank of the same width', async () => {
    const doc = (await partsOf('notice'))['word/document.xml'];
    const article = paragraphs(doc).find((p) => paragraphText(p).startsWith('第四条'))!;
    const blanks = [...article.matchAll(/<w:u w:val="single"\/>[^]*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(blanks).toEqual(['\u2007'.repeat(8), '\u2007'.repeat(4)]);
    expect(paragraphText(article)).not.toContain('_');
  });

  it('renders a whole corpus law with every article label present, in order', async () => {
    const tree = parseFile(`${CORPUS}xingzheng-chufa-fa.2021.md`);
    const texts = paragraphs(docxParts(await renderDocx(tree))['word/document.xml']).map(paragraphText);
    const labels = texts.map((t) => /^第[一二三四五六七八九十百零]+条/.exec(t)?.[0]).filter(Boolean);
    expect(labels).toHaveLength(86);
    expect(labels[0]).toBe('第一条');
    expect(labels.at(-1)).toBe('第八十六条');
  });
});

describe('DOCX wrappers', () => {
  it('notice: red 发文机关标志 35 mm down, 发文字号 with a red rule, title, 主送, body, seal block, 附注, then the text on a new page and the 版记', async () => {
    const doc = (await partsOf('notice'))['word/document.xml'];
    const ps = paragraphs(doc);
    const texts = ps.map(paragraphText);
    const mark = ps[0];
    expect(paragraphText(mark)).toBe('××市人民政府文件');
    expect(mark).toContain(`<w:color w:val="${gbt9704Theme.colors.red}"/>`);
    expect(mark).toContain('w:eastAsia="方正小标宋简体"');
    // Space before = 35 mm less the part of the mark's line above its glyphs (measured in docx-layout.test.ts).
    const before = Number(/w:before="(\d+)"/.exec(mark)?.[1]);
    expect(before).toBeGreaterThan(mmToTwips(27));
    expect(before).toBeLessThan(mmToTwips(35));
    // 发文字号 two empty lines under the mark, with the red rule under it.
    expect(texts.slice(1, 4)).toEqual(['', '', '×政发〔2009〕12号']);
    expect(ps[3]).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
    const title = texts.indexOf('关于印发《××市行政执法协调办法》的通知');
    expect(title).toBe(6);
    expect(texts[title + 2]).toBe('各乡镇人民政府，市政府各部门、各直属单位：');
    expect(texts[title + 3]).toBe('现将《××市行政执法协调办法》印发给你们，请认真贯彻执行。');
    expect(texts).toContain('（此件公开发布）');
    const date = ps.findIndex((p) => paragraphText(p) === '2009年10月28日');
    expect(ps[date]).toContain('<w:jc w:val="right"/>');
    expect(ps[date]).toContain('<w:ind w:right="1280"/>');
    const textTitle = ps.findIndex((p) => paragraphText(p) === '××市行政执法协调办法');
    expect(ps[textTitle]).toContain('<w:pageBreakBefore/>');
    expect(doc).toContain('抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。');
    expect(doc).toMatch(/××市人民政府办公室<\/w:t>[^]*?<w:tab\/>[^]*?2009年10月29日印发/);
    expect(doc).toMatch(/<v:shape id="regdoc_textbox_1" type="#_x0000_t202" stroked="f" filled="f" style="position:absolute;mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin/);
  });

  it('notice: 附件说明 one line under the body, 左空二字, later names aligned under the first name (§7.3.4)', async () => {
    const ps = paragraphs((await partsOf('notice'))['word/document.xml']);
    const first = ps.findIndex((p) => paragraphText(p) === '附件：1. 行政执法协调申请书（式样）');
    expect(first).toBeGreaterThan(0);
    expect(paragraphText(ps[first - 1])).toBe('');
    expect(paragraphText(ps[first - 2])).toMatch(/请认真贯彻执行。$/);
    // “附件：” starts two 字 in (left 5 字, hanging 3 字); the second name starts under the first name.
    expect(ps[first]).toContain('<w:ind w:left="1600" w:hanging="960"/>');
    expect(paragraphText(ps[first + 1])).toBe('2. 行政执法协调流程图');
    expect(ps[first + 1]).toContain('<w:ind w:left="1600"/>');
  });

  it('sets a notice’s lower part closer (off the grid) only when that keeps it on the first page', async () => {
    const { buildWrapperModel } = await import('../../src/render/wrapper-model.js');
    const { fitFirstPage } = await import('../../src/render/docx/wrapper.js');
    const { createState } = await import('../../src/render/docx/state.js');
    const state = createState(gbt9704Theme);
    const notice = fixtureTree('notice');
    const model = buildWrapperModel({ meta: notice.meta, title: '××市行政执法协调办法' })!;
    const fit = fitFirstPage(state, model);
    expect(fit.style).toBe('RegdocOffGrid');
    expect(fit.spacing?.line).toBeLessThan(579);
    expect(fit.spacing?.line).toBeGreaterThanOrEqual(400);
    expect(fitFirstPage(state, { ...model, attachments: undefined })).toEqual({});
    expect(fitFirstPage(state, { ...model, body: Array.from({ length: 12 }, () => '甲'.repeat(80)) })).toEqual({});
  });

  it('renders contract clauses with the number in bold 黑体', async () => {
    const tree = {
      type: 'root',
      meta: { title: '某合同' },
      children: [
        { type: 'title', value: '某合同' },
        {
          type: 'clause',
          num: '1.1',
          path: [1, 1],
          children: [{ type: 'paragraph', children: [{ type: 'text', value: '甲方：________' }] }],
        },
      ],
    } as unknown as Root;
    const ps = paragraphs(docxParts(await renderDocx(tree))['word/document.xml']);
    const clause = ps.find((p) => paragraphText(p).startsWith('1.1'))!;
    expect(clause).toMatch(/w:eastAsia="黑体"[^]*?<w:b\/>[^]*?1\.1<\/w:t>/);
    expect(paragraphText(clause)).toBe(`1.1\u3000甲方：${'\u2007'.repeat(8)}`);
  });

  it('order: red “××市人民政府令” 20 mm down, 令号, body sentence, 市长 and date, then the text', async () => {
    const ps = paragraphs((await partsOf('order'))['word/document.xml']);
    const texts = ps.map(paragraphText);
    expect(texts[0]).toBe('××市人民政府令');
    const before = Number(/w:before="(\d+)"/.exec(ps[0])?.[1]);
    expect(before).toBeLessThan(mmToTwips(20));
    expect(before).toBeGreaterThan(mmToTwips(12));
    expect(texts.slice(1, 4)).toEqual(['', '', '第85号']);
    expect(texts[6]).toMatch(/^《××市重大行政决策程序规定》已经2010年3月2日/);
    expect(texts).toContain('市长\u3000张××');
    expect(texts).toContain('2010年3月10日');
    expect(texts.indexOf('××市重大行政决策程序规定')).toBeGreaterThan(texts.indexOf('2010年3月10日'));
  });

  it('none: the text alone, starting with its title', async () => {
    const texts = paragraphs((await partsOf('none'))['word/document.xml']).map(paragraphText);
    expect(texts[0]).toBe('××市行政执法责任制实施方案');
    expect(texts.join('')).not.toContain('文件');
  });

  it('breaks a long wrapper-less title into balanced lines in one centred paragraph', async () => {
    const tree: Root = { ...fixtureTree('none'), meta: { title: '××市人民政府办公室关于进一步加强行政规范性文件合法性审核工作的实施意见' } };
    tree.children = tree.children.filter((c) => c.type !== 'title');
    const doc = docxParts(await renderDocx(tree))['word/document.xml'];
    const first = paragraphs(doc)[0];
    expect(first).toContain('<w:jc w:val="center"/>');
    expect(first.match(/<w:br\/>/g)).toHaveLength(1);
  });
});

describe('DOCX determinism', () => {
  it('produces byte-identical files from the same input', async () => {
    for (const name of ['none', 'notice', 'order']) {
      const a = await renderFixture(name);
      await new Promise((resolve) => setTimeout(resolve, 1100)); // a different clock second
      const b = await renderFixture(name);
      expect(Buffer.from(a).equals(Buffer.from(b)), name).toBe(true);
    }
  });

  it('dates the core properties from the document, not the clock', async () => {
    const core = (await partsOf('order'))['docProps/core.xml'];
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2010-03-10T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:title>××市重大行政决策程序规定</dc:title>');
  });
});
