/**
 * Property: for amendments generated at random on corpus texts (articles inserted, deleted and moved;
 * 款 added and deleted; 项 added and deleted; words replaced), replaying regdoc's own decision on the
 * old text gives the new text: apply(decide(a, b), a) == b, article by article and 章 by 章.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyInstrument } from '../../src/diff/apply/index.js';
import { decide, differing, parse } from './apply-support.js';
import { amend, opArb, outline, sample } from './decision-property-support.js';

const BASES: Array<[string, number, number]> = [
  // [corpus file, articles kept, runs]
  ['minhang-budingqi-feixing.1989.md', 18, 150],
  ['chongqing.xingzheng-zhifa-jiandu.2010.md', 16, 200],
  ['shandong.xingzheng-zhifa-jiandu.2014.md', 20, 150],
];

describe('apply(decide(a, b), a) == b on random amendments of corpus texts', () => {
  it.each(BASES)('holds for %s (first %i articles, %i cases)', (name, count, runs) => {
    const a = sample(name, count);
    const aTree = parse(a, 'a.md');
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 3 }), (ops) => {
        const b = amend(a, aTree, ops);
        const bTree = parse(b, 'b.md');
        const decision = decide(a, b);
        const applied = parse(applyInstrument(aTree, a, decision.markdown, 'decision.md').text, 'applied.md');
        expect(differing(applied, bTree)).toEqual([]);
        expect(outline(applied)).toEqual(outline(bTree));
      }),
      { numRuns: Number(process.env.REGDOC_PROPERTY_RUNS ?? runs), seed: Number(process.env.REGDOC_PROPERTY_SEED ?? 20260601) },
    );
  });
});
