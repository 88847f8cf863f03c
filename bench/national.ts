/**
 * The nation (issue 14), PostgreSQL only, run when BENCH_NATIONAL=1 and BENCH_DATABASE_URL are
 * set: BENCH_NATIONAL_PEOPLE civil servants (default 1,000,000) in 15 generated agencies — a
 * province of 5 %, a ministry of 30 %, 13 more provinces, regencies and cities of 5 % each — with
 * 15 % as many positions (150,000: 10 people per position in the ministry, ~5.8 elsewhere), 15
 * requirements per position and 15 current levels per person (`support/generate-agency.ts`,
 * set-based in SQL, maintained matches refreshed, ANALYZE after each agency).
 *
 * Measured twice on one fresh database, in-process through the app's own functions: once when
 * only the province exists (50,000 people), once when the whole nation does:
 * (a) the JPM of everyone: `matchOwnPositions` without an agency (one statement over every
 *     agency), and the same per agency summed, beside a bare aggregate over every current level
 *     (the reference), and JPM / bare;
 * (b) the talent pool (9-box) of one agency and the gap heatmap of one of its units (100
 *     positions): the province's at both stages (the same agency among more people), and the
 *     ministry's at the nation (the largest agency);
 * (c) the candidate ranking for one position over its agency: the province at both stages, the
 *     ministry at the nation.
 * Then the growth province → nation of each. Medians after a warm-up; reports figures only.
 */
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { bumpDataRevision, talentRevisionKey } from '../src/db/repositories/data-revision-repository';
import { matchOwnPositions } from '../src/db/repositories/talent-repository';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { gapHeatmap, rankCandidates, talentPool } from '../src/services/talent-reports';
import { onEachDatabase } from './support/databases';
import { adminContext, type GeneratedAgency, generateAgency } from './support/generate-agency';
import { median, round } from './support/stats';
import { samples, timed } from './support/timing';
import type { BenchResult, Figure } from './types';

export const name = 'national';
export const description =
  'nation of 1,000,000 on PostgreSQL (BENCH_NATIONAL=1): JPM of everyone, talent pool, heatmap, ranking, province → nation';

type AgencyKind = 'ministry' | 'province' | 'regency' | 'city';

interface PlannedAgency {
  code: string;
  kind: AgencyKind;
  people: number;
  positions: number;
}

interface Member extends GeneratedAgency, PlannedAgency {}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * 15 agencies for `total` people: the province first (5 %, measured alone), the ministry (30 %,
 * 10 per position), 13 regions of 5 % (the last takes what rounding left); 15 % as many positions.
 */
export function planNation(total: number): PlannedAgency[] {
  const regionCount = 14;
  const ministry = Math.round(total * 0.3);
  const ministryPositions = Math.max(1, Math.round(ministry / 10));
  const regionPeople = total - ministry;
  const regionPositions = Math.round(total * 0.15) - ministryPositions;
  const each = Math.round(total * 0.05);
  const kinds: AgencyKind[] = ['province', 'regency', 'city'];
  const regions: PlannedAgency[] = [];
  let peopleLeft = regionPeople;
  let positionsLeft = regionPositions;
  for (let i = 0; i < regionCount; i++) {
    const last = i === regionCount - 1;
    const people = last ? peopleLeft : each;
    const positions = last ? positionsLeft : Math.round((regionPositions * each) / regionPeople);
    if (people < 1 || positions < 1) throw new Error(`BENCH_NATIONAL_PEOPLE=${total} is too small`);
    regions.push({
      code: `WILAYAH-${String(i + 1).padStart(2, '0')}`,
      kind: i === 0 ? 'province' : kinds[i % 3]!,
      people,
      positions,
    });
    peopleLeft -= people;
    positionsLeft -= positions;
  }
  return [
    regions[0]!,
    { code: 'KEMENTERIAN', kind: 'ministry', people: ministry, positions: ministryPositions },
    ...regions.slice(1),
  ];
}

async function generateMember(database: Database, planned: PlannedAgency, nipBlock: number): Promise<Member> {
  const generated = await generateAgency(database, {
    code: planned.code,
    kind: planned.kind,
    people: planned.people,
    peoplePerPosition: planned.people / planned.positions,
    positions: planned.positions,
    nipBlock,
  });
  // As an import does: the ranking's in-memory index of this agency is stale from now on.
  await bumpDataRevision(database.db, talentRevisionKey(generated.agencyId));
  return { ...planned, ...generated };
}

