/**
 * The DOCX output of `regdoc build` (GB/T 9704-2012 layout, src/render/docx). The renderer names the
 * 公文 fonts (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体) without embedding them, so there is no
 * font substitution to report: Word/WPS on the drafter's machine supplies them.
 */
import type { OutputTarget } from './output-target.js';

export const docxTarget: OutputTarget = {
  format: 'docx',
  extension: 'docx',
  async render(document, context) {
    // docx is heavy: loaded only when a DOCX is actually built.
    const { renderDocx } = await import('../../render/docx/index.js');
    return renderDocx(document.tree, { theme: context.theme, city: context.config.city });
  },
};
