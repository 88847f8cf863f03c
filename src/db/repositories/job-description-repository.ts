/** Job descriptions, their versions, and the agencies' workload settings. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { JobDescription } from '../../domain/job-description';
import { defaultWorkloadPolicy, type WorkloadPolicy } from '../../domain/workload';
import { type Db, pgArray, queryRows } from '../client';
import { jobDescriptions, jobDescriptionVersions, positions, users, workloadSettings } from '../schema';
import { agencyOf } from './agency-of';

export type JobDescriptionStatus = 'draft' | 'ratified';

export interface JobDescriptionRow {
  id: string;
  agencyId: string;
  positionId: string;
  version: number;
  revision: number;
  status: JobDescriptionStatus;
  content: JobDescription;
  workloadMinutes: number;
  workloadNeed: number;
  workloadHeadcount: number;
  updatedAt: Date;
}

export async function findJobDescription(
  db: Db,
  positionId: string,
  forUpdate = false,
): Promise<JobDescriptionRow | undefined> {
  const query = db
    .select({
      id: jobDescriptions.id,
      agencyId: jobDescriptions.agencyId,
      positionId: jobDescriptions.positionId,
      version: jobDescriptions.version,
      revision: jobDescriptions.revision,
      status: jobDescriptions.status,
      content: jobDescriptions.content,
      workloadMinutes: jobDescriptions.workloadMinutes,
      workloadNeed: jobDescriptions.workloadNeed,
      workloadHeadcount: jobDescriptions.workloadHeadcount,
      updatedAt: jobDescriptions.updatedAt,
    })
    .from(jobDescriptions)
    .where(eq(jobDescriptions.positionId, positionId));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row as JobDescriptionRow | undefined;
}

export interface WorkloadFigures {
  workloadMinutes: number;
  workloadNeed: number;
  workloadHeadcount: number;
}

export async function insertJobDescription(
  db: Db,
  values: {
    agencyId: string;
    positionId: string;
    content: JobDescription;
    updatedBy: string;
  } & WorkloadFigures,
): Promise<string | undefined> {
  // undefined: the position got its job description meanwhile (a concurrent first save).
  const [row] = await db
    .insert(jobDescriptions)
    .values({ ...values, version: 1, revision: 1, status: 'draft' })
    .onConflictDoNothing({ target: [jobDescriptions.positionId, jobDescriptions.agencyId] })
    .returning({ id: jobDescriptions.id });
  return row?.id;
}

/** A new version becomes current: content, figures, version + 1, revision + 1, back to draft. */
export async function updateJobDescription(
  db: Db,
  id: string,
  values: { content: JobDescription; updatedBy: string } & WorkloadFigures,
): Promise<{ version: number; revision: number }> {
  const [row] = await db
    .update(jobDescriptions)
    .set({
      ...values,
      status: 'draft',
      version: sql`${jobDescriptions.version} + 1`,
      revision: sql`${jobDescriptions.revision} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(jobDescriptions.id, id))
    .returning({ version: jobDescriptions.version, revision: jobDescriptions.revision });
  return row!;
}

export async function markJobDescriptionRatified(
  db: Db,
  id: string,
  version: number,
  userId: string,
): Promise<{ revision: number; ratifiedAt: Date }> {
  const at = new Date();
  const [row] = await db
    .update(jobDescriptions)
    .set({ status: 'ratified', revision: sql`${jobDescriptions.revision} + 1`, updatedAt: at })
    .where(eq(jobDescriptions.id, id))
    .returning({ revision: jobDescriptions.revision });
  await db
    .update(jobDescriptionVersions)
    .set({ ratifiedBy: userId, ratifiedAt: at })
    .where(and(eq(jobDescriptionVersions.jobDescriptionId, id), eq(jobDescriptionVersions.version, version)));
  return { revision: row!.revision, ratifiedAt: at };
}

export async function insertJobDescriptionVersion(
  db: Db,
  values: {
    jobDescriptionId: string;
    version: number;
    positionName: string;
    content: JobDescription;
    source: 'edit' | 'import';
    createdBy: string;
  },
): Promise<void> {
  await db
    .insert(jobDescriptionVersions)
    .values({ ...values, agencyId: agencyOf.jobDescription(values.jobDescriptionId) });
}

export async function listJobDescriptionVersions(db: Db, jobDescriptionId: string) {
  return db
    .select({
      version: jobDescriptionVersions.version,
      positionName: jobDescriptionVersions.positionName,
      source: jobDescriptionVersions.source,
      createdAt: jobDescriptionVersions.createdAt,
      createdBy: users.fullName,
      ratifiedAt: jobDescriptionVersions.ratifiedAt,
      tasks: sql<number>`jsonb_array_length(${jobDescriptionVersions.content} -> 'tasks')`,
    })
    .from(jobDescriptionVersions)
    .leftJoin(users, eq(users.id, jobDescriptionVersions.createdBy))
    .where(eq(jobDescriptionVersions.jobDescriptionId, jobDescriptionId))
    .orderBy(desc(jobDescriptionVersions.version));
}

export async function findJobDescriptionVersion(db: Db, jobDescriptionId: string, version: number) {
  const [row] = await db
    .select({
      version: jobDescriptionVersions.version,
      positionName: jobDescriptionVersions.positionName,
      content: jobDescriptionVersions.content,
      source: jobDescriptionVersions.source,
      createdAt: jobDescriptionVersions.createdAt,
      ratifiedAt: jobDescriptionVersions.ratifiedAt,
    })
    .from(jobDescriptionVersions)
    .where(
      and(
        eq(jobDescriptionVersions.jobDescriptionId, jobDescriptionId),
        eq(jobDescriptionVersions.version, version),
      ),
    );
  return row as (Omit<typeof row & {}, 'content'> & { content: JobDescription }) | undefined;
}

/** The agency's settings, or the defaults when it has set none. */
export async function loadWorkloadPolicy(
  db: Db,
  agencyId: string,
): Promise<WorkloadPolicy & { custom: boolean; updatedAt: Date | null }> {
  const [row] = await db
    .select({
      effectiveMinutesPerYear: workloadSettings.effectiveMinutesPerYear,
      minutesPerDay: workloadSettings.minutesPerDay,
      updatedAt: workloadSettings.updatedAt,
    })
    .from(workloadSettings)
    .where(eq(workloadSettings.agencyId, agencyId));
  return row ? { ...row, custom: true } : { ...defaultWorkloadPolicy, custom: false, updatedAt: null };
}

export async function saveWorkloadPolicy(db: Db, agencyId: string, policy: WorkloadPolicy, userId: string) {
  const values = { ...policy, updatedBy: userId, updatedAt: new Date() };
  await db
    .insert(workloadSettings)
    .values({ agencyId, ...values })
    .onConflictDoUpdate({ target: workloadSettings.agencyId, set: values });
}

/** Every job description of an agency with its tasks, for a recomputation under new settings. */
export async function listAgencyTasks(db: Db, agencyId: string) {
  return queryRows<{
    id: string;
    position_id: string;
    tasks: JobDescription['tasks'];
    workload_headcount: number;
    required_headcount: number;
  }>(
    db,
    sql`select d.id, d.position_id, d.content -> 'tasks' as tasks, d.workload_headcount, p.required_headcount
        from job_descriptions d join positions p on p.id = d.position_id
        where d.agency_id = ${agencyId}`,
  );
}

/**
 * Stores recomputed figures set-based; positions with any workload take its headcount as their
 * required headcount. Returns the ids of positions whose required headcount changed.
 */
export async function storeWorkloadFigures(
  db: Db,
  rows: readonly ({ id: string } & WorkloadFigures)[],
): Promise<string[]> {
  const changed: string[] = [];
  for (let i = 0; i < rows.length; i += 10_000) {
    const chunk = rows.slice(i, i + 10_000);
    const ids = pgArray(chunk.map((r) => r.id));
    await db.execute(sql`
      update job_descriptions d set workload_minutes = t.m, workload_need = t.n, workload_headcount = t.h
      from unnest(${ids}::uuid[], ${pgArray(chunk.map((r) => r.workloadMinutes))}::float8[],
                  ${pgArray(chunk.map((r) => r.workloadNeed))}::float8[],
                  ${pgArray(chunk.map((r) => r.workloadHeadcount))}::int[]) as t(id, m, n, h)
      where d.id = t.id`);
    const updated = await queryRows<{ id: string }>(
      db,
      sql`update positions p set required_headcount = d.workload_headcount
          from job_descriptions d
          where d.id = any(${ids}::uuid[]) and p.id = d.position_id and d.workload_minutes > 0
            and p.required_headcount <> d.workload_headcount
          returning p.id`,
    );
    changed.push(...updated.map((r) => r.id));
  }
  return changed;
}

export async function setRequiredHeadcount(db: Db, positionId: string, requiredHeadcount: number) {
  await db.update(positions).set({ requiredHeadcount }).where(eq(positions.id, positionId));
}

/** Names of the positions directly under a position (its subordinates on the position map). */
export async function listSubordinateNames(db: Db, positionId: string): Promise<string[]> {
  const rows = await db
    .select({ name: positions.name })
    .from(positions)
    .where(eq(positions.parentPositionId, positionId))
    .orderBy(positions.name);
  return rows.map((r) => r.name);
}

export interface UnitWorkloadRow {
  unit_id: string;
  unit_name: string;
  unit_code: string | null;
  parent_id: string | null;
  depth: number;
  position_id: string | null;
  position_name: string | null;
  job_level: string | null;
  headcount: number | null;
  required_headcount: number | null;
  has_job_description: boolean;
  tasks: number | null;
  workload_minutes: number | null;
  workload_need: number | null;
  workload_headcount: number | null;
}

/** A unit and its sub-units (depth first by name), each with its positions and their workload. */
export async function unitWorkloadRows(db: Db, orgUnitId: string): Promise<UnitWorkloadRow[]> {
  return queryRows<UnitWorkloadRow>(
    db,
    sql`with recursive tree as (
          select id, name, code, parent_id, 0 as depth, array[name] as path from org_units where id = ${orgUnitId}
          union all
          select u.id, u.name, u.code, u.parent_id, tree.depth + 1, tree.path || u.name
          from org_units u join tree on u.parent_id = tree.id where tree.depth < 50
        )
        select tree.id as unit_id, tree.name as unit_name, tree.code as unit_code, tree.parent_id, tree.depth,
          p.id as position_id, p.name as position_name, p.job_level, p.headcount, p.required_headcount,
          d.id is not null as has_job_description, jsonb_array_length(d.content -> 'tasks') as tasks,
          d.workload_minutes, d.workload_need, d.workload_headcount
        from tree
        left join positions p on p.org_unit_id = tree.id and p.retired_at is null
        left join job_descriptions d on d.position_id = p.id
        order by tree.path, p.name`,
  );
}
