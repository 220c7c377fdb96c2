/**
 * reference-self-genre — a reference to the document itself names the document's own genre:
 * 本办法第十条 in a 办法, 本条例第五条 in a 条例, 本法 in a 法 (also 民法典), 本细则 in a 实施细则.
 * When the genre is unknown, all self-references must at least agree with each other.
 *
 * Norm: standards.md §2.5 (本法/本条例/本办法/本规定), §7 XREF-SELF; 规章制定程序条例 第七条 (genre of a 规章).
 *
 * ok:  ××市停车管理办法 … 违反本办法第十条
 * nok: ××市停车管理办法 … 违反本条例第十条 → 自引用应写作“本办法”，实为“本条例”
 */
import type { Rule } from '../rule.js';

/** Self-reference words a genre accepts. */
export function selfWordsFor(genre: string): string[] {
  const map: Record<string, string[]> = {
    法典: ['法'],
    法: ['法'],
    实施细则: ['细则', '实施细则'],
    实施办法: ['办法', '实施办法'],
    暂行条例: ['条例'],
    暂行规定: ['规定'],
    暂行办法: ['办法'],
    修改决定: ['决定'],
  };
  return map[genre] ?? [genre];
}

export const referenceSelfGenre: Rule = {
  meta: {
    id: 'reference-self-genre',
    description: '自引用用本文件的文种（本办法、本规定、本条例……）',
    basis: '规章制定程序条例 第七条；立法技术规范（试行）（一）',
    recommended: 'warning',
    example: '自引用应写作“本办法”，实为“本条例”',
  },
  check(context) {
    const selfRefs = context.references().references.filter((r) => r.reference.selfGenre && !r.reference.external);
    if (selfRefs.length === 0) return;
    let accepted: string[];
    if (context.genre) accepted = selfWordsFor(context.genre);
    else {
      const counts = new Map<string, number>();
      for (const r of selfRefs) counts.set(r.reference.selfGenre!, (counts.get(r.reference.selfGenre!) ?? 0) + 1);
      accepted = [[...counts].sort((a, b) => b[1] - a[1])[0][0]];
    }
    for (const r of selfRefs) {
      const word = r.reference.selfGenre!;
      if (accepted.includes(word)) continue;
      const expected = `本${accepted[0]}`;
      const start = r.reference.start;
      context.report(`自引用应写作“${expected}”，实为“本${word}”`, { start, end: start + word.length + 1 }, { actual: `本${word}`, expected });
    }
  },
};