interface JpmFigures {
  bare: number;
  jpm: number;
  perAgency: number;
  stored: number;
}

/** (a) Bare aggregate, JPM of everyone in one statement, and per agency summed: medians of 3. */
async function measureJpm(database: Database, everyone: number, members: Member[]): Promise<JpmFigures> {
  const { db } = database;
  const bareOnce = () =>
    queryRows(
      db,
      sql`select civil_servant_id, sum(level) as total, count(*) as n from current_competency_levels
          group by civil_servant_id`,
    );
  const jpmOnce = async () => {
    const rows = await matchOwnPositions(db, null);
    if (rows.length !== everyone) throw new Error(`JPM of everyone: ${rows.length} rows, not ${everyone}`);
  };
  const perAgencyOnce = async () => {
    let rows = 0;
    for (const member of members) rows += (await matchOwnPositions(db, member.agencyId)).length;
    if (rows !== everyone) throw new Error(`JPM per agency: ${rows} rows, not ${everyone}`);
  };
  // What the product serves: the JPM each person's placement keeps (`talent_placements.percent`,
  // rewritten with every change to an input), read for everyone.
  const storedOnce = async () => {
    const rows = await queryRows(db, sql`select civil_servant_id, percent from talent_placements`);
    if (rows.length !== everyone)
      throw new Error(`stored JPM of everyone: ${rows.length} rows, not ${everyone}`);
  };
  await bareOnce();
  await jpmOnce();
  await perAgencyOnce();
  await storedOnce();
  const bare: number[] = [];
  const jpm: number[] = [];
  const perAgency: number[] = [];
  const stored: number[] = [];
  for (let i = 0; i < 3; i++) {
    bare.push((await timed(bareOnce))[1]);
    jpm.push((await timed(jpmOnce))[1]);
    perAgency.push((await timed(perAgencyOnce))[1]);
    stored.push((await timed(storedOnce))[1]);
  }
  return { bare: median(bare), jpm: median(jpm), perAgency: median(perAgency), stored: median(stored) };
}

interface AgencyFigures {
  poolFirst: number;
  pool: number;
  heatmap: number;
  heatmapPositions: number;
  heatmapHolders: number;
  rankingFirst: number;
  ranking: number;
}

