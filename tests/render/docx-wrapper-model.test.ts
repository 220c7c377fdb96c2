import { describe, expect, it } from 'vitest';
import {
  buildWrapperModel,
  formatChineseDate,
  quoteTitle,
  signatureLayout,
  widthInChars,
} from '../../src/render/wrapper-model.js';
import type { DocumentMeta } from '../../src/config/front-matter.js';

const meta = (extra: Partial<DocumentMeta>): DocumentMeta => ({ ...extra }) as DocumentMeta;

describe('wrapper model (GB/T 9704 §7.2–§7.4, §10.2)', () => {
  it('returns no wrapper for wrapper: none or no wrapper at all', () => {
    expect(buildWrapperModel({ meta: meta({}), title: '××办法' })).toBeUndefined();
    expect(buildWrapperModel({ meta: meta({ wrapper: { kind: 'none' } }), title: '××办法' })).toBeUndefined();
  });

  it('builds a notice with sensible defaults when only the kind is given', () => {
    const model = buildWrapperModel({ meta: meta({ wrapper: { kind: 'notice' } }), title: '××市行政执法协调办法', city: '乐清市' })!;
    expect(model.organMark).toBe('乐清市人民政府文件');
    expect(model.organMarkOffsetMm).toBe(35);
    expect(model.title).toBe('关于印发《××市行政执法协调办法》的通知');
    expect(model.recipients?.endsWith('：')).toBe(true);
    expect(model.body).toEqual(['现将《××市行政执法协调办法》印发给你们，请认真贯彻执行。']);
    expect(model.docNumber).toMatch(/〔××××〕×号$/);
    expect(model.signature.sealed).toBe(true);
    expect(model.colophon?.printer).toBe('乐清市人民政府');
  });

  it('says 已经市政府同意 when a government office issues the notice', () => {
    const model = buildWrapperModel({
      meta: meta({ wrapper: { kind: 'notice', organ: '××市人民政府办公室' } }),
      title: '××办法',
    })!;
    expect(model.body).toEqual(['《××办法》已经市政府同意，现印发给你们，请认真贯彻执行。']);
    expect(model.organMark).toBe('××市人民政府办公室文件');
  });

  it('writes a work plan body for 方案 and 工作制度', () => {
    const model = buildWrapperModel({ meta: meta({ doctype: '方案', wrapper: { kind: 'notice' } }), title: '××实施方案' })!;
    expect(model.body[0]).toBe('现将《××实施方案》印发给你们，请结合实际认真贯彻落实。');
  });

  it('turns inner 《》 of a cited title into 〈〉', () => {
    expect(quoteTitle('贯彻落实《国务院关于加强市县政府依法行政的决定》实施方案')).toBe(
      '《贯彻落实〈国务院关于加强市县政府依法行政的决定〉实施方案》',
    );
  });

  it('numbers several attachments and keeps a single one bare', () => {
    const one = buildWrapperModel({ meta: meta({ wrapper: { kind: 'notice', attachments: ['申请表'] } }), title: 'x' })!;
    expect(one.attachments?.items).toEqual(['申请表']);
    const two = buildWrapperModel({ meta: meta({ wrapper: { kind: 'notice', attachments: ['申请表', '流程图'] } }), title: 'x' })!;
    expect(two.attachments?.items).toEqual(['1. 申请表', '2. 流程图']);
  });

  it('builds a 政府令 with 令号, the 规章制定程序条例 sentence and the mayor’s signature', () => {
    const model = buildWrapperModel({
      meta: meta({
        docNumber: '××市人民政府令第85号',
        dates: { adopted: '2010-03-02', published: '2010-03-10', effective: '2010-05-01' },
        wrapper: { kind: 'order', signerName: '张三' },
      }),
      title: '××市重大行政决策程序规定',
    })!;
    expect(model.organMark).toBe('××市人民政府令');
    expect(model.organMarkOffsetMm).toBe(20);
    expect(model.orderNumber).toBe('第85号');
    expect(model.redRule).toBe(false);
    expect(model.body[0]).toBe(
      '《××市重大行政决策程序规定》已经2010年3月2日××市人民政府第×次常务会议审议通过，现予公布，自2010年5月1日起施行。',
    );
    expect(model.signature.lines.map((l) => l.text)).toEqual(['市长　张三', '2010年3月10日']);
    expect(model.signature.lines.every((l) => l.rightIndentChars === 4)).toBe(true);
    expect(model.signature.blankLinesBeforeDate).toBe(1);
  });

  it('formats dates with Arabic digits and no zero padding (§7.3.5.4)', () => {
    expect(formatChineseDate('2009-01-05')).toBe('2009年1月5日');
  });

  it('centres the organ name over a date placed 右空四字 when sealed (§7.3.5.1)', () => {
    const layout = signatureLayout('××市人民政府', '2009年10月28日', true);
    const [name, date] = layout.lines;
    expect(date.rightIndentChars).toBe(4);
    const centre = (line: { text: string; rightIndentChars: number }) => line.rightIndentChars + widthInChars(line.text) / 2;
    expect(centre(name)).toBeCloseTo(centre(date), 5);
  });

  it('puts an unsealed date two characters right of the name’s first character (§7.3.5.2)', () => {
    const name = '××市人民政府办公室法制科'; // 12.5 字, longer than the date
    const layout = signatureLayout(name, '2009年10月28日', false);
    const [n, d] = layout.lines;
    expect(n.rightIndentChars).toBe(2);
    const start = (line: { text: string; rightIndentChars: number }) => -(line.rightIndentChars + widthInChars(line.text));
    expect(start(d) - start(n)).toBeCloseTo(2, 5);
  });

  it('gives a date longer than the name 右空二字 and moves the name left (§7.3.5.2)', () => {
    const layout = signatureLayout('××局', '2009年10月28日', false);
    const [n, d] = layout.lines;
    expect(d.rightIndentChars).toBe(2);
    const start = (line: { text: string; rightIndentChars: number }) => -(line.rightIndentChars + widthInChars(line.text));
    expect(start(d) - start(n)).toBeCloseTo(2, 5);
  });

  it('puts 抄送 with a closing 。 and the 印发 date in the 版记', () => {
    const model = buildWrapperModel({
      meta: meta({ wrapper: { kind: 'notice', cc: ['市委各部门', '市法院'], printer: '××市人民政府办公室', printDate: '2009-10-29' } }),
      title: 'x',
    })!;
    expect(model.colophon).toEqual({ cc: '抄送：市委各部门，市法院。', printer: '××市人民政府办公室', printDate: '2009年10月29日印发' });
  });
});
