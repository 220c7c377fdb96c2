/**
 * The kept fc-list answer (src/cli/fonts/font-list-cache.ts) is reused only while the font folders and
 * fontconfig's settings are as they were when it was written.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFontList, writeFontList } from '../../src/cli/fonts/font-list-cache.js';

const savedConfig = process.env.FONTCONFIG_FILE;
afterEach(() => {
  if (savedConfig === undefined) delete process.env.FONTCONFIG_FILE;
  else process.env.FONTCONFIG_FILE = savedConfig;
});

function installedFont() {
  const folder = mkdtempSync(join(tmpdir(), 'regdoc-font-list-'));
  const fonts = join(folder, 'fonts');
  mkdirSync(fonts);
  writeFileSync(join(fonts, 'simfang.ttf'), 'font');
  const listing = [{ families: ['仿宋', 'FangSong'], file: join(fonts, 'simfang.ttf') }];
  return { cacheFile: join(folder, 'cache', 'fc-list.json'), fonts, listing };
}

describe('the kept font listing', () => {
  it('is reused while nothing has changed', async () => {
    const { cacheFile, listing } = installedFont();
    await writeFontList(cacheFile, listing);
    expect(readFontList(cacheFile)).toEqual(listing);
  });

  it('is dropped when a font is added to a folder that holds listed fonts', async () => {
    const { cacheFile, fonts, listing } = installedFont();
    await writeFontList(cacheFile, listing);
    writeFileSync(join(fonts, 'simhei.ttf'), 'font');
    utimesSync(fonts, new Date(), new Date(Date.now() + 5000));
    expect(readFontList(cacheFile)).toBeUndefined();
  });

  it('is dropped when fontconfig is pointed at another configuration', async () => {
    const { cacheFile, listing } = installedFont();
    await writeFontList(cacheFile, listing);
    process.env.FONTCONFIG_FILE = '/elsewhere/fonts.conf';
    expect(readFontList(cacheFile)).toBeUndefined();
  });

  it('is not used when missing or damaged', () => {
    const { cacheFile } = installedFont();
    expect(readFontList(cacheFile)).toBeUndefined();
    mkdirSync(join(cacheFile, '..'), { recursive: true });
    writeFileSync(cacheFile, '{"version":1');
    expect(readFontList(cacheFile)).toBeUndefined();
  });
});
