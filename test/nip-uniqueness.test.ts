/**
 * An NIP is unique nationally, but a distributed table holds unique indexes per agency only
 * (ADR 0023 tahap 2): the database keeps (agency, NIP) unique, and the civil-servant import keeps
 * the NIP unique across agencies when it writes (one national lock, an NIP another agency holds
 * is skipped), also when the check before the write did not see it yet.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseConnection, Db } from '../src/db/client';
import { queryRows } from '../src/db/client';
import { ImportStaging } from '../src/db/repositories/import-staging-repository';
import {
  applyStagedCivilServants,
  civilServantStagingColumns,
} from '../src/db/repositories/talent-import-repository';
import { agencies, users } from '../src/db/schema';
import { testTarget } from './support/database-url';
import { openTestDatabase } from './support/test-database';

let database: Database;
let cityId: string;
let regencyId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const id = async (code: string) =>
    (await database.db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)))[0]!.id;
  cityId = await id('KOTA-CONTOH');
  regencyId = await id('KAB-CONTOH');
});
afterAll(async () => database?.close());

/** Stages civil servants (NIP, name) on `connection` as the import does, ready to apply. */
async function stage(connection: DatabaseConnection, people: [nip: string, name: string][]) {
  const staging = new ImportStaging(connection, randomUUID(), civilServantStagingColumns);
  await staging.create();
  await staging.load(
    people.map(([nip, name], i) => [
      i + 2,
      nip,
      true,
      name,
      '1990-01-01',
      '2015-01-01',
      'male',
      null,
      null,
      null,
      null,
      null,
      null,
    ]),
  );
  await staging.analyze();
  return staging;
}

const holders = (db: Db, nip: string) =>
  queryRows<{ agency_id: string; name: string }>(
    db,
    sql`select agency_id, name from civil_servants where nip = ${nip} order by name`,
  );

async function insertPerson(agencyId: string, nip: string, name: string) {
  await database.db.execute(sql`
    insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex)
    values (${agencyId}, ${nip}, ${name}, '1990-01-01', '2015-01-01', 'male')`);
}

describe('NIP across agencies', () => {
  it("skips an NIP another agency holds when writing, and writes the agency's own", async () => {
    await insertPerson(regencyId, '199001012015011101', 'Pegawai Kabupaten');
    const connection = await database.connect();
    try {
      const staging = await stage(connection, [
        ['199001012015011101', 'Bukan Pegawai Kota'],
        ['199001012015011102', 'Pegawai Kota Baru'],
      ]);
      const first = await connection.db.transaction((tx) => applyStagedCivilServants(tx, staging, cityId, 1));
      expect(first).toEqual({ created: 1, written: 1 });
      const again = await connection.db.transaction((tx) => applyStagedCivilServants(tx, staging, cityId, 1));
      expect(again).toEqual({ created: 0, written: 1 });
    } finally {
      await connection.release();
    }
    expect(await holders(database.db, '199001012015011101')).toEqual([
      { agency_id: regencyId, name: 'Pegawai Kabupaten' },
    ]);
    expect(await holders(database.db, '199001012015011102')).toEqual([
      { agency_id: cityId, name: 'Pegawai Kota Baru' },
    ]);
  });

  it('holds (agency, NIP) unique in the database', async () => {
    await insertPerson(cityId, '199001012015011103', 'Pegawai Kota');
    await expect(insertPerson(cityId, '199001012015011103', 'Pegawai Kota Lagi')).rejects.toThrow();
    // An employee login belongs to one person of its agency.
    const [user] = await database.db
      .insert(users)
      .values({
        username: `nip-${Date.now()}`,
        fullName: 'P',
        passwordHash: 'x',
        role: 'employee',
        agencyId: cityId,
      })
      .returning({ id: users.id });
    await database.db.execute(
      sql`update civil_servants set user_id = ${user!.id} where nip = '199001012015011103'`,
    );
    await expect(
      database.db.execute(
        sql`update civil_servants set user_id = ${user!.id} where nip = '199001012015011102'`,
      ),
    ).rejects.toThrow();
  });

  // Two connections at once: PostgreSQL only (PGlite has one connection).
  it.runIf(testTarget() === 'postgres')(
    'lets the second of two agencies writing one new NIP at once skip it',
    async () => {
      const nip = '199001012015011104';
      const first = await database.connect();
      const second = await database.connect();
      try {
        const cityStaging = await stage(first, [[nip, 'Pegawai Kota Serentak']]);
        const regencyStaging = await stage(second, [[nip, 'Pegawai Kabupaten Serentak']]);
        let commitCity!: () => void;
        const cityMayCommit = new Promise<void>((resolve) => {
          commitCity = resolve;
        });
        let cityWrote!: () => void;
        const cityHasWritten = new Promise<void>((resolve) => {
          cityWrote = resolve;
        });
        const city = first.db.transaction(async (tx) => {
          const counts = await applyStagedCivilServants(tx, cityStaging, cityId, 10);
          cityWrote();
          await cityMayCommit;
          return counts;
        });
        await cityHasWritten;
        // The city's transaction holds the lock and has not committed: the regency's write waits
        // for it (seen in pg_locks before the city commits), then sees the city's row.
        let regencyDone = false;
        const regency = second.db
          .transaction((tx) => applyStagedCivilServants(tx, regencyStaging, regencyId, 10))
          .finally(() => {
            regencyDone = true;
          });
        const waiting = async () =>
          (
            await queryRows<{ n: number }>(
              database.db,
              sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`,
            )
          )[0]!.n > 0;
        while (!(await waiting())) {
          expect(regencyDone, 'the regency wrote while the city had not committed').toBe(false);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        commitCity();
        expect(await city).toEqual({ created: 1, written: 1 });
        expect(await regency).toEqual({ created: 0, written: 0 });
      } finally {
        await first.release();
        await second.release();
      }
      expect(await holders(database.db, nip)).toEqual([{ agency_id: cityId, name: 'Pegawai Kota Serentak' }]);
    },
  );
});
