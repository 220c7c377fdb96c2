/**
 * UAX #14 line-breaking classes of the characters Chinese regulations are written with — ASCII, General
 * Punctuation, CJK Symbols and Punctuation, the CJK ideographs (Extension A and the URO) and the full-width
 * forms — exactly as linebreak 1.1.0 (the UAX #14 implementation pdfmake uses) classifies them, after its own
 * mapping (AI, SA, SG, XX → AL; CJ → NS). linebreak looks every character up in a Unicode trie that is
 * inflated from compressed data on first use (~6 ms a run); with this table, text made of these characters
 * never needs it (pdfmake-patches.ts). tests/render/line-break-classes.test.ts checks every code point of
 * these blocks against linebreak itself.
 */

// linebreak 1.1.0's class numbers (its classes.js).
const OP = 0, CL = 1, CP = 2, QU = 3, GL = 4, NS = 5, EX = 6, SY = 7, IS = 8, PR = 9, PO = 10, NU = 11, AL = 12;
const ID = 14, IN = 15, HY = 16, BA = 17, B2 = 19, ZW = 20, CM = 21, WJ = 22, ZWJ = 31, BK = 34, CR = 36, LF = 37;
const SP = 41;
/** Not in this table: linebreak's own lookup answers. */
const NONE = 255;

/** [first code point, class] of each run of equal classes, ascending; a run lasts until the next one starts. */
const RUNS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, CM], [0x0009, BA], [0x000a, LF], [0x000b, BK], [0x000d, CR], [0x000e, CM], [0x0020, SP], [0x0021, EX],
  [0x0022, QU], [0x0023, AL], [0x0024, PR], [0x0025, PO], [0x0026, AL], [0x0027, QU], [0x0028, OP], [0x0029, CP],
  [0x002a, AL], [0x002b, PR], [0x002c, IS], [0x002d, HY], [0x002e, IS], [0x002f, SY], [0x0030, NU], [0x003a, IS],
  [0x003c, AL], [0x003f, EX], [0x0040, AL], [0x005b, OP], [0x005c, PR], [0x005d, CP], [0x005e, AL], [0x007b, OP],
  [0x007c, BA], [0x007d, CL], [0x007e, AL], [0x007f, CM], [0x0080, NONE], [0x2000, BA], [0x2007, GL], [0x2008, BA],
  [0x200b, ZW], [0x200c, CM], [0x200d, ZWJ], [0x200e, CM], [0x2010, BA], [0x2011, GL], [0x2012, BA], [0x2014, B2],
  [0x2015, AL], [0x2018, QU], [0x201a, OP], [0x201b, QU], [0x201e, OP], [0x201f, QU], [0x2020, AL], [0x2024, IN],
  [0x2027, BA], [0x2028, BK], [0x202a, CM], [0x202f, GL], [0x2030, PO], [0x2038, AL], [0x2039, QU], [0x203b, AL],
  [0x203c, NS], [0x203e, AL], [0x2044, IS], [0x2045, OP], [0x2046, CL], [0x2047, NS], [0x204a, AL], [0x2056, BA],
  [0x2057, AL], [0x2058, BA], [0x205c, AL], [0x205d, BA], [0x2060, WJ], [0x2061, AL], [0x2066, CM], [0x2070, NONE],
  [0x3000, BA], [0x3001, CL], [0x3003, ID], [0x3005, NS], [0x3006, ID], [0x3008, OP], [0x3009, CL], [0x300a, OP],
  [0x300b, CL], [0x300c, OP], [0x300d, CL], [0x300e, OP], [0x300f, CL], [0x3010, OP], [0x3011, CL], [0x3012, ID],
  [0x3014, OP], [0x3015, CL], [0x3016, OP], [0x3017, CL], [0x3018, OP], [0x3019, CL], [0x301a, OP], [0x301b, CL],
  [0x301c, NS], [0x301d, OP], [0x301e, CL], [0x3020, ID], [0x302a, CM], [0x3030, ID], [0x3035, CM], [0x3036, ID],
  [0x303b, NS], [0x303d, ID], [0x3040, NONE], [0x3400, ID], [0x4dc0, NONE], [0x4e00, ID], [0xa000, NONE], [0xff00, AL],
  [0xff01, EX], [0xff02, ID], [0xff04, PR], [0xff05, PO], [0xff06, ID], [0xff08, OP], [0xff09, CL], [0xff0a, ID],
  [0xff0c, CL], [0xff0d, ID], [0xff0e, CL], [0xff0f, ID], [0xff1a, NS], [0xff1c, ID], [0xff1f, EX], [0xff20, ID],
  [0xff3b, OP], [0xff3c, ID], [0xff3d, CL], [0xff3e, ID], [0xff5b, OP], [0xff5c, ID], [0xff5d, CL], [0xff5e, ID],
  [0xff5f, OP], [0xff60, CL], [0xff62, OP], [0xff63, CL], [0xff65, NS], [0xff66, ID], [0xff67, NS], [0xff71, ID],
  [0xff9e, NS], [0xffa0, ID], [0xffdd, AL], [0xffe0, PO], [0xffe1, PR], [0xffe2, ID], [0xffe5, PR], [0xffe7, AL],
  [0xfff0, NONE],
];

let table: Uint8Array | undefined;

/** The class of a BMP code unit if it lies in the table's blocks, else undefined. */
export function commonLineBreakClass(code: number): number | undefined {
  if (!table) {
    table = new Uint8Array(0x10000).fill(NONE);
    RUNS.forEach(([start, lineBreakClass], index) => table!.fill(lineBreakClass, start, RUNS[index + 1]?.[0] ?? 0x10000));
  }
  const lineBreakClass = table[code];
  return lineBreakClass === NONE ? undefined : lineBreakClass;
}
