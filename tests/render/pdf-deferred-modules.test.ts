/**
 * The stand-ins of src/render/pdf/defer-unused-modules.ts must behave as the modules they replace where
 * pdfkit and pdfmake call them: the MD5 of every PDF's file id, and the lazily loaded PNG reader.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deferUnusedModules } from '../../src/render/pdf/defer-unused-modules.js';

const fromTests = createRequire(import.meta.url);
const fromPdfkit = createRequire(createRequire(fromTests.resolve('pdfmake/js/PDFDocument.js')).resolve('pdfkit'));

type Md5 = ((data: string | Uint8Array) => string) & { arrayBuffer(data: string | Uint8Array): ArrayBuffer };

describe('modules pdfkit loads only when used', () => {
  // The real js-md5, loaded before its stand-in takes its place in require's cache.
  const realMd5 = fromPdfkit('js-md5') as Md5;
  delete fromPdfkit.cache[fromPdfkit.resolve('js-md5')];
  deferUnusedModules();
  const md5 = fromPdfkit('js-md5') as Md5;

  it('replaces js-md5 by a stand-in', () => {
    expect(md5).not.toBe(realMd5);
  });

  it("gives js-md5's digests of text (as UTF-8) and of bytes, in hex and as bytes", () => {
    const inputs: Array<string | Uint8Array> = [
      '',
      '1609459200000\nTitle: 中华人民共和国行政处罚法\nsourceDigest: 0f3a\n',
      'Producer: regdoc',
      new Uint8Array([0, 1, 2, 250, 255]),
    ];
    for (const input of inputs) {
      expect(md5(input)).toBe(realMd5(input));
      expect(new Uint8Array(md5.arrayBuffer(input))).toEqual(new Uint8Array(realMd5.arrayBuffer(input)));
    }
  });

  it('passes whatever else pdfkit might ask for on to the real module', () => {
    expect(typeof (md5 as unknown as Record<string, unknown>).hex).toBe('function');
  });

  it('constructs the real PNG reader when a PNG is drawn', () => {
    const Png = fromPdfkit('png-js') as new (data: Uint8Array) => { width: number };
    // A 1 × 1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(new Png(png).width).toBe(1);
  });
});
