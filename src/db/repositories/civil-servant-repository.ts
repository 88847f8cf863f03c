/** Keyset-paged list of an agency's civil servants (see `src/services/paging.ts`). */
import { and, asc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import { type Db, pgArray, queryRows } from '../client';
import { civilServants, positions } from '../schema';

export type CivilServantSort = 'name' | 'nip';

export interface CivilServantFilter {
  q?: string | undefined;
  positionId?: string | undefined;
  performance?: 'below' | 'meets' | 'above' | undefined;
}

const listColumns = {
  id: civilServants.id,
  nip: civilServants.nip,
  name: civilServants.name,
  rankGrade: civilServants.rankGrade,
  educationLevel: civilServants.educationLevel,
  performance: civilServants.performance,
  performanceRating: civilServants.performanceRating,
  positionId: civilServants.positionId,
  positionName: positions.name,
  hasLogin: sql<boolean>`${civilServants.userId} is not null`,
};

export type CivilServantListRow = {
  id: string;
  nip: string;
  name: string;
  rankGrade: string | null;
  educationLevel: string | null;
  performance: string | null;
  performanceRating: string | null;
  positionId: string | null;
  positionName: string | null;
  hasLogin: boolean;
};

/** An NIP is 18 digits: a search of digits only (spaces aside) looks for NIPs starting with them. */
function nipPrefix(q: string): string | null {
  const compact = q.replace(/\s+/g, '');
  return /^\d+$/.test(compact) ? compact : null;
}

/** What a search matches: NIPs by prefix for digits, else names containing the text (`%`, `_` literal). */
function searchCondition(q: string): SQL {
  const nip = nipPrefix(q);
  if (nip !== null) return sql`${civilServants.nip} like ${`${nip}%`}`;
  return ilike(civilServants.name, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** The list's conditions other than the search. */
function listFilter(agencyId: string, filter: CivilServantFilter): SQL | undefined {
  return and(
    eq(civilServants.agencyId, agencyId),
    filter.positionId ? eq(civilServants.positionId, filter.positionId) : undefined,
    filter.performance ? eq(civilServants.performance, filter.performance) : undefined,
  );
}

export function civilServantFilter(agencyId: string, filter: CivilServantFilter): SQL | undefined {
  const q = filter.q?.trim();
  return and(listFilter(agencyId, filter), q ? searchCondition(q) : undefined);
}

/** Rows of the list in its order read to find a name search's page before searching by trigrams. */
export const nameSearchWindow = 2_000;

/**
 * `limit + 1` rows after `after` (the previous page's last sort key) in the sort's order: name then
 * id (names repeat), or NIP (unique). Both follow an index led by the agency, so a page costs the
 * same at any depth.
 */
export async function pageCivilServants(
  db: Db,
  agencyId: string,
  params: CivilServantFilter & {
    sort: CivilServantSort;
    after?: readonly (string | number)[];
    limit: number;
  },
  window = nameSearchWindow,
): Promise<CivilServantListRow[]> {
  const after = params.after;
  const keyset =
    after === undefined
      ? undefined
      : params.sort === 'nip'
        ? sql`${civilServants.nip} > ${after[0]}`
        : sql`(${civilServants.name}, ${civilServants.id}) > (${after[0]}, ${after[1]}::uuid)`;
  const order =
    params.sort === 'nip' ? [asc(civilServants.nip)] : [asc(civilServants.name), asc(civilServants.id)];
  const q = params.q?.trim();
  const rows = (where: SQL | undefined) =>
    db
      .select(listColumns)
      .from(civilServants)
      .leftJoin(positions, eq(positions.id, civilServants.positionId))
      .where(where)
      .orderBy(...order)
      .limit(params.limit + 1);
  if (!q || nipPrefix(q) !== null) return rows(and(civilServantFilter(agencyId, params), keyset));
  // A name search. Along the list's index the page's rows are found after reading every name
  // before them: "siti" in an agency of 300,000 read the 210,000 names before S (≈ 570 ms on
  // PGlite). So the next `nameSearchWindow` rows of the list are searched first — enough when the
  // text is common there — and otherwise the matches are found by trigrams (the cost follows how
  // many match) and sorted. Either way the page is exactly the first matches after the cursor.
  const base = and(listFilter(agencyId, params), keyset);
  const search = searchCondition(q);
  const orderSql = params.sort === 'nip' ? sql`nip` : sql`name, id`;
  const read = await queryRows<{ id: string; hit: boolean }>(
    db,
    sql`select ${civilServants.id} as id, ${search} as hit from ${civilServants}
        where ${base} order by ${orderSql} limit ${window}`,
  );
  let ids = read.filter((r) => r.hit).map((r) => r.id);
  if (ids.length <= params.limit && read.length === window) {
    const found = await queryRows<{ id: string }>(
      db,
      sql`with matches as materialized (
            select ${civilServants.id} as id, ${civilServants.name} as name, ${civilServants.nip} as nip
            from ${civilServants} where ${and(base, search)})
          select id from matches order by ${orderSql} limit ${params.limit + 1}`,
    );
    ids = found.map((r) => r.id);
  }
  ids = ids.slice(0, params.limit + 1);
  if (ids.length === 0) return [];
  return rows(
    and(eq(civilServants.agencyId, agencyId), sql`${civilServants.id} = any(${pgArray(ids)}::uuid[])`),
  );
}
