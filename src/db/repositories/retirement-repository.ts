/**
 * Retirement dates of an agency's civil servants, set-based: the pension age of each person's job
 * level (from the policy, passed in as arrays), the retirement date as `domain/retirement.ts`
 * defines it — the first day of the month after the birthday month in the year the age is
 * reached — and counts within 1, 2 and 5 years per unit and position.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, pgArray, queryRows } from '../client';

export interface PensionAgeTable {
  byJobLevel: Record<string, number>;
  defaultAge: number;
}

/**
 * `retiring` CTE: one row per civil servant of the agency (optionally of some units) with their
 * position, unit, job level, pension age and retirement date.
 */
function retiringCte(agencyId: string, ages: PensionAgeTable, units: readonly string[] | null): SQL {
  const levels = Object.keys(ages.byJobLevel);
  return sql`pension (job_level, age) as (
      select * from unnest(${pgArray(levels)}::text[], ${pgArray(levels.map((l) => ages.byJobLevel[l]!))}::int[])
    ),
    retiring as (
      select cs.id, cs.nip, cs.name, cs.birth_date, cs.position_id, p.name as position_name, p.org_unit_id,
        p.job_level, coalesce(pa.age, ${ages.defaultAge}) as pension_age, pa.age is null as age_assumed,
        (make_date(substr(cs.birth_date, 1, 4)::int + coalesce(pa.age, ${ages.defaultAge}),
                   substr(cs.birth_date, 6, 2)::int, 1) + interval '1 month')::date as retires_on
      from civil_servants cs
      left join positions p on p.id = cs.position_id
      left join pension pa on pa.job_level = p.job_level
      where cs.agency_id = ${agencyId}
        ${units ? sql`and p.org_unit_id = any(${pgArray(units)}::uuid[])` : sql``}
    )`;
}

const horizonCounts = (today: string) => sql`
  count(*) filter (where retires_on <= ${today}::date)::int as overdue,
  count(*) filter (where retires_on > ${today}::date and retires_on <= ${today}::date + interval '1 year')::int as within1,
  count(*) filter (where retires_on > ${today}::date and retires_on <= ${today}::date + interval '2 years')::int as within2,
  count(*) filter (where retires_on > ${today}::date and retires_on <= ${today}::date + interval '5 years')::int as within5`;

export interface HorizonCounts {
  overdue: number;
  within1: number;
  within2: number;
  within5: number;
}

export async function retirementTotals(
  db: Db,
  agencyId: string,
  ages: PensionAgeTable,
  today: string,
  units: readonly string[] | null,
) {
  const [row] = await queryRows<HorizonCounts & { people: number }>(
    db,
    sql`with ${retiringCte(agencyId, ages, units)}
        select count(*)::int as people, ${horizonCounts(today)} from retiring`,
  );
  return row!;
}

export async function retirementsByUnit(
  db: Db,
  agencyId: string,
  ages: PensionAgeTable,
  today: string,
  units: readonly string[] | null,
) {
  return queryRows<HorizonCounts & { org_unit_id: string | null; unit_name: string | null; people: number }>(
    db,
    sql`with ${retiringCte(agencyId, ages, units)}
        select r.org_unit_id, u.name as unit_name, count(*)::int as people, ${horizonCounts(today)}
        from retiring r left join org_units u on u.id = r.org_unit_id
        group by r.org_unit_id, u.name
        order by within5 desc, u.name nulls last`,
  );
}

/** Positions with someone retiring within five years, most within one year first. */
export async function retirementsByPosition(
  db: Db,
  agencyId: string,
  ages: PensionAgeTable,
  today: string,
  units: readonly string[] | null,
  limit: number,
) {
  return queryRows<
    HorizonCounts & {
      position_id: string;
      position_name: string;
      job_level: string;
      unit_name: string | null;
      holders: number;
      pension_age: number;
    }
  >(
    db,
    sql`with ${retiringCte(agencyId, ages, units)},
        counted as (
          select position_id, position_name, job_level, org_unit_id, min(pension_age) as pension_age,
            count(*)::int as holders, ${horizonCounts(today)}
          from retiring where position_id is not null
          group by position_id, position_name, job_level, org_unit_id
        )
        select c.*, u.name as unit_name from counted c left join org_units u on u.id = c.org_unit_id
        where c.within5 > 0 or c.overdue > 0
        order by c.within1 desc, c.within2 desc, c.within5 desc, c.position_name
        limit ${limit}`,
  );
}

export interface RetiringPerson {
  nip: string;
  name: string;
  birth_date: string;
  position_id: string | null;
  position_name: string | null;
  job_level: string | null;
  unit_name: string | null;
  pension_age: number;
  age_assumed: boolean;
  retires_on: string;
}

/** People retiring by `until` (inclusive), by date then NIP, after the cursor `date|nip`. */
export async function retiringPeople(
  db: Db,
  agencyId: string,
  ages: PensionAgeTable,
  until: string,
  units: readonly string[] | null,
  page: { limit: number; after?: { date: string; nip: string } | undefined },
): Promise<RetiringPerson[]> {
  return queryRows<RetiringPerson>(
    db,
    sql`with ${retiringCte(agencyId, ages, units)}
        select r.nip, r.name, r.birth_date, r.position_id, r.position_name, r.job_level, u.name as unit_name,
          r.pension_age, r.age_assumed, to_char(r.retires_on, 'YYYY-MM-DD') as retires_on
        from retiring r left join org_units u on u.id = r.org_unit_id
        where r.retires_on <= ${until}::date
          ${page.after ? sql`and (r.retires_on, r.nip) > (${page.after.date}::date, ${page.after.nip})` : sql``}
        order by r.retires_on, r.nip
        limit ${page.limit}`,
  );
}

/** Per position of the given ones: how many holders retire by `until`, and the earliest date. */
export async function holdersRetiring(
  db: Db,
  agencyId: string,
  ages: PensionAgeTable,
  positionIds: readonly string[],
  until: string,
) {
  if (positionIds.length === 0) return [];
  return queryRows<{
    position_id: string;
    holders: number;
    retiring: number;
    first_retires_on: string | null;
  }>(
    db,
    sql`with ${retiringCte(agencyId, ages, null)}
        select position_id, count(*)::int as holders,
          count(*) filter (where retires_on <= ${until}::date)::int as retiring,
          to_char(min(retires_on), 'YYYY-MM-DD') as first_retires_on
        from retiring where position_id = any(${pgArray(positionIds)}::uuid[])
        group by position_id`,
  );
}
