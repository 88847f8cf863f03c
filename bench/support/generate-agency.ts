/**
 * A large agency generated set-based in SQL (never committed): `people` civil servants, one
 * position per `peoplePerPosition`, positions spread over units of 100, 15 requirements per
 * position (8 managerial at 3, socio-cultural at 3, 6 technical at 2..4 from a ratified technical
 * dictionary of 30), and 15 current levels per person (levels 1..5), written straight into
 * `current_competency_levels` with what the own position requires; then the maintained summaries
 * (`own_position_matches`) are refreshed as an import would. Assessment imports are measured by
 * the import benchmarks; this generator only lays the data the reports read.
 */
import { eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../src/db/client';
import { refreshOwnPositionMatches } from '../../src/db/repositories/talent-repository';
import {
  insertDictionary,
  insertEntries,
  updateVersionStatus,
} from '../../src/db/repositories/technical-dictionary-repository';
import { agencies, competencyDictionaries, users } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';
import { hashPassword } from '../../src/services/passwords';
import { refreshTalentPlacements } from '../../src/services/talent-placement';
import { generateEntries } from './generate-dictionary';

export const agencyBenchPassword = 'Bench-Agency-Password-2026';
const managerial = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];

export interface GeneratedAgency {
  agencyId: string;
  adminId: string;
  adminUsername: string;
  units: number;
  positions: number;
  timings: { label: string; ms: number }[];
}

/** The agency admin's service context, for measuring services in-process. */
export function adminContext(
  database: Database,
  agency: Pick<GeneratedAgency, 'adminId' | 'adminUsername' | 'agencyId'>,
): ServiceContext {
  return {
    db: database.db,
    actor: {
      userId: agency.adminId,
      username: agency.adminUsername,
      role: 'admin',
      agencyId: agency.agencyId,
    },
  };
}

