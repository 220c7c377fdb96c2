/**
 * The printed form of 编/分编/章/节 headings and 目录 lines: `第一章　总　　则` — number, one ideographic
 * space, and a two-character name spaced to four characters' width (standards §2.3, S36).
 */
import type { Theme } from '../theme.js';
import type { Division } from '../../tree/types.js';

export function spacedName(name: string, theme: Theme): string {
  const characters = [...name.trim()];
  return theme.spaceTwoCharHeadings && characters.length === 2 ? characters.join('\u3000\u3000') : name.trim();
}

export function divisionLine(node: Division, theme: Theme): string {
  const name = spacedName(node.heading, theme);
  return node.num ? (name ? `${node.num}\u3000${name}` : node.num) : name;
}
