/** Keyset-paged list of an agency's civil servants (see `src/services/paging.ts`). */
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
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

export function civilServantFilter(agencyId: string, filter: CivilServantFilter): SQL | undefined {
  const q = filter.q?.trim();
  return and(
    eq(civilServants.agencyId, agencyId),
    q
      ? or(ilike(civilServants.name, `%${q}%`), ilike(civilServants.nip, `${q.replace(/\s+/g, '')}%`))
      : undefined,
    filter.positionId ? eq(civilServants.positionId, filter.positionId) : undefined,
    filter.performance ? eq(civilServants.performance, filter.performance) : undefined,
  );
}

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
): Promise<CivilServantListRow[]> {
  const after = params.after;
  const keyset =
    after === undefined
      ? undefined
      : params.sort === 'nip'
        ? sql`${civilServants.nip} > ${after[0]}`
        : sql`(${civilServants.name}, ${civilServants.id}) > (${after[0]}, ${after[1]}::uuid)`;
  return db
    .select(listColumns)
    .from(civilServants)
    .leftJoin(positions, eq(positions.id, civilServants.positionId))
    .where(and(civilServantFilter(agencyId, params), keyset))
    .orderBy(
      ...(params.sort === 'nip'
        ? [asc(civilServants.nip)]
        : [asc(civilServants.name), asc(civilServants.id)]),
    )
    .limit(params.limit + 1);
}
