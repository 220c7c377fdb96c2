/**
 * Layout of a contract signature block shared by the DOCX and PDF renderers (standards §5.3): parties
 * side by side, two to a row, equal width; a line that would wrap inside its column breaks after its
 * label colon instead (“法定代表人或其委托代理人（签字）：” / “__________”), so a label is never split.
 */
import type { Signatures } from '../tree/types.js';

export const PARTIES_PER_ROW = 2;

export interface SignatureColumn {
  /** The role line (甲方（盖章）：名称), fitted like the others. */
  role: string[];
  lines: string[];
}

/** Width of text in 字 (full-width characters 1, ASCII 0.5). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 && char !== '　' && char !== '□' && char !== '☑' ? 0.5 : 1;
  return width;
}

/** Breaks `label：value` after the colon when the whole line is wider than the column. */
export function fitLine(line: string, columnChars: number): string[] {
  if (textWidth(line) <= columnChars) return [line];
  const colon = line.indexOf('：');
  if (colon < 0 || colon === line.length - 1) return [line];
  return [line.slice(0, colon + 1), line.slice(colon + 1)];
}

/** Breaks line `text` after its colon when `broken`, whatever its own width. */
function breakIf(text: string, broken: boolean): string[] {
  const colon = text.indexOf('：');
  return broken && colon >= 0 && colon < text.length - 1 ? [text.slice(0, colon + 1), text.slice(colon + 1)] : [text];
}

/**
 * Rows of at most two parties, each column with its lines already fitted. Within a row, a line is
 * broken in every column when it must be broken in one, so the columns stay aligned line by line.
 */
export function signatureRows(node: Signatures, columnChars: number): SignatureColumn[][] {
  const rows: SignatureColumn[][] = [];
  for (let i = 0; i < node.parties.length; i += PARTIES_PER_ROW) {
    const parties = node.parties.slice(i, i + PARTIES_PER_ROW);
    const tooWide = (text: string | undefined) => text !== undefined && fitLine(text, columnChars).length > 1;
    const breakRole = parties.some((p) => tooWide(p.role));
    const lineCount = Math.max(...parties.map((p) => p.lines.length));
    const breakLine = Array.from({ length: lineCount }, (_, n) => parties.some((p) => tooWide(p.lines[n])));
    rows.push(
      parties.map((party) => ({
        role: breakIf(party.role, breakRole),
        lines: party.lines.flatMap((line, n) => breakIf(line, breakLine[n])),
      })),
    );
  }
  return rows;
}
