/**
 * A province at scale (issue 7): 50,000 civil servants, 5,000 positions with ratified standards
 * (15 required competencies each: 8 managerial, 1 socio-cultural, 6 technical), 15 assessed
 * competencies per person. Generated set-based in SQL, except the assessment results, which go
 * through the real import (a 750,000-row CSV through the import job). Measured:
 * - the import of 750,000 assessment rows;
 * - the job-person match of all 50,000 against their own positions (one statement) next to a bare
 *   SQL aggregate over the same current-level rows (the reference), and their ratio;
 * - the candidate ranking for one position over 50,000;
 * - the gap heatmap of one org unit.
 * PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set. In-process service calls.
 * BENCH_PROVINCE_SCALE (default 1) scales people and positions down for a quick run.
 */
import { eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { matchOwnPositions } from '../src/db/repositories/talent-repository';
import {
  insertDictionary,
  insertEntries,
  updateVersionStatus,
} from '../src/db/repositories/technical-dictionary-repository';
import { agencies, competencyDictionaries, users } from '../src/db/schema';
import { seedDemoData } from '../src/db/seed/demo-seed';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { buildTalentIndex } from '../src/services/talent-index';
import { gapHeatmap, rankCandidates } from '../src/services/talent-reports';
import { onEachDatabase } from './support/databases';
import { generateEntries } from './support/generate-dictionary';
import { runImportJob } from './support/import-job';
import { median, round } from './support/stats';
import type { BenchResult, Figure } from './types';

export const name = 'talent';
export const description = 'province: 50,000 civil servants, 750,000 assessment rows, JPM, ranking, heatmap';

const scale = Number(process.env.BENCH_PROVINCE_SCALE ?? 1);
const people = Math.round(50_000 * scale);
const positionCount = Math.round(5_000 * scale);
const unitCount = 50;
const managerial = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

/** The province's size: the module's scaled default, or another (the imports benchmark scales its own). */
export async function generateProvince(
  database: Database,
  size: { people: number; positions: number } = { people, positions: positionCount },
) {
  const { db } = database;
  const [province] = await db
    .insert(agencies)
    .values({ code: 'PROV-BENCH', name: 'Pemerintah Provinsi Bench', kind: 'province' })
    .returning({ id: agencies.id });
  const agencyId = province!.id;
  const [admin] = await db
    .insert(users)
    .values({
      username: 'admin.prov',
      fullName: 'Admin Provinsi',
      role: 'admin',
      agencyId,
      passwordHash: 'x',
    })
    .returning({ id: users.id });
  const dictionary = await insertDictionary(db, {
    agencyId,
    code: 'KAMUS-PROV-BENCH',
    name: 'Kamus Teknis Provinsi',
    createdBy: admin!.id,
  });
  await insertEntries(db, dictionary.versionId, generateEntries(30));
  await updateVersionStatus(db, dictionary.versionId, 'ratified', { ratifiedBy: admin!.id, at: new Date() });
  const technicalCodes = (
    await queryRows<{ code: string }>(
      db,
      sql`select code from competencies where dictionary_version_id = ${dictionary.versionId} order by code`,
    )
  ).map((r) => r.code);
  const [managerialDictionary] = await db
    .select({ id: competencyDictionaries.id })
    .from(competencyDictionaries)
    .where(eq(competencyDictionaries.code, 'KAMUS-MANAJERIAL'));
  const [socioDictionary] = await db
    .select({ id: competencyDictionaries.id })
    .from(competencyDictionaries)
    .where(eq(competencyDictionaries.code, 'KAMUS-SOSIAL-KULTURAL'));
  const techArray = sql.raw(`array[${technicalCodes.map((c) => `'${c}'`).join(',')}]`);
  await db.execute(sql`
    insert into org_units (agency_id, code, name)
    select ${agencyId}, 'U' || g, 'Unit Bench ' || g from generate_series(1, ${unitCount}) g`);
  await db.execute(sql`
    with u as (select id, row_number() over (order by code) - 1 as n from org_units where agency_id = ${agencyId})
    insert into positions (agency_id, org_unit_id, name, position_group, job_level)
    select ${agencyId}, u.id, 'Jabatan Bench ' || g, 'administrative',
      (array['administrator','pengawas','pelaksana'])[1 + g % 3]
    from generate_series(0, ${size.positions - 1}) g join u on u.n = g % ${unitCount}`);
  await db.execute(sql`
    insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
      content, policy_name, ratified_at)
    select gen_random_uuid(), 1, p.agency_id, p.id, 'ratified', p.name, p.job_level,
      jsonb_build_object('requirements', jsonb_build_object(
        'education', jsonb_build_object('levels', jsonb_build_array('S-1'), 'fieldsOfStudy', '[]'::jsonb, 'importance', 'essential'),
        'experience', jsonb_build_object('description', '', 'years', 5, 'importance', 'veryImportant'),
        'rank', jsonb_build_object('minGrade', 'III/c', 'importance', 'essential'))),
      'Pola RCL — bahan bimtek BKPSDM Kab. Magetan', now()
    from positions p where p.agency_id = ${agencyId}`);
  // Requirements: 8 managerial at 3, socio-cultural at 3, 6 technical (a window over the 30) at 2..4.
  await db.execute(sql`
    with p as (select s.position_id, s.id as standard_id, row_number() over (order by s.position_id) as n
               from job_standards s where s.agency_id = ${agencyId})
    insert into position_requirements (position_id, agency_id, standard_id, dictionary_id, code, kind, name, required_level, importance)
    select p.position_id, ${agencyId}::uuid, p.standard_id, ${managerialDictionary!.id}::uuid, m, 'managerial', m, 3, null
    from p cross join unnest(${sql.raw(`array[${managerial.map((m) => `'${m}'`).join(',')}]`)}) m
    union all
    select p.position_id, ${agencyId}::uuid, p.standard_id, ${socioDictionary!.id}::uuid, 'SK.01', 'socioCultural', 'Perekat Bangsa', 3, null from p
    union all
    select p.position_id, ${agencyId}::uuid, p.standard_id, ${dictionary.dictionaryId}::uuid,
      (${techArray})[1 + ((p.n * 7 + k) % ${technicalCodes.length})], 'technical', 'Teknis', (2 + ((p.n + k) % 3))::int, 'essential'
    from p cross join generate_series(0, 5) k`);
  // People: valid NIPs (birth 1970..1986, TMT 2005-01), 10 per position, performance in three bands.
  await db.execute(sql`
    with pos as (select id, row_number() over (order by id) - 1 as n from positions where agency_id = ${agencyId})
    insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex, rank_grade, education_level,
      position_id, performance)
    select ${agencyId},
      to_char(date '1970-01-01' + (g % 6000), 'YYYYMMDD') || '200501' || (1 + g % 2) || lpad((g / 6000 + 1)::text, 3, '0'),
      'Pegawai Bench ' || g, to_char(date '1970-01-01' + (g % 6000), 'YYYY-MM-DD'), '2005-01-01',
      case when g % 2 = 0 then 'male' else 'female' end,
      (array['III/a','III/b','III/c','III/d','IV/a'])[1 + g % 5], (array['D-III','S-1','S-2'])[1 + g % 3],
      pos.id,
      (array['below','meets','above'])[1 + g % 3]
    from generate_series(0, ${size.people - 1}) g join pos on pos.n = g % ${size.positions}`);
  await db.execute(sql`analyze`);
  return { agencyId, adminId: admin!.id, technicalCodes };
}

/** 15 results per person: the competencies their own position requires, at levels 1..5. */
/** The province's assessment CSV through the real import job, as its admin uploads it. */
export function importAssessments(
  database: Database,
  province: { agencyId: string; adminId: string },
  csv: Uint8Array,
) {
  return runImportJob(database, 'assessmentImport', {
    agencyId: province.agencyId,
    userId: province.adminId,
    fileName: 'asesmen.csv',
    bytes: csv,
  });
}

export async function assessmentCsv(database: Database, agencyId: string): Promise<Uint8Array> {
  const rows = await queryRows<{ nip: string; code: string; dictionary: string; n: number }>(
    database.db,
    sql`select cs.nip, r.code, d.code as dictionary, row_number() over () as n
        from civil_servants cs join position_requirements r on r.position_id = cs.position_id
        join competency_dictionaries d on d.id = r.dictionary_id
        where cs.agency_id = ${agencyId}`,
  );
  const lines = ['NIP;Kode Kompetensi;Kamus;Level;Tanggal;Asesor;Lembaga'];
  for (const r of rows) {
    const level = 1 + ((Number(r.n) * 7) % 17) / 4; // 1, 1.75, … up to 5
    lines.push(
      `${r.nip};${r.code};${r.dictionary};${String(Math.min(5, level)).replace('.', ',')};2026-06-01;Tim Asesor;UPT Penilaian`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

async function measure(database: Database, label: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  await seedDemoData(database.db, 'bench-password');
  const [province, generateMs] = await timed(() => generateProvince(database));
  figures.push({
    label: `${label}: generate ${people} people, ${positionCount} positions (SQL)`,
    value: round(generateMs / 1000, 1),
    unit: 's',
  });
  const csv = await assessmentCsv(database, province.agencyId);
  const ctx = {
    db: database.db,
    actor: {
      userId: province.adminId,
      username: 'admin.prov',
      role: 'admin' as const,
      agencyId: province.agencyId,
    },
  };
  const rssBefore = process.memoryUsage().rss;
  const [imported, importMs] = await timed(() => importAssessments(database, province, csv));
  figures.push(
    {
      label: `${label}: import ${imported.result.rows!.toLocaleString('en-US')} assessment rows (CSV ${round(csv.length / 2 ** 20, 1)} MiB)`,
      value: round(importMs / 1000, 2),
      unit: 's',
    },
    {
      label: `${label}: import RSS growth`,
      value: Math.round((process.memoryUsage().rss - rssBefore) / 2 ** 20),
      unit: 'MiB',
    },
  );
  await database.db.execute(sql`analyze`);
  const bareSamples: number[] = [];
  const jpmSamples: number[] = [];
  let matched = 0;
  for (let i = 0; i < 3; i++) {
    const [, bare] = await timed(() =>
      queryRows(
        database.db,
        sql`select civil_servant_id, sum(level) as total, count(*) as n from current_competency_levels
            where agency_id = ${province.agencyId} group by civil_servant_id`,
      ),
    );
    bareSamples.push(bare);
    const [rows, jpm] = await timed(() => matchOwnPositions(database.db, province.agencyId));
    jpmSamples.push(jpm);
    matched = rows.length;
  }
  const bare = median(bareSamples);
  const jpm = median(jpmSamples);
  figures.push(
    { label: `${label}: bare aggregate over current levels (reference)`, value: bare, unit: 'ms' },
    {
      label: `${label}: JPM of all ${matched.toLocaleString('en-US')} against own positions`,
      value: jpm,
      unit: 'ms',
    },
    { label: `${label}: JPM / bare ratio`, value: round(jpm / bare, 2), unit: '×' },
  );
  const [target] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from positions where agency_id = ${province.agencyId} order by name limit 1`,
  );
  const [, buildMs] = await timed(() => buildTalentIndex(database.db, province.agencyId, 'bench'));
  figures.push({
    label: `${label}: build the ranking index (all current levels)`,
    value: buildMs,
    unit: 'ms',
  });
  // The import starts building the index in the background; the first ranking shares that build
  // (or finds it done), later ones reuse the index until an import changes the revision.
  const [, firstRanking] = await timed(() => rankCandidates(ctx, target!.id, { scope: 'agency', limit: 50 }));
  figures.push({
    label: `${label}: candidate ranking, first call after the import`,
    value: firstRanking,
    unit: 'ms',
  });
  const rankingSamples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [, ms] = await timed(() => rankCandidates(ctx, target!.id, { scope: 'agency', limit: 50 }));
    rankingSamples.push(ms);
  }
  figures.push({
    label: `${label}: candidate ranking for one position over ${people.toLocaleString('en-US')}`,
    value: median(rankingSamples),
    unit: 'ms',
  });
  const [unit] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from org_units where agency_id = ${province.agencyId} order by code limit 1`,
  );
  const heatmapSamples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const [, ms] = await timed(() => gapHeatmap(ctx, unit!.id));
    heatmapSamples.push(ms);
  }
  figures.push({
    label: `${label}: gap heatmap of one org unit (${positionCount / unitCount} positions)`,
    value: median(heatmapSamples),
    unit: 'ms',
  });
  return figures;
}

export async function run(): Promise<BenchResult> {
  const { results, notes } = await onEachDatabase('talent', measure);
  const figures: Figure[] = results.flat();
  notes.push(`Medians: JPM and bare aggregate of 3 runs, ranking of 5, heatmap of 3. Scale ${scale}.`);
  return { figures, notes };
}
