/** Job standards (one row per version), their flat competency rows and workflow transitions. */
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { dictionaryTextEdits, type JobStandard } from '../../domain/job-standard';
import type { StandardStatus } from '../../domain/job-standard-workflow';
import { type Db, queryRows } from '../client';
import {
  jobStandardCompetencies,
  jobStandards,
  jobStandardTransitions,
  positionCodeCounter,
  users,
} from '../schema';
import { agencyOf } from './agency-of';

export interface StandardRow {
  id: string;
  lineageId: string;
  version: number;
  agencyId: string;
  positionId: string;
  status: StandardStatus;
  revision: number;
  positionName: string;
  jobLevel: string;
  content: JobStandard;
  policyName: string;
  positionCode: string | null;
  originStandardId: string | null;
  submittedBy: string | null;
  submittedAt: Date | null;
  ratifiedBy: string | null;
  ratifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export async function findStandard(db: Db, id: string, forUpdate = false): Promise<StandardRow | undefined> {
  const query = db.select().from(jobStandards).where(eq(jobStandards.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row as StandardRow | undefined;
}

/** The newest version of the position's standard that is still in the workflow (not ratified). */
export async function findOpenStandardForPosition(db: Db, positionId: string) {
  const [row] = await db
    .select({ id: jobStandards.id, status: jobStandards.status })
    .from(jobStandards)
    .where(and(eq(jobStandards.positionId, positionId), ne(jobStandards.status, 'ratified')))
    .limit(1);
  return row;
}

export async function latestVersionOfLineage(db: Db, lineageId: string) {
  const [row] = await db
    .select({ id: jobStandards.id, version: jobStandards.version, status: jobStandards.status })
    .from(jobStandards)
    .where(eq(jobStandards.lineageId, lineageId))
    .orderBy(desc(jobStandards.version))
    .limit(1);
  return row;
}

export async function listVersionsOfLineage(db: Db, lineageId: string) {
  return db
    .select({
      id: jobStandards.id,
      version: jobStandards.version,
      status: jobStandards.status,
      positionCode: jobStandards.positionCode,
      createdAt: jobStandards.createdAt,
      ratifiedAt: jobStandards.ratifiedAt,
      updatedAt: jobStandards.updatedAt,
    })
    .from(jobStandards)
    .where(eq(jobStandards.lineageId, lineageId))
    .orderBy(desc(jobStandards.version));
}

export async function insertStandard(
  db: Db,
  values: {
    id?: string;
    lineageId?: string;
    version: number;
    agencyId: string;
    positionId: string;
    content: JobStandard;
    policyName: string;
    originStandardId?: string | null;
    positionCode?: string | null;
    createdBy: string;
    /** Adopted as is: the row starts ratified (default: draft). */
    ratified?: { by: string; at: Date };
  },
): Promise<string> {
  const id = values.id ?? crypto.randomUUID();
  await db.insert(jobStandards).values({
    id,
    lineageId: values.lineageId ?? id,
    version: values.version,
    agencyId: values.agencyId,
    positionId: values.positionId,
    status: values.ratified ? 'ratified' : 'draft',
    ...(values.ratified ? { ratifiedBy: values.ratified.by, ratifiedAt: values.ratified.at } : {}),
    positionName: values.content.identity.positionName,
    jobLevel: values.content.identity.jobLevel,
    content: values.content,
    policyName: values.policyName,
    originStandardId: values.originStandardId ?? null,
    positionCode: values.positionCode ?? null,
    createdBy: values.createdBy,
  });
  await replaceStandardCompetencies(db, id, values.content);
  return id;
}

export async function updateStandardContent(db: Db, id: string, content: JobStandard) {
  await db
    .update(jobStandards)
    .set({
      content,
      positionName: content.identity.positionName,
      jobLevel: content.identity.jobLevel,
      revision: sql`${jobStandards.revision} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(jobStandards.id, id));
  await replaceStandardCompetencies(db, id, content);
}

export async function updateStandardStatus(
  db: Db,
  id: string,
  values: {
    status: StandardStatus;
    submittedBy?: string | null;
    submittedAt?: Date | null;
    ratifiedBy?: string;
    ratifiedAt?: Date;
    positionCode?: string;
    content?: JobStandard;
  },
) {
  await db
    .update(jobStandards)
    .set({ ...values, revision: sql`${jobStandards.revision} + 1`, updatedAt: new Date() })
    .where(eq(jobStandards.id, id));
}

async function replaceStandardCompetencies(db: Db, standardId: string, content: JobStandard) {
  await db.delete(jobStandardCompetencies).where(eq(jobStandardCompetencies.standardId, standardId));
  const seen = new Set<string>();
  const rows = content.competencies
    .filter((row) => !seen.has(row.competencyId) && seen.add(row.competencyId))
    .map((row) => ({
      agencyId: agencyOf.jobStandard(standardId),
      standardId,
      competencyId: row.competencyId,
      kind: row.kind,
      name: row.name,
      requiredLevel: row.requiredLevel,
      editedFromDictionary: Object.values(dictionaryTextEdits(row)).some(Boolean),
    }));
  if (rows.length > 0) await db.insert(jobStandardCompetencies).values(rows);
}

export async function insertStandardTransition(
  db: Db,
  values: {
    standardId: string;
    action: string;
    fromStatus: string | null;
    toStatus: string;
    actorId: string;
    comment: string | null;
  },
) {
  await db
    .insert(jobStandardTransitions)
    .values({ ...values, agencyId: agencyOf.jobStandard(values.standardId) });
}

export async function listStandardTransitions(db: Db, standardIds: string[]) {
  if (standardIds.length === 0) return [];
  return db
    .select({
      standardId: jobStandardTransitions.standardId,
      action: jobStandardTransitions.action,
      fromStatus: jobStandardTransitions.fromStatus,
      toStatus: jobStandardTransitions.toStatus,
      comment: jobStandardTransitions.comment,
      at: jobStandardTransitions.at,
      actorName: users.fullName,
      actorRole: users.role,
      actorNip: users.nip,
      actorTitle: users.positionTitle,
    })
    .from(jobStandardTransitions)
    .leftJoin(users, eq(users.id, jobStandardTransitions.actorId))
    .where(inArray(jobStandardTransitions.standardId, standardIds))
    .orderBy(asc(jobStandardTransitions.id));
}

/** The next number of the national position code sequence of a year (atomic upsert). */
export async function nextPositionCodeNumber(db: Db, year: number): Promise<number> {
  const rows = await db
    .insert(positionCodeCounter)
    .values({ year, lastValue: 1 })
    .onConflictDoUpdate({
      target: positionCodeCounter.year,
      set: { lastValue: sql`${positionCodeCounter.lastValue} + 1` },
    })
    .returning({ value: positionCodeCounter.lastValue });
  return rows[0]!.value;
}

export async function listAgencyStandards(db: Db, agencyId: string) {
  return queryRows<{
    id: string;
    lineage_id: string;
    version: number;
    position_id: string;
    position_name: string;
    job_level: string;
    status: StandardStatus;
    position_code: string | null;
    updated_at: string;
    content: JobStandard;
  }>(
    db,
    sql`select distinct on (s.lineage_id) s.id, s.lineage_id, s.version, s.position_id, s.position_name, s.job_level,
          s.status, s.position_code, s.updated_at, s.content
        from job_standards s join positions p on p.id = s.position_id and p.retired_at is null
        where s.agency_id = ${agencyId}
        order by s.lineage_id, s.version desc`,
  );
}
