/**
 * Reads the layout of a PDF with poppler (`pdftotext -bbox`), independent of how the PDF was made,
 * so that tests can check the GB/T 9704 grid (22 lines × 28 characters, margins, page numbers)
 * on regdoc's PDF and on LibreOffice's rendering of regdoc's DOCX alike.
 * Method from ../shared/spec/rendering-notes.md, appendix.
 */
import { execFileSync } from 'node:child_process';

export const MM = 72 / 25.4;

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLine {
  /** Vertical centre of the line, in pt from the top of the page. */
  y: number;
  xMin: number;
  xMax: number;
  /** Words joined without spaces (CJK text has none). */
  text: string;
  words: PdfWord[];
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  /** Lines whose centre lies inside the type area (between the top and bottom margins). */
  body: PdfLine[];
  /** Lines below the type area (page numbers). */
  footer: PdfLine[];
  /** Lines above the type area. */
  header: PdfLine[];
}

export interface LayoutOptions {
  topMarginMm?: number;
  bottomMarginMm?: number;
  /** Words whose centres differ by less than this belong to one line. */
  lineTolerancePt?: number;
}

const decodeEntities = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

/** Parses the XHTML that `pdftotext -bbox` prints. */
export function parseBboxHtml(html: string): Array<{ width: number; height: number; words: PdfWord[] }> {
  const pages: Array<{ width: number; height: number; words: PdfWord[] }> = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g;
  for (const page of html.matchAll(pageRe)) {
    const words = [...page[3].matchAll(wordRe)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decodeEntities(m[5]),
    }));
    pages.push({ width: Number(page[1]), height: Number(page[2]), words });
  }
  return pages;
}

/** Groups words into lines by vertical centre. */
export function groupLines(words: PdfWord[], tolerance = 3): PdfLine[] {
  const sorted = [...words].sort((a, b) => (a.yMin + a.yMax) / 2 - (b.yMin + b.yMax) / 2 || a.xMin - b.xMin);
  const lines: PdfLine[] = [];
  for (const word of sorted) {
    const centre = (word.yMin + word.yMax) / 2;
    const line = lines.find((l) => Math.abs(l.y - centre) < tolerance);
    if (line) line.words.push(word);
    else lines.push({ y: centre, xMin: 0, xMax: 0, text: '', words: [word] });
  }
  for (const line of lines) {
    line.words.sort((a, b) => a.xMin - b.xMin);
    line.xMin = Math.min(...line.words.map((w) => w.xMin));
    line.xMax = Math.max(...line.words.map((w) => w.xMax));
    line.text = line.words.map((w) => w.text).join('');
  }
  return lines.sort((a, b) => a.y - b.y);
}

export function analysePdfLayout(pdfPath: string, options: LayoutOptions = {}): PdfPage[] {
  const { topMarginMm = 37, bottomMarginMm = 35, lineTolerancePt = 3 } = options;
  const html = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return parseBboxHtml(html).map((page, index) => {
    const top = topMarginMm * MM;
    const bottom = page.height - bottomMarginMm * MM;
    const lines = groupLines(page.words, lineTolerancePt);
    return {
      number: index + 1,
      width: page.width,
      height: page.height,
      header: lines.filter((l) => l.y < top),
      body: lines.filter((l) => l.y >= top && l.y <= bottom),
      footer: lines.filter((l) => l.y > bottom),
    };
  });
}

/** Median distance between consecutive line centres of a page's body. */
export function linePitch(page: PdfPage): number {
  const gaps = page.body.slice(1).map((line, i) => line.y - page.body[i].y);
  gaps.sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : NaN;
}

/** Counts characters as a reader sees them (code points, whitespace excluded). */
export const visibleLength = (text: string): number => [...text.replace(/\s/g, '')].length;

/** Characters no line may start with / end with (禁则, rendering-notes appendix). */
export const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】〕”’…%']);
export const NO_LINE_END = new Set([...'（「『《〈【〔“‘']);

export function lineBreakViolations(pages: PdfPage[]): Array<{ page: number; line: string; why: string }> {
  const violations: Array<{ page: number; line: string; why: string }> = [];
  for (const page of pages) {
    for (const line of page.body) {
      const chars = [...line.text.replace(/\s/g, '')];
      if (chars.length === 0) continue;
      if (NO_LINE_START.has(chars[0])) violations.push({ page: page.number, line: line.text, why: `行首“${chars[0]}”` });
      if (NO_LINE_END.has(chars[chars.length - 1])) {
        violations.push({ page: page.number, line: line.text, why: `行尾“${chars[chars.length - 1]}”` });
      }
    }
  }
  return violations;
}

/** Whole text of the body lines, whitespace removed, for fidelity checks against the source. */
export function bodyText(pages: PdfPage[]): string {
  return pages.flatMap((p) => p.body.map((l) => l.text)).join('').replace(/\s/g, '');
}
