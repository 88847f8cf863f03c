/**
 * The schedule, interviews and SOP steps of a drafting campaign (the campaign itself, its team and
 * scope are in `campaign-repository.ts`).
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { CampaignPhaseKind, IntervieweeRole, SopActorRole } from '../../domain/campaign';
import type { Db } from '../client';
import { campaignInterviews, campaignPhases, campaignSopSteps, users } from '../schema';

// --- Phases -----------------------------------------------------------------------------------

export type CampaignPhaseRow = typeof campaignPhases.$inferSelect & { kind: CampaignPhaseKind };

export async function listPhases(db: Db, campaignId: string) {
  return (await db
    .select()
    .from(campaignPhases)
    .where(eq(campaignPhases.campaignId, campaignId))
    .orderBy(asc(campaignPhases.sortOrder), asc(campaignPhases.startsOn))) as CampaignPhaseRow[];
}

export async function insertPhases(
  db: Db,
  rows: {
    campaignId: string;
    kind: CampaignPhaseKind;
    name: string;
    startsOn: string;
    endsOn: string;
    sortOrder: number;
  }[],
) {
  if (rows.length === 0) return [];
  return (await db.insert(campaignPhases).values(rows).returning()) as CampaignPhaseRow[];
}

export async function findPhase(db: Db, campaignId: string, phaseId: string) {
  const [row] = await db
    .select()
    .from(campaignPhases)
    .where(and(eq(campaignPhases.campaignId, campaignId), eq(campaignPhases.id, phaseId)));
  return row as CampaignPhaseRow | undefined;
}

export async function updatePhase(
  db: Db,
  phaseId: string,
  patch: Partial<{
    kind: CampaignPhaseKind;
    name: string;
    startsOn: string;
    endsOn: string;
    sortOrder: number;
  }>,
) {
  await db.update(campaignPhases).set(patch).where(eq(campaignPhases.id, phaseId));
}

export async function deletePhase(db: Db, phaseId: string) {
  await db.delete(campaignPhases).where(eq(campaignPhases.id, phaseId));
}

export async function deletePhases(db: Db, campaignId: string) {
  await db.delete(campaignPhases).where(eq(campaignPhases.campaignId, campaignId));
}

// --- Interviews -------------------------------------------------------------------------------

export async function listInterviews(db: Db, campaignId: string, positionId?: string) {
  return db
    .select({
      id: campaignInterviews.id,
      positionId: campaignInterviews.positionId,
      intervieweeRole: campaignInterviews.intervieweeRole,
      intervieweeName: campaignInterviews.intervieweeName,
      heldOn: campaignInterviews.heldOn,
      notes: campaignInterviews.notes,
      recordedBy: campaignInterviews.recordedBy,
      recordedByName: users.fullName,
      createdAt: campaignInterviews.createdAt,
    })
    .from(campaignInterviews)
    .leftJoin(users, eq(users.id, campaignInterviews.recordedBy))
    .where(
      and(
        eq(campaignInterviews.campaignId, campaignId),
        positionId ? eq(campaignInterviews.positionId, positionId) : undefined,
      ),
    )
    .orderBy(asc(campaignInterviews.heldOn), asc(campaignInterviews.createdAt));
}

export async function insertInterview(
  db: Db,
  values: {
    campaignId: string;
    positionId: string;
    intervieweeRole: IntervieweeRole;
    intervieweeName: string;
    heldOn: string;
    notes: string;
    recordedBy: string;
  },
) {
  const [row] = await db.insert(campaignInterviews).values(values).returning({ id: campaignInterviews.id });
  return row!.id;
}

// --- SOP steps --------------------------------------------------------------------------------

export type CampaignSopStepRow = typeof campaignSopSteps.$inferSelect & { actorRole: SopActorRole };

export async function listSopSteps(db: Db, campaignId: string) {
  return (await db
    .select()
    .from(campaignSopSteps)
    .where(eq(campaignSopSteps.campaignId, campaignId))
    .orderBy(asc(campaignSopSteps.sortOrder))) as CampaignSopStepRow[];
}

export async function findSopStep(db: Db, campaignId: string, stepId: string) {
  const [row] = await db
    .select()
    .from(campaignSopSteps)
    .where(and(eq(campaignSopSteps.campaignId, campaignId), eq(campaignSopSteps.id, stepId)));
  return row as CampaignSopStepRow | undefined;
}

export async function insertSopSteps(
  db: Db,
  rows: {
    campaignId: string;
    sortOrder: number;
    step: string;
    actorRole: SopActorRole;
    inputs: string;
    duration: string;
    output: string;
  }[],
) {
  if (rows.length === 0) return [];
  return (await db.insert(campaignSopSteps).values(rows).returning()) as CampaignSopStepRow[];
}

export async function updateSopStep(
  db: Db,
  stepId: string,
  patch: Partial<{
    sortOrder: number;
    step: string;
    actorRole: SopActorRole;
    inputs: string;
    duration: string;
    output: string;
  }>,
) {
  await db.update(campaignSopSteps).set(patch).where(eq(campaignSopSteps.id, stepId));
}

/** Signs a step off unless it already is (one atomic update); false when someone was first. */
export async function signOffSopStep(
  db: Db,
  stepId: string,
  values: { by: string; at: Date; note: string | null },
) {
  const rows = await db
    .update(campaignSopSteps)
    .set({ signedOffBy: values.by, signedOffAt: values.at, signOffNote: values.note })
    .where(and(eq(campaignSopSteps.id, stepId), isNull(campaignSopSteps.signedOffBy)))
    .returning({ id: campaignSopSteps.id });
  return rows.length > 0;
}

export async function deleteSopStep(db: Db, stepId: string) {
  await db.delete(campaignSopSteps).where(eq(campaignSopSteps.id, stepId));
}

export async function userNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.fullName]));
}
