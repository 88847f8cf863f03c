/**
 * The set-based steps of the civil-servant and assessment imports over their staged rows
 * (`ImportStaging`): the checks that need the database or the whole file, and the writes, each
 * over one `seq` range of the staged rows so that no statement runs long.
 */
import { type SQL, sql } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import { type Db, queryRows } from '../client';
import { withSetBasedForeignKeyChecks } from './bulk-write';
import type { ImportStaging } from './import-staging-repository';
import { refreshOwnPositionMatches, refreshOwnRequiredLevels } from './talent-repository';

/** Key of the advisory lock that keeps an NIP unique across agencies while civil servants are written. */
const civilServantNipLock = 7_023_001;

/** The staged civil servants (besides `seq`, `row`): `ok` when the row had no problem. */
export const civilServantStagingColumns = [
  { name: 'nip', type: 'text' },
  { name: 'ok', type: 'boolean' },
  { name: 'name', type: 'text' },
  { name: 'birth_date', type: 'text' },
  { name: 'service_start', type: 'text' },
  { name: 'sex', type: 'text' },
  { name: 'rank_grade', type: 'text' },
  { name: 'education_level', type: 'text' },
  { name: 'field_of_study', type: 'text' },
  { name: 'position_id', type: 'uuid' },
  { name: 'performance', type: 'text' },
  { name: 'performance_rating', type: 'text' },
] as const;

/** Indexes of the staged civil servants besides `seq`: an NIP's first row (`checkStagedCivilServants`). */
export const civilServantStagingIndexes = [['nip', 'row']] as const;

/**
 * An NIP twice in the file (phase 1), an NIP of another agency (phase 2): range by range of the
 * staged rows (`pacedChunks`), each row looked up by index, so no statement runs over the whole file.
 */
export async function checkStagedCivilServants(
  db: Db,
  staging: ImportStaging,
  agencyId: string,
  chunkRows: number,
) {
  const rows = staging.rowsTable;
  const problems = staging.problemsTable;
  await staging.pacedChunks(chunkRows, async (from, to) => {
    await db.execute(sql`
      insert into ${problems} (row, phase, ord, column_name, code, message)
      select r.row, 1, 0, 'NIP', 'DUPLICATE_NIP', 'NIP sudah muncul pada baris ' || f.first_row || '.'
      from ${rows} r cross join lateral (select min(o.row) as first_row from ${rows} o where o.nip = r.nip) f
      where r.seq between ${from} and ${to} and f.first_row < r.row`);
    await db.execute(sql`
      insert into ${problems} (row, phase, ord, column_name, code, message)
      select r.row, 2, 0, 'NIP', 'NIP_OF_ANOTHER_AGENCY', 'NIP ini terdaftar pada instansi lain.'
      from ${rows} r join civil_servants cs on cs.nip = r.nip
      where r.seq between ${from} and ${to} and cs.agency_id <> ${agencyId}`);
  });
}

/**
 * Creates or updates the staged civil servants of `agencyId` (an NIP already there is updated),
 * chunk by chunk; then what the own position requires is refreshed for those whose position
 * changed. Answers how many were created and written.
 *
 * An NIP is unique nationally, but the database holds it unique per agency only (a distributed
 * table cannot hold a national unique index, ADR 0023 tahap 2). So the writes of civil servants
 * take one national lock until the transaction ends, and skip an NIP another agency holds by
 * then (the check before warned of every one it saw; one added meanwhile is skipped, as before).
 */
