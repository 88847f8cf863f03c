/**
 * Workload analysis (ABK) of a province (issue 8): 5,000 positions in 50 org units (10 offices
 * with 4 divisions each), each with a job description of 15 task details, generated set-based in
 * SQL. Measured, as in-process service calls:
 * - the workload of all 5,000 recomputed when the agency admin changes the effective working time
 *   (`updateWorkloadSettings`: 75,000 task rows through `computeWorkload`, figures and the
 *   positions' required headcount stored set-based, audit entry; one transaction), in seconds;
 * - the per-unit summary of one office (its 4 divisions, 500 positions) and of one division, and
 *   the office's .xlsx export, in milliseconds.
 * PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set. BENCH_PROVINCE_SCALE (default 1)
 * scales the positions down for a quick run.
 */
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { agencies, users } from '../src/db/schema';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { emptyJobDescription } from '../src/domain/job-description';
import { workloadSummaryWorkbook } from '../src/exports/workload-summary-xlsx';
import type { ServiceContext } from '../src/services/context';
import { updateWorkloadSettings } from '../src/services/workload-settings';
import { getWorkloadSummary } from '../src/services/workload-summary';
import { onEachDatabase } from './support/databases';
import { median, round } from './support/stats';
import type { BenchResult, Figure } from './types';

export const name = 'workload';
export const description =
  'province: 5,000 positions × 15 tasks, workload recomputed for all, per-unit summary';

const scale = Number(process.env.BENCH_PROVINCE_SCALE ?? 1);
const positionCount = Math.round(5_000 * scale);
const tasksPerPosition = 15;
const offices = 10;
const divisionsPerOffice = 4;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

async function generateProvince(database: Database) {
  const { db } = database;
  const [province] = await db
    .insert(agencies)
    .values({ code: 'PROV-ABK', name: 'Pemerintah Provinsi Bench ABK', kind: 'province' })
    .returning({ id: agencies.id });
  const agencyId = province!.id;
  const [admin] = await db
    .insert(users)
    .values({ username: 'admin.abk', fullName: 'Admin ABK', role: 'admin', agencyId, passwordHash: 'x' })
    .returning({ id: users.id });
  await db.execute(sql`
    insert into org_units (agency_id, code, name)
    select ${agencyId}, 'D' || g, 'Dinas Bench ' || g from generate_series(1, ${offices}) g`);
  await db.execute(sql`
    insert into org_units (agency_id, parent_id, code, name)
    select ${agencyId}, o.id, o.code || '-' || k, 'Bidang ' || k || ' ' || o.name
    from org_units o cross join generate_series(1, ${divisionsPerOffice}) k
    where o.agency_id = ${agencyId} and o.parent_id is null`);
  // Positions spread over the divisions; headcount 0..3 so the summary has shortages and surpluses.
  await db.execute(sql`
    with u as (select id, row_number() over (order by code) - 1 as n from org_units
               where agency_id = ${agencyId} and parent_id is not null)
    insert into positions (agency_id, org_unit_id, name, position_group, job_level, headcount)
    select ${agencyId}, (select id from u where u.n = g % ${offices * divisionsPerOffice}), 'Jabatan ABK ' || g,
      'administrative', (array['administrator','pengawas','pelaksana'])[1 + g % 3], g % 4
    from generate_series(0, ${positionCount - 1}) g`);
  // 15 tasks each: volume 1..60 a year (about 2 people per position), 5..120 minutes, 1..8 hours or 1..3 days per output.
  const empty = JSON.stringify(emptyJobDescription());
  await db.execute(sql`
    with p as (select id, agency_id, name, row_number() over (order by id) as n from positions
               where agency_id = ${agencyId})
    insert into job_descriptions (agency_id, position_id, version, revision, content)
    select p.agency_id, p.id, 1, 1, ${empty}::jsonb || jsonb_build_object(
      'summary', 'Ikhtisar ' || p.name,
      'tasks', (select jsonb_agg(jsonb_build_object(
          'task', 'Tugas ' || k || ' ' || p.name,
          'output', 'Hasil kerja ' || k,
          'volume', 1 + (p.n * 7 + k * 13) % 60,
          'time', case (p.n + k) % 3 when 0 then 5 + (p.n + k) % 116 when 1 then 1 + (p.n + k) % 8 else 1 + ((p.n + k) / 3) % 3 end,
          'unit', (array['minute','hour','day'])[1 + (p.n + k) % 3]) order by k)
        from generate_series(1, ${tasksPerPosition}) k))
    from p`);
  await db.execute(sql`
    insert into job_description_versions (agency_id, job_description_id, version, position_name, content, source)
    select d.agency_id, d.id, 1, p.name, d.content, 'edit' from job_descriptions d join positions p on p.id = d.position_id
    where d.agency_id = ${agencyId}`);
  await db.execute(sql`analyze`);
  const ctx: ServiceContext = {
    db,
    actor: { userId: admin!.id, username: 'admin.abk', role: 'admin', agencyId },
  };
  return { agencyId, ctx };
}

