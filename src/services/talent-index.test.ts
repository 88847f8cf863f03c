import { describe, expect, it } from 'vitest';
import { type KindSums, matchPercent } from '../domain/job-person-match';
import type { CompetencyWeights } from '../domain/job-standard-policy';
import type { CompetencyKind } from '../domain/reference';
import { rankByRequirements } from './talent-index';

const kinds: CompetencyKind[] = ['socioCultural', 'managerial', 'technical'];

/** A seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `people` × `width` levels (whole and half levels, many gaps), so ties in percent and met are common. */
function indexOf(people: number, width: number, next: () => number) {
  const columns = new Map<string, number>();
  for (let c = 0; c < width; c++) columns.set(`d:${c}`, c);
  const levels = new Float64Array(people * width).fill(Number.NaN);
  for (let i = 0; i < levels.length; i++) if (next() < 0.4) levels[i] = 1 + Math.floor(next() * 9) / 2;
  const servants = Array.from({ length: people }, (_, s) => `p${s}`);
  return { revision: '1', columns, servants, levels };
}

/** Everyone scored with `matchPercent`, a stable sort by percent then met, the first `limit`. */
function rankEveryone(
  index: ReturnType<typeof indexOf>,
  requirements: { key: string; requiredLevel: number; kind: CompetencyKind }[],
  limit: number,
  weights: CompetencyWeights | null,
) {
  const width = index.columns.size;
  const scored: { civilServantId: string; percent: number; met: number; assessed: number }[] = [];
  index.servants.forEach((id, s) => {
    const met = [0, 0, 0];
    let assessed = 0;
    for (const r of requirements) {
      const column = index.columns.get(r.key);
      if (column === undefined) continue;
      const level = index.levels[s * width + column]!;
      if (Number.isNaN(level)) continue;
      met[kinds.indexOf(r.kind)]! += Math.min(level, r.requiredLevel);
      assessed++;
    }
    if (assessed === 0) return;
    const sums: Partial<Record<CompetencyKind, KindSums>> = {};
    let total = 0;
    kinds.forEach((kind, k) => {
      const required = requirements.filter((r) => r.kind === kind).reduce((n, r) => n + r.requiredLevel, 0);
      sums[kind] = { met: met[k]!, required };
      total += met[k]!;
    });
    scored.push({ civilServantId: id, percent: matchPercent(sums, weights).percent, met: total, assessed });
  });
  scored.sort((a, b) => b.percent - a.percent || b.met - a.met);
  return scored.slice(0, limit);
}

describe('rankByRequirements', () => {
  const weights: CompetencyWeights = { socioCultural: 20, managerial: 30, technical: 50 };
  for (const [seed, people, width, limit, weighted] of [
    [1, 2_000, 12, 20, false],
    [2, 2_000, 12, 50, true],
    [3, 500, 6, 1, false],
    [4, 300, 40, 300, true],
    [5, 40, 5, 100, false],
  ] as const) {
    it(`keeps the best ${limit} of ${people} as a stable sort of everyone would (seed ${seed}${weighted ? ', weighted' : ''})`, () => {
      const next = random(seed);
      const index = indexOf(people, width, next);
      // Requirements on some of the columns, one on a competency nobody has (it still counts).
      const requirements = Array.from({ length: Math.min(width, 8) }, (_, i) => ({
        key: `d:${(i * 3) % width}`,
        requiredLevel: 1 + Math.floor(next() * 5),
        kind: kinds[i % 3]!,
      }));
      requirements.push({ key: 'd:nobody', requiredLevel: 3, kind: 'technical' });
      const expected = rankEveryone(index, requirements, limit, weighted ? weights : null);
      const ranked = rankByRequirements(index, requirements, limit, weighted ? weights : null);
      expect(ranked).toEqual(expected);
      expect(ranked.length).toBe(Math.min(limit, expected.length));
      // Ties are common here, so the order among equals is part of what is compared.
      if (limit > 1) {
        const keys = expected.map((r) => `${r.percent}/${r.met}`);
        expect(new Set(keys).size).toBeLessThan(keys.length);
      }
    });
  }

  it('answers nobody for a limit of 0 or when nobody has a result', () => {
    const index = indexOf(50, 4, random(9));
    const requirements = [{ key: 'd:0', requiredLevel: 3, kind: 'managerial' as const }];
    expect(rankByRequirements(index, requirements, 0)).toEqual([]);
    expect(rankByRequirements(index, [{ key: 'd:none', requiredLevel: 3, kind: 'managerial' }], 10)).toEqual(
      [],
    );
  });
});
