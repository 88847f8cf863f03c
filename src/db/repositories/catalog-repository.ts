/**
 * The national catalog of ratified standards and the reports over standards. Set-based SQL:
 * one statement per question, whatever the number of standards.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';

export interface CatalogRow {
  id: string;
  position_name: string;
  job_level: string;
  position_code: string | null;
  ratified_at: Date | string;
  version: number;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  score: number;
  /** The catalog name (lower case) a search found the entry by. */
  match_name?: string;
}

/** A ratified version is in the catalog while no newer version of its lineage is ratified. */
const newestRatified = sql`not exists (select 1 from job_standards n where n.lineage_id = s.lineage_id
  and n.status = 'ratified' and n.version > s.version)`;

const catalogColumns = sql`s.id, s.position_name, s.job_level, s.position_code, s.ratified_at, s.version,
  a.id as agency_id, a.code as agency_code, a.name as agency_name`;

/** Counting stops here: past it a total only says "more than this". */
export const catalogCountCap = 1000;

/** `q` as a LIKE pattern for names containing it (its own `%`, `_` and `\\` taken literally). */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Whether some catalog name contains `q`. */
export async function anyCatalogNameContains(db: Db, q: string) {
  const rows = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from catalog_position_names n where n.name like ${containing(q)}) as found`,
  );
  return rows[0]?.found === true;
}

/** The next `limit` catalog names containing `q` in order, from `from` on (inclusive) or after `after`. */
export async function catalogNamesContaining(
  db: Db,
  q: string,
  bound: { from?: string | undefined; after?: string | undefined },
  limit: number,
) {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select n.name from catalog_position_names n
        where n.name like ${containing(q)}
          ${bound.from === undefined ? sql`` : sql`and n.name >= ${bound.from}`}
          ${bound.after === undefined ? sql`` : sql`and n.name > ${bound.after}`}
        order by n.name
        limit ${limit}`,
  );
  return rows.map((r) => r.name);
}

/**
 * When no name contains `q` (a typo): the `limit` names nearest it by word similarity, one KNN
 * walk of the names' trigram index, alphabetically.
 */
export async function catalogNamesNear(db: Db, q: string, limit: number) {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select x.name from (
          select n.name from catalog_position_names n
          where ${q} <% n.name
          order by ${q} <<-> n.name
          limit ${limit}) x
        order by x.name`,
  );
  return rows.map((r) => r.name);
}

/**
 * A page of the catalog by name (keyset on position name, id) through the partial catalog
 * indexes, and the number of entries counted up to `catalogCountCap + 1`.
 */
export async function browseCatalogPage(
  db: Db,
  params: { jobLevel?: string | undefined; after?: { name: string; id: string } | undefined; limit: number },
) {
  const level = params.jobLevel ? sql`and s.job_level = ${params.jobLevel}` : sql``;
  const after = params.after
    ? sql`and (s.position_name, s.id) > (${params.after.name}, ${params.after.id}::uuid)`
    : sql``;
  const [rows, counted] = await Promise.all([
    queryRows<CatalogRow>(
      db,
      sql`select ${catalogColumns}, 1::float8 as score
          from job_standards s join agencies a on a.id = s.agency_id
          where s.status = 'ratified' ${level} ${after} and ${newestRatified}
          order by s.position_name, s.id
          limit ${params.limit + 1}`,
    ),
    // Ordered like the page so the count walks the same index and stops at the cap.
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from (
            select 1 from job_standards s
            where s.status = 'ratified' ${level} and ${newestRatified}
            order by s.position_name, s.id
            limit ${catalogCountCap + 1}) x`,
    ),
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}

/** The catalog names a search reads: those containing `q`, or the given ones (lower case). */
function searchedNames(q: string, names: string[] | undefined) {
  return names
    ? sql`(select value as name from jsonb_array_elements_text(${JSON.stringify(names)}::jsonb)) n`
    : sql`(select name from catalog_position_names where name like ${containing(q)}) n`;
}

/**
 * The entries of each searched name `n`, through the lower-name btree, at most `limit` per name
 * (matched as a range, `between n and n`: for `=` the planner may take the trigram GiST instead,
 * which reads far more pages per name; see `similarStandards`).
 */
const entriesOfName = (jobLevel: string | undefined, after: SQL, limit: number) =>
  sql`cross join lateral (
        select s.* from job_standards s
        where lower(s.position_name) between n.name and n.name and s.status = 'ratified'
          ${jobLevel ? sql`and s.job_level = ${jobLevel}` : sql``} and ${newestRatified} ${after}
        order by s.id
        limit ${limit}) s`;

/**
 * The entries bearing some names (lower case), keyset on (lower-case name, id), at most
 * `limit + 1` of them and of each name.
 */
