/**
 * Golden XML parts of the DOCX for each wrapper (none, notice, order), compared by meaning (insignificant
 * whitespace removed, one element per line). Regenerate with:
 *   UPDATE_GOLDEN=1 npx vitest run tests/render/docx-golden.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docxParts, normaliseXml, renderFixture } from './docx-support.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const PARTS = ['word/document.xml', 'word/styles.xml', 'word/settings.xml'];

describe('DOCX golden parts', () => {
  for (const wrapper of ['none', 'notice', 'order']) {
    it(`matches the golden XML of the ${wrapper} fixture`, async () => {
      const parts = docxParts(await renderFixture(wrapper));
      for (const part of PARTS) {
        const actual = normaliseXml(parts[part]);
        const path = `${GOLDEN}${wrapper}/${part.replace('word/', '')}`;
        if (UPDATE || !existsSync(path)) {
          if (!UPDATE) throw new Error(`缺少 golden 文件 ${path}；用 UPDATE_GOLDEN=1 生成`);
          mkdirSync(`${GOLDEN}${wrapper}`, { recursive: true });
          writeFileSync(path, actual + '\n');
        }
        expect(actual, `${wrapper} ${part}`).toBe(normaliseXml(readFileSync(path, 'utf8')));
      }
    });
  }
});
