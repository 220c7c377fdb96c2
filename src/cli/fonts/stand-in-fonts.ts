/**
 * Free fonts installed by npm that stand in for the licensed 公文 fonts when those are absent
 * (rendering-notes §3: no free Simplified-Chinese FangSong exists on npm, so Noto Serif SC takes its
 * place; line pitch and character pitch stay those of the theme). Each is cut down once to the
 * GB 2312 set (gb2312-charset.ts), with the ideographic em box as vertical metrics, into a cache folder next to the packages — by `npm install`'s prepare
 * script, or at first use if missing — which makes loading it several times faster.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FontRole } from '../../render/pdf/font-plan.js';
import { standInCodePoints } from './gb2312-charset.js';
import { subsetFontWith } from './subset-font.js';
import { writeFileAtomic } from '../write-atomic.js';

export interface StandIn {
  /** File-name-safe id; also the pdfmake family, so roles sharing a stand-in embed it once. */
  id: string;
  /** Name shown in the substitution notice. */
  display: string;
  packageName: string;
  file: string;
  /** WOFF2 files are decompressed to TrueType first (pdfmake cannot subset WOFF2, rendering-notes §3). */
  woff2?: boolean;
}

const serif400: StandIn = {
  id: 'noto-serif-sc-400',
  display: 'Noto Serif SC',
  packageName: '@expo-google-fonts/noto-serif-sc',
  file: '400Regular/NotoSerifSC_400Regular.ttf',
};

export const STAND_INS: Record<FontRole, StandIn> = {
  body: serif400,
  song: serif400,
  title: {
    id: 'noto-serif-sc-700',
    display: 'Noto Serif SC Bold',
    packageName: '@expo-google-fonts/noto-serif-sc',
    file: '700Bold/NotoSerifSC_700Bold.ttf',
  },
  heading: {
    id: 'noto-sans-sc-500',
    display: 'Noto Sans SC Medium',
    packageName: '@expo-google-fonts/noto-sans-sc',
    file: '500Medium/NotoSansSC_500Medium.ttf',
  },
  kai: {
    id: 'lxgw-wenkai-500',
    display: 'LXGW WenKai（霞鹜文楷）',
    packageName: '@fontsource/lxgw-wenkai',
    file: 'files/lxgw-wenkai-latin-500-normal.woff2',
    woff2: true,
  },
};

/** Bump when the subset's character set or format changes, so old cache files are not used. */
const SUBSET_VERSION = 2;

const require = createRequire(import.meta.url);

// Resolved once per package: resolving a package path (its `exports` map, folder lookups) costs a few ms each
// time, and every font look-up asks for these.
const folders = new Map<string, string>();
const versions = new Map<string, string>();

function packageFolder(packageName: string): string {
  let folder = folders.get(packageName);
  if (folder === undefined) folders.set(packageName, (folder = dirname(require.resolve(`${packageName}/package.json`))));
  return folder;
}

function packageVersion(packageName: string): string {
  let version = versions.get(packageName);
  if (version === undefined) {
    version = (JSON.parse(readFileSync(join(packageFolder(packageName), 'package.json'), 'utf8')) as { version: string }).version;
    versions.set(packageName, version);
  }
  return version;
}

/** `…/node_modules/.cache/regdoc-fonts`, beside the font packages. */
export function fontCacheFolder(): string {
  const folder = packageFolder(serif400.packageName);
  const nodeModules = folder.slice(0, folder.lastIndexOf('node_modules') + 'node_modules'.length);
  return join(nodeModules, '.cache', 'regdoc-fonts');
}

export function subsetPath(standIn: StandIn): string {
  return join(fontCacheFolder(), `${standIn.id}-${packageVersion(standIn.packageName)}-gb2312-v${SUBSET_VERSION}.ttf`);
}

/** The stand-in's whole font as TrueType bytes. */
export async function fullStandInBytes(standIn: StandIn): Promise<Uint8Array> {
  const bytes = await readFile(join(packageFolder(standIn.packageName), standIn.file));
  if (!standIn.woff2) return bytes;
  const decompress = require('wawoff2/decompress.js') as (input: Uint8Array) => Promise<Uint8Array>;
  return decompress(bytes);
}

/** Writes the GB 2312 subset of a stand-in into the cache (atomically: temp file + rename). */
export async function prepareStandIn(standIn: StandIn): Promise<Uint8Array> {
  const target = subsetPath(standIn);
  const { bytes } = subsetFontWith(await fullStandInBytes(standIn), standInCodePoints(), { emBoxMetrics: true });
  await writeFileAtomic(target, bytes);
  return bytes;
}

/** The cached subset, made now if missing or unreadable. */
export async function standInSubsetBytes(standIn: StandIn): Promise<Uint8Array> {
  try {
    return await readFile(subsetPath(standIn));
  } catch {
    return prepareStandIn(standIn);
  }
}

/** Every distinct stand-in (for the prepare script). */
export function distinctStandIns(): StandIn[] {
  return [...new Map(Object.values(STAND_INS).map((s) => [s.id, s])).values()];
}
