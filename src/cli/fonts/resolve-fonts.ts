/**
 * Decides, at the edge, which font file prints each role (GB/T 9704: 小标宋 标题, 仿宋 正文, 黑体, 楷体,
 * 宋体 页码): a licensed font named in regdoc.config.yaml `fonts:` or installed on the machine when there
 * is one, otherwise the npm stand-in (one notice line per substitution). Only the roles a document uses
 * are loaded, and each file once per process, so a batch pays for every font once.
 */
import { resolve as resolvePath } from 'node:path';
import type { ProjectConfig } from '../../config/project-config.js';
import type { FontRole, PlannedFont } from '../../render/pdf/font-plan.js';
import type { Theme } from '../../render/theme.js';
import { RegdocError } from '../regdoc-error.js';
import { candidateNames } from './font-names.js';
import { openFont, type FontkitFont } from './fontkit-types.js';
import { STAND_INS, fullStandInBytes, standInSubsetBytes, subsetPath } from './stand-in-fonts.js';
import { systemFonts } from './system-fonts.js';
import { withEmBoxMetrics } from './subset-font.js';
import { readWholeFile } from './read-whole-file.js';

export interface ResolvedFont extends PlannedFont {
  bytes: Uint8Array;
  postscriptName?: string;
  /** What prints the role, for messages: “仿宋_GB2312” or “Noto Serif SC”. */
  name: string;
  /** Advance width of a character in em (0 when the font lacks it). */
  advance(codePoint: number): number;
}

interface LoadedFont {
  bytes: Uint8Array;
  postscriptName?: string;
  font: FontkitFont;
  lineRatio: number;
  advance(codePoint: number): number;
}

const loaded = new Map<string, Promise<LoadedFont>>();
const noticed = new Set<string>();

function load(key: string, read: () => Promise<Uint8Array>, postscriptName?: string): Promise<LoadedFont> {
  let font = loaded.get(key);
  if (!font) {
    font = read().then((bytes) => {
      const opened = openFont(bytes, postscriptName);
      return {
        bytes,
        postscriptName,
        font: opened,
        lineRatio: (opened.ascent - opened.descent) / opened.unitsPerEm,
        advance: advanceOf(opened),
      };
    });
    loaded.set(key, font);
    // A failed read must not stay cached for the next document of the batch.
    font.catch(() => loaded.delete(key));
  }
  return font;
}

function hmtxAdvance(font: FontkitFont, glyphId: number): number {
  const metrics = font.hmtx.metrics;
  return metrics.get(Math.min(glyphId, metrics.length - 1)).advance;
}

/** Advance widths by code point, cached: a document asks for the same few thousand characters again and again. */
function advanceOf(font: FontkitFont): (codePoint: number) => number {
  const cache = new Map<number, number>();
  return (codePoint) => {
    let width = cache.get(codePoint);
    if (width === undefined) {
      // Read from hmtx: a glyph's own advanceWidth getter decodes its outline header first.
      width = font.hasGlyphForCodePoint(codePoint) ? hmtxAdvance(font, font.glyphForCodePoint(codePoint).id) / font.unitsPerEm : 0;
      cache.set(codePoint, width);
    }
    return width;
  };
}

function planned(family: string, name: string, font: LoadedFont): ResolvedFont {
  return { family, name, bytes: font.bytes, postscriptName: font.postscriptName, lineRatio: font.lineRatio, advance: font.advance };
}

/** A font file given in regdoc.config.yaml under the role's font name (or the role itself). */
async function configuredFont(role: FontRole, names: string[], config: ProjectConfig): Promise<ResolvedFont | undefined> {
  const fonts = config.fonts ?? {};
  const name = [...names, role].find((n) => fonts[n]);
  if (!name) return undefined;
  const [file, face] = fonts[name].split('#');
  const path = resolvePath(file);
  const font = await load(`file:${path}#${face ?? ''}`, () => readWholeFile(path), face).catch((error: NodeJS.ErrnoException) => {
    throw new RegdocError(`regdoc.config.yaml 的 fonts 中“${name}”的字体文件无法读取：${path}（${error.code ?? error.message}）`, 'font-file', {}, 2);
  });
  return planned(`file:${path}#${face ?? ''}`, name, font);
}