export async function searchCatalogPage(
  db: Db,
  params: {
    q: string;
    names: string[];
    jobLevel?: string | undefined;
    after?: { name: string; id: string } | undefined;
    limit: number;
  },
) {
  const after = params.after
    ? sql`and (n.name > ${params.after.name} or (n.name = ${params.after.name} and s.id > ${params.after.id}::uuid))`
    : sql``;
  return queryRows<CatalogRow>(
    db,
    // The score is computed for the page's rows only, after the limit.
    sql`select p.*, round(word_similarity(${params.q}, p.match_name)::numeric, 4)::float8 as score
        from (
          select ${catalogColumns}, n.name as match_name
          from ${searchedNames(params.q, params.names)}
          ${entriesOfName(params.jobLevel, after, params.limit + 1)}
          join agencies a on a.id = s.agency_id
          order by n.name, s.id
          limit ${params.limit + 1}) p
        order by p.match_name, p.id`,
  );
}

/** How many entries a search finds, counted up to the cap + 1. */
export async function countCatalogMatches(
  db: Db,
  params: { q: string; names?: string[] | undefined; jobLevel?: string | undefined },
) {
  const [row] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from (
          select 1 from ${searchedNames(params.q, params.names)}
          ${entriesOfName(params.jobLevel, sql``, catalogCountCap + 1)}
          limit ${catalogCountCap + 1}) x`,
  );
  return row?.total ?? 0;
}

export interface SimilarRow extends CatalogRow {
  name_score: number;
  summary_score: number;
  competency_score: number;
  same_job_level: boolean;
}

/** How many standards sharing one technical competency the competency lookup takes. */
const standardsPerCompetency = 100;

/**
 * Ratified standards of other agencies like a position: by name and summary (trigram) and by the
 * technical competencies they share with the position's own draft, same job level counting too.
 * Candidates come from bounded index lookups, so the cost does not grow with the catalog:
 * - by name: the nearest distinct catalog names (trigram KNN over `catalog_position_names`, far
 *   smaller than the catalog), then at most ten (or `limit`) standards of each through the
 *   lower-name index, the same job level first. The name is matched as a range (`between n and
 *   n`, the same rows as `=`): for `=` the planner takes the name's trigram GiST index just as
 *   well, which reads some thirty times more pages per name than the btree;
 * - by competency: at most a few hundred standards per shared technical competency through the
 *   competency index, those sharing the most first.
 * Only the newest ratified version of a lineage is kept. The candidates' rows and their technical
 * competencies are read by id (`= any(array(…))`), through the primary keys, never by a scan the
 * planner might choose from a poor estimate of the candidates.
 */
export async function similarStandards(
  db: Db,
  position: { id: string; agencyId: string; name: string; summary: string | null; jobLevel: string },
  limit: number,
) {
  const name = position.name.toLowerCase();
  const summary = (position.summary ?? '').toLowerCase();
  // Candidates grow with the page asked for, never with the catalog.
  const nearestNames = Math.max(20, 2 * limit);
  // Of one name shared by many agencies, those of the same job level first.
  const standardsPerName = Math.max(10, limit);
  const competencyCandidates = Math.max(100, 4 * limit);
  return queryRows<SimilarRow>(
    db,
    sql`with own as (
          select c.competency_id from job_standard_competencies c
          where c.kind = 'technical' and c.standard_id = (
            select s.id from job_standards s where s.position_id = ${position.id} order by s.version desc limit 1)
        ),
        near_names as (
          select n.name from catalog_position_names n
          order by n.name <-> ${name}
          limit ${nearestNames}
        ),
        by_name as (
          select x.id from near_names n
          cross join lateral (
            select s.id from job_standards s
            where lower(s.position_name) between n.name and n.name
              and s.status = 'ratified' and s.agency_id <> ${position.agencyId}
            order by s.job_level = ${position.jobLevel} desc
            limit ${standardsPerName}) x
        ),
        by_competency as (
          select x.standard_id as id from own o
          cross join lateral (
            select c.standard_id from job_standard_competencies c
            join job_standards s on s.id = c.standard_id
            where c.competency_id = o.competency_id and s.status = 'ratified' and s.agency_id <> ${position.agencyId}
            limit ${standardsPerCompetency}) x
          group by x.standard_id
          order by count(*) desc
          limit ${competencyCandidates}
        ),
        candidates as (
          select s.id, s.agency_id, s.position_name, s.job_level, s.position_code, s.ratified_at, s.version,
            s.content->'identity'->>'summary' as summary
          from job_standards s
          where s.id = any(array(select id from by_name union select id from by_competency))
            and not exists (select 1 from job_standards n where n.lineage_id = s.lineage_id
                            and n.status = 'ratified' and n.version > s.version)
        ),
        tech as (
          select c.standard_id, count(*)::float8 as total,
            count(*) filter (where c.competency_id in (select competency_id from own))::float8 as shared
          from job_standard_competencies c
          where c.kind = 'technical' and c.standard_id = any(array(select id from candidates))
          group by c.standard_id
        ),
        scored as (
          select c.*,
            similarity(lower(c.position_name), ${name}) as name_score,
            case when ${summary} = '' then 0 else similarity(lower(coalesce(c.summary, '')), ${summary}) end as summary_score,
            coalesce(t.shared / nullif((select count(*) from own) + t.total - t.shared, 0), 0) as competency_score,
            c.job_level = ${position.jobLevel} as same_job_level
          from candidates c left join tech t on t.standard_id = c.id
        )
        select s.id, s.position_name, s.job_level, s.position_code, s.ratified_at, s.version,
          a.id as agency_id, a.code as agency_code, a.name as agency_name,
          round(s.name_score::numeric, 4)::float8 as name_score,
          round(s.summary_score::numeric, 4)::float8 as summary_score,
          round(s.competency_score::numeric, 4)::float8 as competency_score, s.same_job_level,
          round((0.5 * s.name_score + 0.2 * s.summary_score + 0.2 * s.competency_score
                 + case when s.same_job_level then 0.1 else 0 end)::numeric, 4)::float8 as score
        from scored s join agencies a on a.id = s.agency_id
        order by score desc, s.position_name, s.id
        limit ${limit}`,
  );
}

/** Per org unit and job level: positions on the map (not retired), and how many have a ratified standard. */
export async function meritCoverage(db: Db, agencyId: string | null) {
  return queryRows<{
    agency_id: string;
    agency_name: string;
    org_unit_id: string | null;
    org_unit_name: string | null;
    job_level: string;
    positions: number;
    ratified: number;
  }>(
    db,
    sql`select p.agency_id, a.name as agency_name, p.org_unit_id, u.name as org_unit_name, p.job_level,
          count(*)::int as positions,
          count(*) filter (where exists (select 1 from job_standards s
                                         where s.position_id = p.id and s.status = 'ratified'))::int as ratified
        from positions p
        join agencies a on a.id = p.agency_id
        left join org_units u on u.id = p.org_unit_id
        where ${agencyId ? sql`p.agency_id = ${agencyId}` : sql`true`} and p.retired_at is null
        group by p.agency_id, a.name, p.org_unit_id, u.name, p.job_level
        order by a.name, u.name nulls last, p.job_level`,
  );
}

/** Findings of the agency consistency report, in three lists; retired positions are left out. */
export async function consistencyReport(db: Db, agencyId: string) {
  const [differingLevels, editedRows, withoutStandard] = await Promise.all([
    queryRows<{
      position_name: string;
      job_level: string;
      standards: { id: string; levels: Record<string, number> }[];
    }>(
      db,
      sql`with latest as (
            select distinct on (s.lineage_id) s.id, s.position_name, s.job_level
            from job_standards s join positions p on p.id = s.position_id and p.retired_at is null
            where s.agency_id = ${agencyId}
            order by s.lineage_id, s.version desc
          ),
          levels as (
            select l.id, lower(l.position_name) as key, l.position_name, l.job_level,
              jsonb_object_agg(c.name, c.required_level order by c.name) as levels
            from latest l join job_standard_competencies c on c.standard_id = l.id
            group by l.id, l.position_name, l.job_level
          )
          select min(position_name) as position_name, job_level,
            json_agg(json_build_object('id', id, 'levels', levels)) as standards
          from levels group by key, job_level
          having count(*) > 1 and count(distinct levels) > 1`,
    ),
    queryRows<{ standard_id: string; position_name: string; competency_name: string; kind: string }>(
      db,
      sql`select s.id as standard_id, s.position_name, c.name as competency_name, c.kind
          from job_standards s join job_standard_competencies c on c.standard_id = s.id
          join positions p on p.id = s.position_id and p.retired_at is null
          where s.agency_id = ${agencyId} and c.edited_from_dictionary
            and s.version = (select max(x.version) from job_standards x where x.lineage_id = s.lineage_id)
          order by s.position_name, c.name`,
    ),
    queryRows<{ id: string; name: string; job_level: string; org_unit_name: string | null }>(
      db,
      sql`select p.id, p.name, p.job_level, u.name as org_unit_name
          from positions p left join org_units u on u.id = p.org_unit_id
          where p.agency_id = ${agencyId} and p.retired_at is null
            and not exists (select 1 from job_standards s where s.position_id = p.id)
          order by p.name`,
    ),
  ]);
  return { differingLevels, editedRows, withoutStandard };
}