export async function applyStagedCivilServants(
  tx: Db,
  staging: ImportStaging,
  agencyId: string,
  chunkRows: number,
): Promise<{ created: number; written: number }> {
  const rows = staging.rowsTable;
  const moved = sql.raw(`${staging.rows}_moved`);
  await tx.execute(sql`create temporary table ${moved} (id uuid not null) on commit drop`);
  let created = 0;
  let written = 0;
  await tx.execute(sql`select pg_advisory_xact_lock(${civilServantNipLock})`);
  await staging.pacedChunks(chunkRows, async (from, to) => {
    await tx.execute(sql`
      insert into ${moved}
      select cs.id from ${rows} r join civil_servants cs on cs.nip = r.nip
      where r.seq between ${from} and ${to} and cs.agency_id = ${agencyId}
        and cs.position_id is distinct from r.position_id`);
    const [counts] = await queryRows<{ created: number; written: number }>(
      tx,
      sql`with up as (
            insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex, rank_grade,
              education_level, field_of_study, position_id, performance, performance_rating)
            select ${agencyId}, nip, name, birth_date, service_start, sex, rank_grade, education_level,
              field_of_study, position_id, performance, performance_rating
            from ${rows} r where seq between ${from} and ${to}
              and not exists (select 1 from civil_servants o where o.nip = r.nip and o.agency_id <> ${agencyId})
            on conflict (agency_id, nip) do update set
              name = excluded.name, rank_grade = excluded.rank_grade, education_level = excluded.education_level,
              field_of_study = excluded.field_of_study, position_id = excluded.position_id,
              performance = excluded.performance, performance_rating = excluded.performance_rating,
              updated_at = now()
            returning (xmax = 0) as inserted)
          select count(*) filter (where inserted)::int as created, count(*)::int as written from up`,
    );
    created += counts?.created ?? 0;
    written += counts?.written ?? 0;
  });
  await refreshOwnRequiredLevels(tx, sql`cs.id in (select id from ${moved})`);
  return { created, written };
}

/** The staged assessment results (besides `seq`, `row`): `ok` when the row had no problem. */
/** Made before the rows are loaded (`ImportStaging`): the apply reads each person's rows by NIP. */
export const assessmentStagingIndexes = [['nip']] as const;

export const assessmentStagingColumns = [
  { name: 'nip', type: 'text' },
  { name: 'ok', type: 'boolean' },
  { name: 'dictionary_id', type: 'uuid' },
  { name: 'code', type: 'text' },
  { name: 'kind', type: 'text' },
  { name: 'level', type: 'float8' },
  { name: 'assessed_on', type: 'text' },
  { name: 'assessor', type: 'text' },
  { name: 'institution', type: 'text' },
  { name: 'session_id', type: 'uuid' },
] as const;

/** An NIP not of the agency's people (phase 1); a result twice for one NIP, competency and date (phase 2). */
export async function checkStagedAssessments(db: Db, staging: ImportStaging, agencyId: string) {
  const rows = staging.rowsTable;
  const problems = staging.problemsTable;
  await db.execute(sql`
    insert into ${problems} (row, phase, ord, column_name, code, message)
    select r.row, 1, 0, 'NIP',
      case when cs.id is null then 'UNKNOWN_NIP' else 'NIP_OF_ANOTHER_AGENCY' end,
      case when cs.id is null then 'NIP ' || r.nip || ' belum terdaftar sebagai pegawai instansi ini.'
           else 'NIP ini pegawai instansi lain.' end
    from ${rows} r left join civil_servants cs on cs.nip = r.nip
    where cs.id is null or cs.agency_id <> ${agencyId}`);
  await db.execute(sql`
    with twice as (
      select nip, dictionary_id, code, assessed_on, min(row) as first_row from ${rows}
      where ok group by nip, dictionary_id, code, assessed_on having count(*) > 1)
    insert into ${problems} (row, phase, ord, column_name, code, message)
    select r.row, 2, 0, 'Kode Kompetensi', 'DUPLICATE_RESULT',
      'Hasil yang sama (NIP, kompetensi, tanggal) sudah ada pada baris ' || t.first_row || '.'
    from ${rows} r join twice t using (nip, dictionary_id, code, assessed_on)
    where r.ok and r.row > t.first_row
      and exists (select 1 from civil_servants cs where cs.nip = r.nip and cs.agency_id = ${agencyId})`);
}

