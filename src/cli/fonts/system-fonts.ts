/**
 * Fonts installed on the machine: `fc-list` (Linux, macOS with fontconfig; its answer kept between runs
 * while still valid, see font-list-cache.ts) or, on Windows, the system and per-user font folders, whose
 * Chinese fonts are known by file name (simfang.ttf …). Read once per process.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readFontList, writeFontList } from './font-list-cache.js';
import { fontCacheFolder } from './stand-in-fonts.js';

export interface SystemFont {
  /** Family names in every language the font declares (仿宋_GB2312, FangSong_GB2312 …). */
  families: string[];
  file: string;
  /** Face of a TrueType collection (fc-list's postscriptname). */
  postscriptName?: string;
}

/** Windows file names of the fonts a 公文 uses, and the family names they carry. */
export const WINDOWS_FONT_FILES: Record<string, string[]> = {
  'simfang.ttf': ['仿宋', 'FangSong'],
  'simhei.ttf': ['黑体', 'SimHei'],
  'simkai.ttf': ['楷体', 'KaiTi'],
  'simsun.ttc': ['宋体', 'SimSun'],
  'fs_gb2312.ttf': ['仿宋_GB2312', 'FangSong_GB2312'],
  '仿宋_gb2312.ttf': ['仿宋_GB2312', 'FangSong_GB2312'],
  'kai_gb2312.ttf': ['楷体_GB2312', 'KaiTi_GB2312'],
  'kaiti_gb2312.ttf': ['楷体_GB2312', 'KaiTi_GB2312'],
  '楷体_gb2312.ttf': ['楷体_GB2312', 'KaiTi_GB2312'],
  'fzxbsjw.ttf': ['方正小标宋简体', 'FZXiaoBiaoSong-B05S'],
  'fzxbsjw--gb1-0.ttf': ['方正小标宋简体', 'FZXiaoBiaoSong-B05S'],
  '方正小标宋简体.ttf': ['方正小标宋简体', 'FZXiaoBiaoSong-B05S'],
};

function fcList(): Promise<SystemFont[]> {
  const cacheFile = join(fontCacheFolder(), 'fc-list.json');
  const cached = readFontList(cacheFile);
  if (cached) return Promise.resolve(cached);
  return runFcList().then((fonts) => {
    if (fonts.length) void writeFontList(cacheFile, fonts);
    return fonts;
  });
}

async function runFcList(): Promise<SystemFont[]> {
  // Loaded here, not with the module: fc-list's answer is usually kept from an earlier run (~2 ms saved).
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(
      'fc-list',
      ['--format', '%{family}\t%{file}\t%{postscriptname}\n'],
      { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => {
        if (error) return resolve([]);
        const fonts: SystemFont[] = [];
        for (const line of stdout.split('\n')) {
          const [families, file, postscriptName] = line.split('\t');
          if (!file) continue;
          fonts.push({ families: families.split(',').map((f) => f.trim()), file, postscriptName: postscriptName || undefined });
        }
        resolve(fonts);
      },
    );
  });
}

async function windowsFonts(): Promise<SystemFont[]> {
  const folders = [join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')];
  if (process.env.LOCALAPPDATA) folders.push(join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
  const fonts: SystemFont[] = [];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const families = WINDOWS_FONT_FILES[name.toLowerCase()];
      if (families) fonts.push({ families, file: join(folder, name), postscriptName: name.toLowerCase() === 'simsun.ttc' ? 'SimSun' : undefined });
    }
  }
  return fonts;
}

let listing: Promise<SystemFont[]> | undefined;

export function systemFonts(): Promise<SystemFont[]> {
  listing ??= process.platform === 'win32' ? windowsFonts() : fcList();
  return listing;
}