async function installedFont(names: string[]): Promise<ResolvedFont | undefined> {
  const installed = await systemFonts();
  for (const name of names) {
    const wanted = name.toLowerCase();
    const match = installed.find((font) => font.families.some((family) => family.toLowerCase() === wanted));
    if (!match) continue;
    const key = `file:${match.file}#${match.postscriptName ?? ''}`;
    const isCollection = /\.ttc$/i.test(match.file);
    const font = await load(key, () => readWholeFile(match.file), isCollection ? match.postscriptName : undefined).catch(() => undefined);
    if (font) return planned(key, name, font);
  }
  return undefined;
}

/** Reads of the stand-ins' cached subset files started ahead (undefined when missing); dropped after each resolve. */
const prefetched = new Map<string, Promise<Uint8Array | undefined>>();

function prefetchStandIn(role: FontRole): Promise<Uint8Array | undefined> {
  const standIn = STAND_INS[role];
  let bytes = prefetched.get(standIn.id);
  if (!bytes) {
    // Only the cached file: making a missing subset (seconds) waits until the stand-in is known to be needed.
    bytes = readWholeFile(subsetPath(standIn)).catch(() => undefined);
    prefetched.set(standIn.id, bytes);
  }
  return bytes;
}

/** The stand-in's GB 2312 subset, or its whole font when the document needs a character outside it. */
async function standInFont(role: FontRole, characters: Iterable<number>): Promise<ResolvedFont> {
  const standIn = STAND_INS[role];
  const subset = await load(`stand-in:${standIn.id}`, async () => (await prefetchStandIn(role)) ?? standInSubsetBytes(standIn));
  const missing = [...characters].filter((cp) => cp > 0x20 && !subset.font.hasGlyphForCodePoint(cp));
  if (!missing.length) return planned(standIn.id, standIn.display, subset);
  const full = await load(`stand-in-full:${standIn.id}`, async () => withEmBoxMetrics(await fullStandInBytes(standIn)));
  return planned(`${standIn.id}-full`, standIn.display, full);
}

/**
 * Starts the slow I/O that resolving `roles` will need, without waiting for it: the listing of installed
 * fonts (fc-list, or its answer kept from an earlier run) and the stand-in files of roles no configured font covers — read ahead on the
 * likely chance that no licensed font is installed (wasted reads otherwise, no harm).
 */
export function prefetchFonts(roles: readonly FontRole[], theme: Theme, config: ProjectConfig): void {
  const fonts = config.fonts ?? {};
  const unconfigured = roles.filter((role) => ![...candidateNames(role, theme.fonts[role]), role].some((n) => fonts[n]));
  if (!unconfigured.length) return;
  void systemFonts();
  for (const role of unconfigured) if (!loaded.has(`stand-in:${STAND_INS[role].id}`)) void prefetchStandIn(role);
}

/**
 * Resolves the fonts of `roles`. `characters` lists, per role, the characters printed in it (so a rare
 * character outside the GB 2312 subset switches that role to the stand-in's whole font).
 */
export async function resolveFonts(
  roles: Iterable<FontRole>,
  characters: Partial<Record<FontRole, Iterable<number>>>,
  theme: Theme,
  config: ProjectConfig,
  notice: (message: string) => void,
): Promise<Partial<Record<FontRole, ResolvedFont>>> {
  const out: Partial<Record<FontRole, ResolvedFont>> = {};
  const substituted: FontRole[] = [];
  const wantedRoles = [...new Set(roles)];
  // The slow I/O starts before the first await, so it runs while the caller goes on (pdf-output.ts loads
  // pdfmake meanwhile).
  prefetchFonts(wantedRoles, theme, config);
  await Promise.all(
    wantedRoles.map(async (role) => {
      const names = candidateNames(role, theme.fonts[role]);
      const font = (await configuredFont(role, names, config)) ?? (await installedFont(names));
      if (font) {
        out[role] = font;
        return;
      }
      out[role] = await standInFont(role, characters[role] ?? []);
      substituted.push(role);
    }),
  );
  // Unused read-aheads (a licensed font was found) are not kept for the rest of a batch.
  prefetched.clear();
  // Notices in a fixed order, once per font name and process.
  for (const role of wantedRoles.filter((r) => substituted.includes(r))) {
    const wanted = theme.fonts[role];
    if (noticed.has(wanted)) continue;
    noticed.add(wanted);
    notice(`字体：未找到“${wanted}”，以 ${out[role]!.name} 代替（排版尺寸不变）`);
  }
  return out;
}