/**
 * The people the staged rows name, in a temporary table of the apply's transaction: `n` numbers
 * them in id order, `rows` counts their staged rows. The apply writes person by person in ranges
 * of `n`, so each person's sessions, scores and current levels are written by one statement, next
 * to each other in the indexes (the file may list results by competency, every person in every
 * chunk), and the agency's people are not joined again for every chunk.
 *
 * They are what the foreign keys of the written rows refer to, besides the sessions themselves:
 * they and the agency are locked as the per-row checks would lock them (`bulk-write.ts`). Every
 * staged NIP must name one of the agency's people (the checks before said so; one removed since
 * fails the import here, as a row's check would have).
 */
const peopleTable = (staging: ImportStaging) => sql.raw(`${staging.rows}_people`);

async function stageAssessedPeople(tx: Db, staging: ImportStaging, agencyId: string) {
  const rows = staging.rowsTable;
  const people = peopleTable(staging);
  await tx.execute(sql`select id from agencies where id = ${agencyId} for key share`);
  await tx.execute(sql`
    create temporary table ${people} on commit drop as
    select row_number() over (order by cs.id)::int as n, cs.id, s.nip, cs.position_id, s.rows
    from (select nip, count(*)::int as rows from ${rows} group by nip) s
    left join civil_servants cs on cs.nip = s.nip and cs.agency_id = ${agencyId}`);
  const [counts] = await queryRows<{ named: number; locked: number }>(
    tx,
    sql`select (select count(*) from ${people})::int as named,
          (select count(*) from (
            select 1 from civil_servants cs
            where cs.agency_id = ${agencyId} and cs.id in (select id from ${people})
            for key share of cs) locked)::int as locked`,
  );
  if (!counts || counts.locked !== counts.named)
    throw new DomainError(
      'IMPORT_DATA_STALE',
      'Data pegawai berubah selama impor berjalan. Impor ulang berkasnya.',
    );
  await tx.execute(sql`create index on ${people} (n)`);
  await tx.execute(sql`analyze ${people}`);
  return people;
}

/** Ranges [from, to] of `n` of consecutive people with about `chunkRows` staged rows together. */
async function peopleChunks(tx: Db, people: SQL, chunkRows: number) {
  const ranges = await queryRows<{ from: number; to: number }>(
    tx,
    sql`select min(n)::int as "from", max(n)::int as "to"
        from (select n, sum(rows) over (order by n) as running from ${people}) p
        group by (running - 1) / ${chunkRows} order by 1`,
  );
  return ranges.map((r) => [r.from, r.to] as const);
}

/**
 * Writes the staged results: the assessment sessions (ids chosen when staging), the scores, and
 * the current level per competency, where the newest result wins (an older result imported later
 * does not replace it) together with what the holder's own position requires. Answers how many
 * sessions were created.
 */