/** (b) and (c) for one agency: talent pool, heatmap of its first unit, ranking for one position. */
async function measureAgencyReports(database: Database, agency: Member): Promise<AgencyFigures> {
  const ctx = adminContext(database, agency);
  const [, poolFirst] = await timed(() => talentPool(ctx, agency.agencyId));
  const pool = await samples(3, () => talentPool(ctx, agency.agencyId));
  const [unit] = await queryRows<{ id: string; positions: number; holders: number }>(
    database.db,
    sql`select u.id, count(distinct p.id)::int as positions, count(cs.id)::int as holders
        from org_units u join positions p on p.org_unit_id = u.id
        left join civil_servants cs on cs.position_id = p.id
        where u.agency_id = ${agency.agencyId} and u.code = 'U1' group by u.id`,
  );
  await gapHeatmap(ctx, unit!.id);
  const heatmap = await samples(5, () => gapHeatmap(ctx, unit!.id));
  const [position] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from positions where agency_id = ${agency.agencyId} order by name, id limit 1`,
  );
  const rank = async () => {
    const ranked = await rankCandidates(ctx, position!.id, { scope: 'agency', limit: 50 });
    if (ranked.items.length !== Math.min(50, agency.people)) {
      throw new Error(`ranking over ${agency.code}: ${ranked.items.length} candidates`);
    }
  };
  const [, rankingFirst] = await timed(rank);
  const ranking = await samples(5, rank);
  return {
    poolFirst,
    pool: median(pool),
    heatmap: median(heatmap),
    heatmapPositions: unit!.positions,
    heatmapHolders: unit!.holders,
    rankingFirst,
    ranking: median(ranking),
  };
}

function jpmRows(stage: string, everyone: number, agencies: number, jpm: JpmFigures): Figure[] {
  return [
    {
      label: `${stage}: bare aggregate over every current level (${fmt(everyone * 15)} rows, reference)`,
      value: round(jpm.bare),
      unit: 'ms',
    },
    {
      label: `${stage}: JPM of everyone (${fmt(everyone)}), one statement over every agency`,
      value: round(jpm.jpm),
      unit: 'ms',
    },
    { label: `${stage}: JPM of everyone / bare aggregate`, value: round(jpm.jpm / jpm.bare, 2), unit: '×' },
    {
      label: `${stage}: JPM of everyone, per agency summed (${agencies} statements)`,
      value: round(jpm.perAgency),
      unit: 'ms',
    },
    {
      label: `${stage}: JPM per agency summed / bare aggregate`,
      value: round(jpm.perAgency / jpm.bare, 2),
      unit: '×',
    },
    {
      label: `${stage}: JPM of everyone as kept with each placement (talent_placements), read`,
      value: round(jpm.stored),
      unit: 'ms',
    },
    { label: `${stage}: kept JPM read / bare aggregate`, value: round(jpm.stored / jpm.bare, 3), unit: '×' },
  ];
}

function agencyRows(stage: string, agency: Member, f: AgencyFigures): Figure[] {
  const who = `${agency.code} (${fmt(agency.people)} people)`;
  return [
    { label: `${stage}: talent pool of ${who}, first call`, value: round(f.poolFirst), unit: 'ms' },
    { label: `${stage}: talent pool of ${who} (median of 3)`, value: round(f.pool), unit: 'ms' },
    {
      label: `${stage}: gap heatmap of one unit of ${agency.code} (${f.heatmapPositions} positions, ${fmt(f.heatmapHolders)} holders, median of 5)`,
      value: round(f.heatmap),
      unit: 'ms',
    },
    {
      label: `${stage}: candidate ranking over ${who}, first call (builds the index)`,
      value: round(f.rankingFirst),
      unit: 'ms',
    },
    {
      label: `${stage}: candidate ranking over ${who} (median of 5)`,
      value: round(f.ranking),
      unit: 'ms',
    },
  ];
}

/** Each generation step summed over every agency (the province included). */
function stepTotals(members: Member[]): Figure[] {
  const totals = new Map<string, number>();
  for (const t of members.flatMap((m) => m.timings)) totals.set(t.label, (totals.get(t.label) ?? 0) + t.ms);
  return [...totals].map(([step, ms]) => ({
    label: `  generation step, all agencies: ${step}`,
    value: round(ms / 1000, 1),
    unit: 's',
  }));
}

async function count(database: Database, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from ${sql.raw(table)}`,
  );
  return row!.n;
}

