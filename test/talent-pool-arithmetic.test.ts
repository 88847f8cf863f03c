/**
 * The 9-box of a large agency computes the JPM in SQL from stored per-kind sums; the person's match
 * and the candidate ranking compute it with the domain's `matchPercent`. The two must give the same
 * number for the same person, to the bit (a percent on a category threshold decides a box): here
 * both evaluate thousands of random sums, with whole and half levels, kinds without requirements,
 * the policy's default weights, random weights, and job levels without weights.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client';
import { pgArray, queryRows } from '../src/db/client';
import { matchPercentSql } from '../src/db/repositories/talent-pool-repository';
import { matchPercent } from '../src/domain/job-person-match';
import { defaultPolicies } from '../src/domain/job-standard-policy';
import { openTestDatabase } from './support/test-database';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  required: [number, number, number];
  met: [number, number, number];
  weights: { socioCultural: number; managerial: number; technical: number } | null;
}

function cases(count: number): Case[] {
  const next = random(20261207);
  const defaults = Object.values(defaultPolicies).flatMap((policy) =>
    Object.values(policy.competencyWeights),
  );
  expect(defaults.length).toBeGreaterThan(0);
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    // Sums of 0..8 requirements of level 1..5 per kind; met up to the requirement, in halves.
    const required = [0, 1, 2].map(() =>
      next() < 0.15 ? 0 : 1 + Math.floor(next() * 30),
    ) as Case['required'];
    const met = required.map((r) => Math.round(next() * r * 2) / 2) as Case['met'];
    const pick = next();
    const weights: Case['weights'] =
      pick < 0.2
        ? null
        : pick < 0.7
          ? defaults[Math.floor(next() * defaults.length)]!
          : {
              socioCultural: Math.round(next() * 100) / 100,
              managerial: Math.round(next() * 100) / 100,
              technical: Math.round(next() * 100) / 100,
            };
    out.push({ required, met, weights });
  }
  return out;
}

describe('the 9-box JPM in SQL', () => {
  it('equals matchPercent for 3,000 random sums', async () => {
    const all = cases(3000);
    expect(all.some((c) => c.weights === null)).toBe(true);
    const column = (pick: (c: Case, i: number) => number | string) => pgArray(all.map(pick));
    const rows = await queryRows<{ i: number; percent: number }>(
      database.db,
      sql`select o.i, ${matchPercentSql()} as percent
          from unnest(${column((_, i) => i)}::int[],
            ${column((c) => c.required[0])}::float8[], ${column((c) => c.required[1])}::float8[],
            ${column((c) => c.required[2])}::float8[], ${column((c) => c.met[0])}::float8[],
            ${column((c) => c.met[1])}::float8[], ${column((c) => c.met[2])}::float8[],
            ${column((c, i) => (c.weights ? `L${i}` : ''))}::text[])
            as o(i, required_socio_cultural, required_managerial, required_technical,
              met_socio_cultural, met_managerial, met_technical, job_level)
          left join unnest(${column((_, i) => `L${i}`)}::text[],
            ${column((c) => c.weights?.socioCultural ?? 0)}::float8[],
            ${column((c) => c.weights?.managerial ?? 0)}::float8[],
            ${column((c) => c.weights?.technical ?? 0)}::float8[]) as w(job_level, sc, m, t)
            on w.job_level = o.job_level
          order by o.i`,
    );
    expect(rows).toHaveLength(all.length);
    const mismatches = rows.filter((row) => {
      const c = all[row.i]!;
      const expected = matchPercent(
        {
          socioCultural: { met: c.met[0], required: c.required[0] },
          managerial: { met: c.met[1], required: c.required[1] },
          technical: { met: c.met[2], required: c.required[2] },
        },
        c.weights,
      ).percent;
      return Number(row.percent) !== expected;
    });
    expect(mismatches).toEqual([]);
  });
});