export async function applyStagedAssessments(
  tx: Db,
  staging: ImportStaging,
  scope: { agencyId: string; userId: string },
  chunkRows: number,
): Promise<{ sessions: number }> {
  const rows = staging.rowsTable;
  let sessions = 0;
  let people = sql``;
  await withSetBasedForeignKeyChecks(
    tx,
    async (locking) => {
      people = await stageAssessedPeople(locking, staging, scope.agencyId);
    },
    async () => {
      for (const [from, to] of await peopleChunks(tx, people, chunkRows)) {
        // Lateral, kept apart by `offset 0`: each person's rows by the index on NIP, never a scan of
        // all staged rows per chunk (the planner, left to join them, did scan them).
        const chunk = sql`${people} p cross join lateral (select * from ${rows} s where s.nip = p.nip offset 0) r
          where p.n between ${from} and ${to}`;
        // A person's rows are all in this chunk, so each session is written once, here.
        const [inserted] = await queryRows<{ n: number }>(
          tx,
          sql`with added as (
                insert into assessments (id, agency_id, civil_servant_id, assessed_on, assessor, institution, created_by)
                select distinct on (r.session_id) r.session_id, ${scope.agencyId}, p.id, r.assessed_on, r.assessor,
                  r.institution, ${scope.userId}
                from ${chunk}
                order by r.session_id
                returning 1)
              select count(*)::int as n from added`,
        );
        sessions += inserted?.n ?? 0;
        await tx.execute(sql`
          insert into assessment_scores (agency_id, assessment_id, dictionary_id, code, kind, level)
          select ${scope.agencyId}, r.session_id, r.dictionary_id, r.code, r.kind, r.level
          from ${chunk}`);
        await tx.execute(sql`
          insert into current_competency_levels
            (civil_servant_id, agency_id, dictionary_id, code, kind, level, assessed_on, own_required_level)
          select distinct on (p.id, r.dictionary_id, r.code)
            p.id, ${scope.agencyId}::uuid, r.dictionary_id, r.code, r.kind, r.level, r.assessed_on,
            -- Looked up by key for each row: a join hashed all the agency's requirements per chunk.
            (select pr.required_level from position_requirements pr
             where pr.position_id = p.position_id and pr.dictionary_id = r.dictionary_id and pr.code = r.code)
          from ${chunk}
          order by p.id, r.dictionary_id, r.code, r.assessed_on desc
          on conflict (civil_servant_id, dictionary_id, code, agency_id) do update
            set level = excluded.level, assessed_on = excluded.assessed_on, kind = excluded.kind,
                own_required_level = excluded.own_required_level
            where excluded.assessed_on >= current_competency_levels.assessed_on`);
      }
    },
  );
  // The talent pool reads the stored match of each person against their own position.
  await refreshOwnPositionMatches(tx, sql`cs.id in (select id from ${people})`);
  return { sessions };
}

/**
 * The agency's people an assessment import's staged rows name: in the apply's transaction, after
 * `applyStagedAssessments` (which staged them), without joining the staged rows again.
 */
/** The ids of the people of a civil-servant import's staged rows, `size` rows of the file at a time. */
export async function* stagedCivilServantIdChunks(
  db: Db,
  staging: ImportStaging,
  agencyId: string,
  size: number,
): AsyncIterable<string[]> {
  const rows = staging.rowsTable;
  const [range] = await queryRows<{ first: number | null; last: number | null }>(
    db,
    sql`select min(seq) as first, max(seq) as last from ${rows}`,
  );
  if (range?.first == null || range.last == null) return;
  for (let from = range.first; from <= range.last; from += size) {
    const ids = await queryRows<{ id: string }>(
      db,
      sql`select cs.id from ${rows} s
          join civil_servants cs on cs.agency_id = ${agencyId} and cs.nip = s.nip
          where s.seq >= ${from} and s.seq < ${from + size}`,
    );
    yield ids.map((r) => r.id);
  }
}

export async function stagedAssessmentServantIds(db: Db, staging: ImportStaging) {
  const rows = await queryRows<{ id: string }>(db, sql`select id from ${peopleTable(staging)}`);
  return rows.map((row) => row.id);
}

/**
 * Competencies an agency's results may refer to: those of the official dictionaries, the agency's
 * own technical dictionaries and every dictionary its ratified standards use (ratified versions).
 */
export function listImportableCompetencies(db: Db, agencyId: string) {
  return queryRows<{ code: string; dictionary_id: string; dictionary_code: string; kind: string }>(
    db,
    sql`select distinct c.code, d.id as dictionary_id, d.code as dictionary_code, c.kind
        from competencies c
        join dictionary_versions v on v.id = c.dictionary_version_id and v.status = 'ratified'
        join competency_dictionaries d on d.id = v.dictionary_id
        where d.agency_id is null or d.agency_id = ${agencyId}
          or d.id in (select dictionary_id from position_requirements where agency_id = ${agencyId})`,
  );
}