async function measureNation(database: Database, total: number, notes: string[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  const plan = planNation(total);
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  const settings = await queryRows<{ name: string; setting: string; unit: string | null }>(
    database.db,
    sql`select name, setting, unit from pg_settings
        where name in ('server_version', 'shared_buffers', 'work_mem', 'max_parallel_workers_per_gather')
        order by name`,
  );
  notes.push(
    `Server: ${settings.map((s) => `${s.name} ${s.setting}${s.unit ? ` ${s.unit}` : ''}`).join(', ')}.`,
  );

  // The province alone.
  const province = plan[0]!;
  const [first, provinceMs] = await timed(() => generateMember(database, province, 0));
  figures.push({
    label: `generate the province: ${fmt(province.people)} people, ${fmt(province.positions)} positions, ${fmt(province.people * 15)} levels`,
    value: round(provinceMs / 1000, 1),
    unit: 's',
  });
  const provinceStage = `province (${fmt(province.people)})`;
  const provinceJpm = await measureJpm(database, province.people, [first]);
  const provinceAlone = await measureAgencyReports(database, first);
  figures.push(
    ...jpmRows(provinceStage, province.people, 1, provinceJpm),
    ...agencyRows(provinceStage, first, provinceAlone),
  );

  // The rest of the nation.
  const members: Member[] = [first];
  const [, restMs] = await timed(async () => {
    for (const [i, planned] of plan.slice(1).entries()) {
      const [member, ms] = await timed(() => generateMember(database, planned, i + 1));
      members.push(member);
      console.log(
        `  generated ${planned.code}: ${fmt(planned.people)} people, ${fmt(planned.positions)} positions in ${round(ms / 1000, 1)} s`,
      );
    }
  });
  const [, analyzeMs] = await timed(() => database.db.execute(sql`analyze`));
  const [people, positions, levels] = [
    await count(database, 'civil_servants'),
    await count(database, 'positions'),
    await count(database, 'current_competency_levels'),
  ];
  if (people !== total) throw new Error(`generated ${people} civil servants, not ${total}`);
  figures.push(
    {
      label: `generate the rest: ${members.length - 1} agencies, ${fmt(total - province.people)} people`,
      value: round(restMs / 1000, 1),
      unit: 's',
    },
    ...stepTotals(members),
    { label: 'ANALYZE of the nation', value: round(analyzeMs / 1000, 1), unit: 's' },
    { label: 'nation: agencies', value: members.length, unit: '' },
    { label: 'nation: civil servants', value: people, unit: '' },
    { label: 'nation: positions', value: positions, unit: '' },
    { label: 'nation: current-level rows', value: levels, unit: '' },
  );

  const nationStage = `nation (${fmt(total)})`;
  const ministry = members.find((m) => m.kind === 'ministry')!;
  const nationJpm = await measureJpm(database, total, members);
  const provinceInNation = await measureAgencyReports(database, first);
  const ministryInNation = await measureAgencyReports(database, ministry);
  figures.push(
    ...jpmRows(nationStage, total, members.length, nationJpm),
    ...agencyRows(nationStage, first, provinceInNation),
    ...agencyRows(nationStage, ministry, ministryInNation),
  );

  const growth = (label: string, nation: number, alone: number): Figure => ({
    label: `growth province → nation: ${label}`,
    value: round(nation / alone, 2),
    unit: '×',
  });
  figures.push(
    growth('people', total, province.people),
    growth('bare aggregate', nationJpm.bare, provinceJpm.bare),
    growth('JPM of everyone, one statement', nationJpm.jpm, provinceJpm.jpm),
    growth('JPM of everyone, per agency summed', nationJpm.perAgency, provinceJpm.perAgency),
    growth('JPM of everyone as kept, read', nationJpm.stored, provinceJpm.stored),
    growth(
      `talent pool, the largest agency (${ministry.code}) / the province alone`,
      ministryInNation.pool,
      provinceAlone.pool,
    ),
    growth(
      'talent pool of the province, among the nation / alone',
      provinceInNation.pool,
      provinceAlone.pool,
    ),
    growth(
      `gap heatmap of one unit, ${ministry.code} / the province alone`,
      ministryInNation.heatmap,
      provinceAlone.heatmap,
    ),
    growth(
      'gap heatmap of the same unit of the province, among the nation / alone',
      provinceInNation.heatmap,
      provinceAlone.heatmap,
    ),
    growth(
      `candidate ranking, over ${ministry.code} / over the province alone`,
      ministryInNation.ranking,
      provinceAlone.ranking,
    ),
    growth(
      `candidate ranking index build, ${ministry.code} / the province alone`,
      ministryInNation.rankingFirst,
      provinceAlone.rankingFirst,
    ),
    growth(
      'candidate ranking over the province, among the nation / alone',
      provinceInNation.ranking,
      provinceAlone.ranking,
    ),
  );
  return figures;
}

export async function run(): Promise<BenchResult> {
  const total = Number(process.env.BENCH_NATIONAL_PEOPLE ?? 1_000_000);
  if (process.env.BENCH_NATIONAL !== '1' || !process.env.BENCH_DATABASE_URL) {
    return {
      figures: [],
      notes: [
        'Not run: set BENCH_NATIONAL=1 and BENCH_DATABASE_URL=postgres://… (PostgreSQL only; it generates 1,000,000 civil servants and 15,000,000 current levels in a fresh database, dropped afterwards). BENCH_NATIONAL_PEOPLE sets another size.',
      ],
    };
  }
  if (!Number.isInteger(total) || total < 1_000)
    throw new Error('BENCH_NATIONAL_PEOPLE: a whole number ≥ 1,000');
  const notes: string[] = [];
  const { results } = await onEachDatabase('national', (database) => measureNation(database, total, notes), {
    skipPglite: true,
  });
  notes.push(
    `${fmt(total)} people in 15 agencies (the province of ${fmt(Math.round(total * 0.05))} first, measured alone; a ministry of ${fmt(Math.round(total * 0.3))}; 13 regions), ${fmt(Math.round(total * 0.15))} positions. JPM of everyone: matchOwnPositions with no agency, one statement over every agency; also per agency summed; and as kept with each placement (talent_placements.percent), read. Medians of 3 (JPM, bare, talent pool) or 5 (heatmap, ranking) after a warm-up call.`,
  );
  return { figures: results.flat(), notes };
}