export async function generateAgency(
  database: Database,
  options: {
    code: string;
    people: number;
    peoplePerPosition: number;
    /** How many positions exactly (instead of people / peoplePerPosition). */
    positions?: number;
    kind?: 'ministry' | 'province' | 'regency' | 'city';
    positionsPerUnit?: number;
    /** Which block of NIP sequence numbers (0..37) this agency uses: unique NIPs across agencies. */
    nipBlock?: number;
  },
): Promise<GeneratedAgency> {
  const { db } = database;
  const timings: { label: string; ms: number }[] = [];
  const step = async (label: string, fn: () => Promise<unknown>) => {
    const started = performance.now();
    await fn();
    timings.push({ label, ms: performance.now() - started });
  };
  const positionCount = Math.max(
    1,
    options.positions ?? Math.round(options.people / options.peoplePerPosition),
  );
  const positionsPerUnit = options.positionsPerUnit ?? 100;
  const unitCount = Math.max(1, Math.ceil(positionCount / positionsPerUnit));
  const [agency] = await db
    .insert(agencies)
    .values({ code: options.code, name: `Instansi Bench ${options.code}`, kind: options.kind ?? 'ministry' })
    .returning({ id: agencies.id });
  const agencyId = agency!.id;
  const adminUsername = `admin.${options.code.toLowerCase()}`;
  const [admin] = await db
    .insert(users)
    .values({
      username: adminUsername,
      fullName: 'Admin Bench',
      role: 'admin',
      agencyId,
      passwordHash: await hashPassword(agencyBenchPassword),
    })
    .returning({ id: users.id });
  const dictionary = await insertDictionary(db, {
    agencyId,
    code: `KAMUS-${options.code}`,
    name: 'Kamus Teknis Bench',
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
  const dictionaryId = async (code: string) =>
    (
      await db
        .select({ id: competencyDictionaries.id })
        .from(competencyDictionaries)
        .where(eq(competencyDictionaries.code, code))
    )[0]!.id;
  const managerialId = await dictionaryId('KAMUS-MANAJERIAL');
  const socioId = await dictionaryId('KAMUS-SOSIAL-KULTURAL');
  const techArray = sql.raw(`array[${technicalCodes.map((c) => `'${c}'`).join(',')}]`);
  await step('units and positions', async () => {
    await db.execute(sql`
      insert into org_units (agency_id, code, name)
      select ${agencyId}, 'U' || g, 'Unit Bench ' || g from generate_series(1, ${unitCount}) g`);
    await db.execute(sql`
      with u as (select id, row_number() over (order by code) - 1 as n from org_units where agency_id = ${agencyId})
      insert into positions (agency_id, org_unit_id, name, position_group, job_level)
      select ${agencyId}, u.id, 'Jabatan Bench ' || g, 'administrative',
        (array['administrator','pengawas','pelaksana'])[1 + g % 3]
      from generate_series(0, ${positionCount - 1}) g join u on u.n = g / ${positionsPerUnit}`);
  });
  await step('ratified standards and requirements', async () => {
    await db.execute(sql`
      insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
        content, policy_name, ratified_at)
      select gen_random_uuid(), 1, p.agency_id, p.id, 'ratified', p.name, p.job_level,
        jsonb_build_object('requirements', jsonb_build_object(
          'education', jsonb_build_object('levels', jsonb_build_array('S-1'), 'fieldsOfStudy', '[]'::jsonb, 'importance', 'essential'),
          'experience', jsonb_build_object('description', '', 'years', 5, 'importance', 'veryImportant'),
          'rank', jsonb_build_object('minGrade', 'III/c', 'importance', 'essential'))),
        'seed-001', now()
      from positions p where p.agency_id = ${agencyId}`);
    await db.execute(sql`
      with p as (select s.position_id, s.id as standard_id, row_number() over (order by s.position_id) as n
                 from job_standards s where s.agency_id = ${agencyId})
      insert into position_requirements (position_id, agency_id, standard_id, dictionary_id, code, kind, name, required_level, importance)
      select p.position_id, ${agencyId}::uuid, p.standard_id, ${managerialId}::uuid, m, 'managerial', m, 3, null
      from p cross join unnest(${sql.raw(`array[${managerial.map((m) => `'${m}'`).join(',')}]`)}) m
      union all
      select p.position_id, ${agencyId}::uuid, p.standard_id, ${socioId}::uuid, 'SK.01', 'socioCultural', 'Perekat Bangsa', 3, null from p
      union all
      select p.position_id, ${agencyId}::uuid, p.standard_id, ${dictionary.dictionaryId}::uuid,
        (${techArray})[1 + ((p.n * 7 + k) % ${technicalCodes.length})], 'technical', 'Teknis', (2 + ((p.n + k) % 3))::int, 'essential'
      from p cross join generate_series(0, 5) k`);
  });
  // NIPs unique across generated agencies: 12,000 birth dates × 26 sequence numbers per NIP block.
  // Each is a valid NIP (src/domain/nip.ts): appointed (TMT CPNS) in January of the year of the 23rd
  // birthday, so never before 18 — with a fixed TMT of 2005 the younger sixth of the agency had NIPs
  // the app refuses (422 INVALID_NIP on their person and match pages under the 50-client load).
  if (options.people > 12_000 * 26) throw new Error('at most 312,000 people per generated agency');
  const nipSeed = 1 + 26 * (options.nipBlock ?? 0);
  await step('civil servants', async () => {
    await db.execute(sql`
      with pos as (select id, row_number() over (order by id) - 1 as n from positions where agency_id = ${agencyId})
      insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex, rank_grade, education_level,
        position_id, performance)
      select ${agencyId},
        to_char(date '1960-01-01' + (g % 12000), 'YYYYMMDD') ||
          (extract(year from date '1960-01-01' + (g % 12000))::int + 23)::text || '01' || (1 + g % 2) ||
          lpad((${nipSeed} + g / 12000)::text, 3, '0'),
        (array['Siti','Budi','Agus','Dewi','Rina','Andi','Yusuf','Sri','Joko','Ratna'])[1 + g % 10] || ' ' ||
          (array['Rahmawati','Santoso','Prasetyo','Lestari','Wulandari','Saputra','Hidayat','Purnomo'])[1 + (g / 10) % 8] ||
          ' ' || g,
        to_char(date '1960-01-01' + (g % 12000), 'YYYY-MM-DD'),
        make_date(extract(year from date '1960-01-01' + (g % 12000))::int + 23, 1, 1),
        case when g % 2 = 0 then 'male' else 'female' end,
        (array['III/a','III/b','III/c','III/d','IV/a'])[1 + g % 5], (array['D-III','S-1','S-2'])[1 + g % 3],
        pos.id, (array['below','meets','above'])[1 + (g / 7) % 3]
      from generate_series(0, ${options.people - 1}) g join pos on pos.n = g % ${positionCount}`);
  });
  await step('current levels (15 per person)', async () => {
    await db.execute(sql`
      insert into current_competency_levels (civil_servant_id, agency_id, dictionary_id, code, kind, level,
        assessed_on, own_required_level)
      select cs.id, ${agencyId}, r.dictionary_id, r.code, r.kind,
        least(5, 1 + (abs(hashtext(cs.nip || r.code)) % 17) / 4.0), '2026-06-01', r.required_level
      from civil_servants cs join position_requirements r on r.position_id = cs.position_id
      where cs.agency_id = ${agencyId}`);
  });
  await step('analyze', () => db.execute(sql`analyze`));
  await step('refresh stored matches (own_position_matches)', () =>
    refreshOwnPositionMatches(db, sql`cs.agency_id = ${agencyId}`),
  );
  await db.execute(sql`analyze own_position_matches`);
  await db.execute(sql`analyze position_competency_results`);
  await step('place everyone on the 9-box (talent_placements)', () =>
    db.transaction((tx) => refreshTalentPlacements(tx, agencyId)),
  );
  await db.execute(sql`analyze talent_placements`);
  return { agencyId, adminId: admin!.id, adminUsername, units: unitCount, positions: positionCount, timings };
}
