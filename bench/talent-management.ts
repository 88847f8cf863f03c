/**
 * Talent management over the province of `talent.ts` (50,000 civil servants, 5,000 positions with
 * ratified standards, 750,000 assessment rows through the real import), plus potential results
 * for a third of the people and 500 critical positions with two successors each. Measured, each
 * beside a bare query over the same rows where there is one (and their ratio):
 * - the 9-box of the agency (per-person JPM by the domain function, potential, boxes);
 * - the retirement forecast (totals, per unit, per position, the first page of people);
 * - the training-needs analysis (by unit and competency) and its Excel workbook;
 * - the succession dashboard.
 * PGlite always; PostgreSQL too with BENCH_DATABASE_URL. BENCH_PROVINCE_SCALE=0.1 for a quick run.
 */
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { seedDemoData } from '../src/db/seed/demo-seed';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { retirementForecast } from '../src/services/retirement-forecast';
import { successionDashboard } from '../src/services/succession-dashboard';
import { talentPool } from '../src/services/talent-pool';
import { trainingNeeds, trainingNeedsWorkbook } from '../src/services/training-needs';
import { onEachDatabase } from './support/databases';
import { median, round } from './support/stats';
import { assessmentCsv, generateProvince, importAssessments } from './talent';
import type { BenchResult, Figure } from './types';

export const name = 'talent-management';
export const description =
  'province: 9-box with potential, retirement forecast, training-needs analysis (+ Excel), succession dashboard';

const scale = Number(process.env.BENCH_PROVINCE_SCALE ?? 1);
const criticalCount = Math.round(500 * scale);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

async function medianOf(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timed(fn))[1]);
  return round(median(samples), 1);
}

/** Potential results for every third person, critical positions with two successors each. */
async function generateTalentData(database: Database, agencyId: string, adminId: string) {
  await database.db.execute(sql`
    insert into potential_assessments (agency_id, civil_servant_id, assessed_on, score, band, source, entry, created_by)
    select ${agencyId}, id, '2026-03-01', s, case when s >= 80 then 'high' when s >= 68 then 'medium' else 'low' end,
      'Asesmen Manajemen Talenta', 'import', ${adminId}
    from (select id, 40 + (row_number() over (order by id) * 7) % 60 as s
          from civil_servants where agency_id = ${agencyId}) p
    where s % 3 = 0`);
  await database.db.execute(sql`
    insert into critical_positions (position_id, agency_id, reason, marked_by)
    select id, ${agencyId}, 'Bench', ${adminId} from positions where agency_id = ${agencyId}
    order by name limit ${criticalCount}`);
  await database.db.execute(sql`
    insert into succession_nominations (agency_id, position_id, civil_servant_id, readiness, nominated_by)
    select ${agencyId}, c.position_id, cs.id,
      (array['readyNow','readyInOneToTwoYears','readyInThreeYearsOrMore'])[1 + (row_number() over ()) % 3], ${adminId}
    from critical_positions c
    cross join lateral (select id from civil_servants where agency_id = ${agencyId} and position_id <> c.position_id
                        order by md5(c.position_id::text || id::text) limit 2) cs
    where c.agency_id = ${agencyId}`);
  await database.db.execute(sql`analyze`);
}

