/**
 * The apply of an assessment import writes sessions, scores and current levels with their foreign
 * keys checked once for the whole set (`bulk-write.ts`) instead of row by row: what the per-row
 * checks guaranteed must still hold.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseConnection } from '../src/db/client';
import { queryRows } from '../src/db/client';
import { ImportStaging, type StagedValue } from '../src/db/repositories/import-staging-repository';
import {
  applyStagedAssessments,
  assessmentStagingColumns,
  assessmentStagingIndexes,
} from '../src/db/repositories/talent-import-repository';
import { agencies, users } from '../src/db/schema';
import { openTestDatabase } from './support/test-database';

let database: Database;
let agencyId: string;
let userId: string;
let competency: { dictionary_id: string; code: string; kind: string };

beforeAll(async () => {
  database = await openTestDatabase();
  agencyId = (
    await database.db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'KOTA-CONTOH'))
  )[0]!.id;
  userId = (await database.db.select({ id: users.id }).from(users).limit(1))[0]!.id;
  const [found] = await queryRows<{ dictionary_id: string; code: string; kind: string }>(
    database.db,
    sql`select d.id as dictionary_id, c.code, c.kind from competencies c
        join dictionary_versions v on v.id = c.dictionary_version_id and v.status = 'ratified'
        join competency_dictionaries d on d.id = v.dictionary_id
        where d.agency_id is null order by d.code, c.code limit 1`,
  );
  competency = found!;
});
afterAll(async () => database?.close());

async function insertPerson(nip: string) {
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex)
        values (${agencyId}, ${nip}, ${`Pegawai ${nip}`}, '1990-01-01', '2015-01-01', 'female') returning id`,
  );
  return row!.id;
}

/** Stages one result per NIP (a session each), as the import's row check stages it. */
async function stage(connection: DatabaseConnection, nips: string[]) {
  const staging = new ImportStaging(
    connection,
    randomUUID(),
    assessmentStagingColumns,
    assessmentStagingIndexes,
  );
  await staging.create();
  const rows: StagedValue[][] = nips.map((nip, i) => [
    i + 2,
    nip,
    true,
    competency.dictionary_id,
    competency.code,
    competency.kind,
    3.5,
    '2026-06-01',
    'Tim Asesor',
    'UPT Penilaian',
    randomUUID(),
  ]);
  await staging.load(rows);
  await staging.analyze();
  return staging;
}

const resultsOf = (ids: string[]) =>
  queryRows<{ sessions: number; scores: number; levels: number }>(
    database.db,
    sql`select
          (select count(*)::int from assessments where civil_servant_id = any(${`{${ids.join(',')}}`}::uuid[])) as sessions,
          (select count(*)::int from assessment_scores s join assessments a on a.id = s.assessment_id
            where a.civil_servant_id = any(${`{${ids.join(',')}}`}::uuid[])) as scores,
          (select count(*)::int from current_competency_levels where civil_servant_id = any(${`{${ids.join(',')}}`}::uuid[])) as levels`,
  );

describe('assessment import apply', () => {
  it('writes every session, score and current level, and checks row by row again afterwards', async () => {
    const ids = [await insertPerson('199001012015012001'), await insertPerson('199001012015012002')];
    const connection = await database.connect();
    try {
      const staging = await stage(connection, ['199001012015012001', '199001012015012002']);
      const setting = await connection.db.transaction(async (tx) => {
        const { sessions } = await applyStagedAssessments(tx, staging, { agencyId, userId }, 1);
        expect(sessions).toBe(2);
        const [row] = await queryRows<{ role: string }>(
          tx,
          sql`select current_setting('session_replication_role') as role`,
        );
        return row!.role;
      });
      await staging.drop();
      // The audit entry and the job written after the apply in the same transaction are checked.
      expect(setting).toBe('origin');
    } finally {
      await connection.release();
    }
    expect(await resultsOf(ids)).toEqual([{ sessions: 2, scores: 2, levels: 2 }]);
    const [orphans] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from assessment_scores s
          where not exists (select 1 from assessments a where a.id = s.assessment_id and a.agency_id = s.agency_id)`,
    );
    expect(orphans!.n).toBe(0);
  });

  it('fails, writing nothing, when a staged NIP is no longer one of the agency people', async () => {
    const kept = await insertPerson('199001012015012003');
    const connection = await database.connect();
    try {
      // The second NIP passed the checks, then its person was removed before the apply.
      const staging = await stage(connection, ['199001012015012003', '199001012015012004']);
      await expect(
        connection.db.transaction((tx) => applyStagedAssessments(tx, staging, { agencyId, userId }, 1)),
      ).rejects.toMatchObject({ code: 'IMPORT_DATA_STALE' });
      await staging.drop();
    } finally {
      await connection.release();
    }
    expect(await resultsOf([kept])).toEqual([{ sessions: 0, scores: 0, levels: 0 }]);
    const [orphans] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from assessment_scores s
          where not exists (select 1 from assessments a where a.id = s.assessment_id and a.agency_id = s.agency_id)`,
    );
    expect(orphans!.n).toBe(0);
  });
});