async function measure(database: Database, label: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  const [province, generateMs] = await timed(() => generateProvince(database));
  figures.push({
    label: `${label}: generate ${positionCount} positions × ${tasksPerPosition} tasks (SQL)`,
    value: round(generateMs / 1000, 1),
    unit: 's',
  });
  // Alternating settings, so every run changes the figures and many required headcounts.
  const settings = [
    { effectiveMinutesPerYear: 75_000, minutesPerDay: 300 },
    { effectiveMinutesPerYear: 60_000, minutesPerDay: 360 },
    { effectiveMinutesPerYear: 75_000, minutesPerDay: 300 },
  ];
  const recomputeSamples: number[] = [];
  let changed = 0;
  let recomputed = 0;
  for (const policy of settings) {
    const [result, ms] = await timed(() => updateWorkloadSettings(province.ctx, province.agencyId, policy));
    recomputeSamples.push(ms);
    changed = result.recomputed.changedPositions;
    recomputed = result.recomputed.jobDescriptions;
  }
  figures.push(
    {
      label: `${label}: workload recomputed for all ${recomputed.toLocaleString('en-US')} positions (${(recomputed * tasksPerPosition).toLocaleString('en-US')} tasks)`,
      value: round(median(recomputeSamples) / 1000, 2),
      unit: 's',
    },
    {
      label: `${label}: required headcounts changed by the last recomputation`,
      value: changed,
      unit: 'positions',
    },
  );
  const [office] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from org_units where agency_id = ${province.agencyId} and parent_id is null order by code limit 1`,
  );
  const [division] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from org_units where parent_id = ${office!.id} order by code limit 1`,
  );
  for (const [unitLabel, unitId] of [
    ['office with 4 divisions', office!.id],
    ['one division', division!.id],
  ] as const) {
    const samples: number[] = [];
    let positions = 0;
    for (let i = 0; i < 5; i++) {
      const [summary, ms] = await timed(() => getWorkloadSummary(province.ctx, unitId));
      samples.push(ms);
      positions = summary.totals.positions;
    }
    figures.push({
      label: `${label}: per-unit summary, ${unitLabel} (${positions} positions)`,
      value: round(median(samples), 1),
      unit: 'ms',
    });
  }
  const exportSamples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const [, ms] = await timed(async () =>
      workloadSummaryWorkbook(await getWorkloadSummary(province.ctx, office!.id)),
    );
    exportSamples.push(ms);
  }
  figures.push({
    label: `${label}: per-unit summary .xlsx, office`,
    value: round(median(exportSamples), 1),
    unit: 'ms',
  });
  return figures;
}

export async function run(): Promise<BenchResult> {
  const { results, notes } = await onEachDatabase('workload', measure);
  const figures: Figure[] = results.flat();
  notes.push(
    `Medians: recomputation of 3 settings changes, summaries of 5 runs, export of 3. Scale ${scale}.`,
  );
  return { figures, notes };
}
