import { and, asc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
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
  retiredAt: positions.retiredAt,
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

/** The newest standard of the position (any status), so lists can offer compose or open. */
const latestStandard = sql<{ id: string; version: number; status: string } | null>`(
  select json_build_object('id', s.id, 'version', s.version, 'status', s.status)
  from job_standards s where s.position_id = ${positions.id} order by s.version desc limit 1)`;
const latestStatus = sql`(select s.status from job_standards s where s.position_id = ${positions.id}
  order by s.version desc limit 1)`;

const listColumns = {
  ...positionColumns,
  latestStandard,
  hasRatifiedStandard: sql<boolean>`exists (select 1 from job_standards s
    where s.position_id = ${positions.id} and s.status = 'ratified')`,
};

/** Where a position stands, as the list filters it: by its newest standard, or retired. */
export const positionStates = ['none', 'draft', 'inReview', 'ratified', 'retired'] as const;
export type PositionState = (typeof positionStates)[number];

export interface PositionFilter {
  q?: string | undefined;
  /** The unit and every unit below it. */
  orgUnitId?: string | undefined;
  positionGroup?: string | undefined;
  jobLevel?: string | undefined;
  state?: PositionState | undefined;
}

function stateCondition(state: PositionState): SQL {
  switch (state) {
    case 'retired':
      return isNotNull(positions.retiredAt);
    case 'none':
      return and(isNull(positions.retiredAt), sql`${latestStatus} is null`)!;
    case 'draft':
      return and(isNull(positions.retiredAt), sql`${latestStatus} = 'draft'`)!;
    case 'inReview':
      return and(isNull(positions.retiredAt), sql`${latestStatus} in ('submitted','verified','validated')`)!;
    case 'ratified':
      return and(isNull(positions.retiredAt), sql`${latestStatus} = 'ratified'`)!;
  }
}

function filterConditions(agencyId: string, filter: PositionFilter): SQL[] {
  const conditions: SQL[] = [eq(positions.agencyId, agencyId)];
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(positions.name, pattern), ilike(orgUnits.name, pattern))!);
  }
  if (filter.orgUnitId) {
    conditions.push(sql`${positions.orgUnitId} in (
      with recursive below as (
        select id from org_units where id = ${filter.orgUnitId}
        union all select u.id from org_units u join below b on u.parent_id = b.id)
      select id from below)`);
  }
  if (filter.positionGroup) conditions.push(eq(positions.positionGroup, filter.positionGroup));
  if (filter.jobLevel) conditions.push(eq(positions.jobLevel, filter.jobLevel));
  // Retired positions leave the working list unless asked for.
  conditions.push(filter.state ? stateCondition(filter.state) : isNull(positions.retiredAt));
  return conditions;
}

/**
 * The agency's positions by name that match the filter: all of them, or with `page` the
 * `limit + 1` after the previous page's last (name, id), along the (agency, name, id) index.
 */
export async function listPositions(
  db: Db,
  agencyId: string,
  filter: PositionFilter = {},
  page?: { after?: readonly (string | number)[] | undefined; limit: number },
) {
  const after = page?.after;
  const conditions = filterConditions(agencyId, filter);
  if (after) conditions.push(sql`(${positions.name}, ${positions.id}) > (${after[0]}, ${after[1]}::uuid)`);
  const query = db
    .select(listColumns)
    .from(positions)
    .innerJoin(agencies, eq(agencies.id, positions.agencyId))
    .leftJoin(orgUnits, eq(orgUnits.id, positions.orgUnitId))
    .where(and(...conditions))
    .orderBy(asc(positions.name), asc(positions.id));
  return page ? query.limit(page.limit + 1) : query;
}

/** How many positions match the filter (the list's heading), without paging. */
export async function countPositions(db: Db, agencyId: string, filter: PositionFilter) {
  const counted = db.select({ count: sql<number>`count(*)::int` }).from(positions);
  // The unit's name is read only by a text search: a join for nothing is most of the count of an
  // agency of 30,000 positions (org_units' key includes the agency, so PostgreSQL cannot drop it).
  const [row] = await (filter.q?.trim()
    ? counted.leftJoin(orgUnits, eq(orgUnits.id, positions.orgUnitId))
    : counted
  ).where(and(...filterConditions(agencyId, filter)));
  return row?.count ?? 0;
}

export async function updatePositionRow(db: Db, id: string, changes: Partial<typeof positions.$inferInsert>) {
  await db.update(positions).set(changes).where(eq(positions.id, id));
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

/** What keeps a position from being retired: standards in review, civil servants holding it. */
export async function positionRetirementBlockers(db: Db, positionId: string) {
  const [row] = await db
    .select({
      standardsInReview: sql<number>`(select count(*)::int from job_standards s
        where s.position_id = ${positionId} and s.status in ('submitted','verified','validated'))`,
      civilServants: sql<number>`(select count(*)::int from civil_servants c where c.position_id = ${positionId})`,
    })
    .from(positions)
    .where(eq(positions.id, positionId));
  return row ?? { standardsInReview: 0, civilServants: 0 };
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
        isNull(positions.retiredAt),
        sql`(lower(${positions.positionCode}) in (${lower(codes)}) or lower(${positions.name}) in (${lower(names)}))`,
      ),
    );
}
