/**
 * Reads a source file as UTF-8 text, refusing what regdoc cannot read with a located Chinese
 * message: missing files, folders, binary files, and text in another encoding (GBK from old Word exports).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { RegdocError } from './regdoc-error.js';

// Read synchronously: a source is small, and the thread pool may be busy with the megabytes of fonts read
// ahead (resolve-fonts.ts), behind which each step of an asynchronous read would wait its turn.
export async function readSourceText(path: string): Promise<string> {
  let info: Stats;
  try {
    info = statSync(path);
  } catch {
    throw new RegdocError(`找不到文件“${path}”。`, 'file-not-found', { path });
  }
  if (info.isDirectory()) {
    throw new RegdocError(`“${path}”是文件夹，不是文件。`, 'file-is-directory', { path });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new RegdocError(`无法读取文件“${path}”（权限不足或被占用）。`, 'file-unreadable', { path });
  }
  return decodeUtf8(bytes, path);
}

/** Decodes UTF-8 (a BOM is dropped); binary or non-UTF-8 input is refused with its first bad line. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) {
    throw new RegdocError(`“${path}”是二进制文件（如 Word、PDF 或图片），不是 Markdown 文本。`, 'file-binary', { path });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new RegdocError(
      `“${path}”不是 UTF-8 编码（可能是 GBK）。请在编辑器中另存为 UTF-8 后重试。`,
      'file-not-utf8',
      { path, line, column: 1 },
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
