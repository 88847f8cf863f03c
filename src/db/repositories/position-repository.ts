import { and, asc, eq, ilike, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, orgUnits, positions } from '../schema';

const positionColumns = {
  id: positions.id,
  agencyId: positions.agencyId,
  orgUnitId: positions.orgUnitId,
  orgUnitName: orgUnits.name,
  parentPositionId: positions.parentPositionId,
  name: positions.name,
  positionGroup: positions.positionGroup,
  jobLevel: positions.jobLevel,
  governmentAffair: positions.governmentAffair,
  summary: positions.summary,
  tasks: positions.tasks,
  positionCode: positions.positionCode,
  rankMin: positions.rankMin,
  rankMax: positions.rankMax,
  headcount: positions.headcount,
  requiredHeadcount: positions.requiredHeadcount,
  jobValue: positions.jobValue,
  jobGrade: positions.jobGrade,
  agencyKind: agencies.kind,
  agencyCode: agencies.code,
};

export type PositionRow = Awaited<ReturnType<typeof findPosition>> & {};

export async function findPosition(db: Db, id: string) {
  const [row] = await db
    .select(positionColumns)
    .from(positions)
    .innerJoin(agencies, eq(agencies.id, positions.agencyId))
    .leftJoin(orgUnits, eq(orgUnits.id, positions.orgUnitId))
    .where(eq(positions.id, id));
  return row;
}

export interface PositionFilter {
  q?: string | undefined;
  orgUnitId?: string | undefined;
  jobLevel?: string | undefined;
}

/**
 * The agency's positions by name: all of them, or with `page` the `limit + 1` after the previous
 * page's last (name, id), along the (agency, name, id) index.
 */
export async function listPositions(
  db: Db,
  agencyId: string,
  filter: PositionFilter = {},
  page?: { after?: readonly (string | number)[] | undefined; limit: number },
) {
  const q = filter.q?.trim();
  const after = page?.after;
  const query = db
    .select({
      ...positionColumns,
      /** The newest standard of the position (any status), so lists can offer compose or open. */
      latestStandard: sql<{ id: string; version: number; status: string } | null>`(
        select json_build_object('id', s.id, 'version', s.version, 'status', s.status)
        from job_standards s where s.position_id = ${positions.id} order by s.version desc limit 1)`,
      hasRatifiedStandard: sql<boolean>`exists (select 1 from job_standards s
        where s.position_id = ${positions.id} and s.status = 'ratified')`,
    })
    .from(positions)
    .innerJoin(agencies, eq(agencies.id, positions.agencyId))
    .leftJoin(orgUnits, eq(orgUnits.id, positions.orgUnitId))
    .where(
      and(
        eq(positions.agencyId, agencyId),
        q ? ilike(positions.name, `%${q}%`) : undefined,
        filter.orgUnitId ? eq(positions.orgUnitId, filter.orgUnitId) : undefined,
        filter.jobLevel ? eq(positions.jobLevel, filter.jobLevel) : undefined,
        after ? sql`(${positions.name}, ${positions.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(positions.name), asc(positions.id));
  return page ? query.limit(page.limit + 1) : query;
}

export async function insertPosition(
  db: Db,
  values: {
    agencyId: string;
    orgUnitId: string | null;
    parentPositionId: string | null;
    name: string;
    positionGroup: string;
    jobLevel: string;
    governmentAffair: string | null;
    summary: string | null;
    tasks: string[];
    rankMin: string | null;
    rankMax: string | null;
  },
) {
  const [row] = await db.insert(positions).values(values).returning({ id: positions.id });
  return row!.id;
}

export async function setPositionCode(db: Db, positionId: string, code: string) {
  await db.update(positions).set({ positionCode: code }).where(eq(positions.id, positionId));
}

/** The agency's positions whose code or name (case-insensitive) is one of those given. */
export async function findPositionsByCodeOrName(
  db: Db,
  agencyId: string,
  codes: readonly string[],
  names: readonly string[],
) {
  if (codes.length === 0 && names.length === 0) return [];
  const lower = (values: readonly string[]) =>
    values.length > 0
      ? sql.join(
          values.map((v) => sql`${v.toLowerCase()}`),
          sql`, `,
        )
      : sql`null`;
  return db
    .select(positionColumns)
    .from(positions)
    .innerJoin(agencies, eq(agencies.id, positions.agencyId))
    .leftJoin(orgUnits, eq(orgUnits.id, positions.orgUnitId))
    .where(
      and(
        eq(positions.agencyId, agencyId),
        sql`(lower(${positions.positionCode}) in (${lower(codes)}) or lower(${positions.name}) in (${lower(names)}))`,
      ),
    );
}
