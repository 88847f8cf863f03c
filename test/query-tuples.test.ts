/**
 * `queryTuples` moves a result out as one JSON text: the values must come back as the rows would
 * (floats to the last digit, text as written, nulls), in the statement's order.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows, queryTuples } from '../src/db/client';
import { openTestDatabase } from './support/test-database';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
}, 60_000);
afterAll(() => database?.close());

describe('queryTuples', () => {
  it('answers the same values as the rows, in order, with quoted column names', async () => {
    const select = sql`select g as n, (g * 0.1::float8 + 0.2::float8) as "Level Total",
        case when g % 2 = 0 then null else 'Jabatan "' || g || '" — Ñ' end as name,
        gen_random_uuid() is not null as ok
      from generate_series(1, 7) g order by g desc`;
    const rows = await queryRows<{ n: number; 'Level Total': number; name: string | null; ok: boolean }>(
      database.db,
      select,
    );
    const tuples = await queryTuples<[number, number, string | null, boolean]>(database.db, select, [
      'n',
      'Level Total',
      'name',
      'ok',
    ]);
    expect(tuples).toEqual(rows.map((r) => [r.n, r['Level Total'], r.name, r.ok]));
    expect(tuples[0]![0]).toBe(7);
    // 3 × 0.1 + 0.2 in float8 is not 0.5: the digits survive the JSON text.
    expect(tuples.find((t) => t[0] === 3)![1]).toBe(3 * 0.1 + 0.2);
    expect(tuples.find((t) => t[0] === 3)![2]).toBe('Jabatan "3" — Ñ');
  });

  it('answers no tuples for no rows', async () => {
    expect(await queryTuples(database.db, sql`select 1 as n where false`, ['n'])).toEqual([]);
  });
});
