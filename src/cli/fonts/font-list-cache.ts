/**
 * fc-list's answer kept between runs, as fontconfig keeps its own caches: starting fc-list costs a cold
 * `regdoc build --to pdf` ~15 ms of its main thread (forking a large process) although the installed fonts
 * rarely change. The answer is reused only while nothing it depends on has changed — the modification time
 * of every folder that holds a listed font, of the folders between those and the standard font folders
 * (adding a font file or folder changes them), of the standard font folders themselves (existing or not),
 * and of fontconfig's configuration files and folders — and only under the same FONTCONFIG_* and home
 * settings. Anything else, or any doubt, runs fc-list again.
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type { SystemFont } from './system-fonts.js';
import { writeFileAtomic } from '../write-atomic.js';

interface CacheFile {
  version: 1;
  settings: string;
  stamps: Array<[string, number]>;
  fonts: SystemFont[];
}

/** The folders fontconfig scans by default on Linux and macOS. */
function fontRoots(): string[] {
  const home = homedir();
  const dataHome = process.env.XDG_DATA_HOME || join(home, '.local', 'share');
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.fonts'), join(dataHome, 'fonts'), '/Library/Fonts', '/System/Library/Fonts', join(home, 'Library', 'Fonts')];
}

/** fontconfig's configuration: the files and folders whose change may add or remove font folders. */
function configPaths(): string[] {
  const configHome = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  const paths = ['/etc/fonts', '/etc/fonts/fonts.conf', '/etc/fonts/conf.d', join(configHome, 'fontconfig'), join(configHome, 'fontconfig', 'fonts.conf'), join(configHome, 'fontconfig', 'conf.d'), join(homedir(), '.fonts.conf')];
  if (process.env.FONTCONFIG_FILE) paths.push(process.env.FONTCONFIG_FILE, dirname(process.env.FONTCONFIG_FILE));
  if (process.env.FONTCONFIG_PATH) paths.push(...process.env.FONTCONFIG_PATH.split(':').filter(Boolean));
  return paths;
}

const settings = (): string =>
  JSON.stringify([process.env.FONTCONFIG_FILE, process.env.FONTCONFIG_PATH, process.env.FONTCONFIG_SYSROOT, homedir(), process.env.XDG_DATA_HOME, process.env.XDG_CONFIG_HOME]);

const mtime = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

/** Every path whose modification time the listing depends on. */
function watchedPaths(fonts: SystemFont[]): string[] {
  const roots = fontRoots();
  const paths = new Set<string>([...roots, ...configPaths()]);
  for (const font of fonts) {
    let folder = dirname(font.file);
    paths.add(folder);
    // Up to the standard folder the font lies in: a new subfolder anywhere on the way changes one of them.
    const root = roots.find((r) => folder.startsWith(r + sep));
    while (root && folder.length > root.length) {
      paths.add(folder);
      folder = dirname(folder);
    }
  }
  return [...paths].sort();
}

/** The cached listing, when it is still valid. */
export function readFontList(cacheFile: string): SystemFont[] | undefined {
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
    if (cached.version !== 1 || cached.settings !== settings() || !Array.isArray(cached.fonts)) return undefined;
    return cached.stamps.every(([path, stamp]) => mtime(path) === stamp) ? cached.fonts : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a fresh listing for the next runs (atomically; a read-only install simply keeps none). */
export async function writeFontList(cacheFile: string, fonts: SystemFont[]): Promise<void> {
  const cached: CacheFile = { version: 1, settings: settings(), stamps: watchedPaths(fonts).map((path) => [path, mtime(path)]), fonts };
  // No cache when it cannot be written: the next run asks fc-list again.
  await writeFileAtomic(cacheFile, JSON.stringify(cached)).catch(() => undefined);
}
