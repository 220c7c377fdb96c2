/**
 * Names under which each role's licensed font is installed (Word/WPS users' fonts), best first.
 * The theme's own name (theme.fonts, overridable in regdoc.config.yaml) is always tried first.
 */
import type { FontRole } from '../../render/pdf/font-plan.js';

export const LICENSED_FONT_NAMES: Record<FontRole, string[]> = {
  body: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong'],
  title: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05'],
  heading: ['黑体', 'SimHei'],
  kai: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi'],
  song: ['宋体', 'SimSun'],
};

export function candidateNames(role: FontRole, themeName: string): string[] {
  return [...new Set([themeName, ...LICENSED_FONT_NAMES[role]])];
}