async function measure(database: Database, label: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  await seedDemoData(database.db, 'bench-password');
  const province = await generateProvince(database);
  const ctx = {
    db: database.db,
    actor: {
      userId: province.adminId,
      username: 'admin.prov',
      role: 'admin' as const,
      agencyId: province.agencyId,
    },
  };
  await importAssessments(database, province, await assessmentCsv(database, province.agencyId));
  await generateTalentData(database, province.agencyId, province.adminId);
  const agencyId = province.agencyId;
  const [people] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from civil_servants where agency_id = ${agencyId}`,
  );
  const n = (people?.n ?? 0).toLocaleString('en-US');

  const bareLevels = await medianOf(3, () =>
    queryRows(
      database.db,
      sql`select civil_servant_id, sum(level) as total, count(*) as n from current_competency_levels
          where agency_id = ${agencyId} group by civil_servant_id`,
    ),
  );
  const [pool] = await timed(() => talentPool(ctx, agencyId));
  const nineBox = await medianOf(3, () => talentPool(ctx, agencyId));
  figures.push(
    { label: `${label}: bare aggregate over current levels (reference)`, value: bareLevels, unit: 'ms' },
    { label: `${label}: 9-box of ${n} (JPM per person, potential, boxes)`, value: nineBox, unit: 'ms' },
    { label: `${label}: 9-box / bare ratio`, value: round(nineBox / bareLevels, 2), unit: '×' },
    {
      label: `${label}: 9-box placed by potential result / by JPM fallback`,
      value: pool.placedBy.potentialAssessment,
      unit: `/ ${pool.placedBy.jpm}`,
    },
  );

  const bareScan = await medianOf(3, () =>
    queryRows(
      database.db,
      sql`select cs.birth_date, p.job_level, p.org_unit_id from civil_servants cs
          left join positions p on p.id = cs.position_id where cs.agency_id = ${agencyId}`,
    ),
  );
  const [forecast] = await timed(() => retirementForecast(ctx, agencyId, { years: 5, limit: 100 }));
  const retirement = await medianOf(3, () => retirementForecast(ctx, agencyId, { years: 5, limit: 100 }));
  figures.push(
    { label: `${label}: bare scan of birth dates and job levels (reference)`, value: bareScan, unit: 'ms' },
    {
      label: `${label}: retirement forecast (1/2/5 years, units, positions, first page)`,
      value: retirement,
      unit: 'ms',
    },
    {
      label: `${label}: retirement forecast / bare ratio`,
      value: round(retirement / bareScan, 2),
      unit: '×',
    },
    { label: `${label}: retiring within 5 years`, value: forecast.totals.within5Years, unit: 'people' },
  );

  const bareGaps = await medianOf(3, () =>
    queryRows(
      database.db,
      // The level is read, so the planner cannot drop the join to the current levels.
      sql`select count(*), sum(l.level) from positions p join position_requirements r on r.position_id = p.id
          join civil_servants cs on cs.position_id = p.id
          left join current_competency_levels l
            on l.civil_servant_id = cs.id and l.dictionary_id = r.dictionary_id and l.code = r.code
          where p.agency_id = ${agencyId}`,
    ),
  );
  const [plan] = await timed(() => trainingNeeds(ctx, agencyId, {}));
  const analysis = await medianOf(3, () => trainingNeeds(ctx, agencyId, {}));
  // The workbook is streamed; read to its end, as a download would be.
  const [workbookBytes, exportMs] = await timed(async () => {
    const file = await trainingNeedsWorkbook(ctx, agencyId, {});
    let bytes = 0;
    for await (const chunk of file.stream) bytes += (chunk as Buffer).length;
    return bytes;
  });
  figures.push(
    {
      label: `${label}: bare join of requirements × holders × levels (reference)`,
      value: bareGaps,
      unit: 'ms',
    },
    {
      label: `${label}: training-needs analysis (${plan.items.length} unit × competency needs)`,
      value: analysis,
      unit: 'ms',
    },
    { label: `${label}: training-needs / bare ratio`, value: round(analysis / bareGaps, 2), unit: '×' },
    {
      label: `${label}: training-needs Excel (${round(workbookBytes / 2 ** 20, 1)} MiB, people sheet up to 100,000 rows)`,
      value: round(exportMs / 1000, 2),
      unit: 's',
    },
  );

  const dashboard = await medianOf(3, () => successionDashboard(ctx, agencyId, {}));
  figures.push({
    label: `${label}: succession dashboard (${criticalCount} critical positions, 2 successors each)`,
    value: dashboard,
    unit: 'ms',
  });
  return figures;
}

export async function run(): Promise<BenchResult> {
  const { results, notes } = await onEachDatabase('talent-management', measure);
  notes.push(`Medians of 3 runs after one warm-up. Scale ${scale}.`);
  return { figures: results.flat(), notes };
}
