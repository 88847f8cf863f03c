/**
 * The schedule, interviews and SOP steps of a drafting campaign (the drafting campaign itself, its team and
 * scope are in `drafting-campaign-repository.ts`).
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type {
  DraftingCampaignPhaseKind,
  IntervieweeRole,
  SopActorRole,
} from '../../domain/drafting-campaign';
import type { Db } from '../client';
import {
  draftingCampaignInterviews,
  draftingCampaignPhases,
  draftingCampaignSopSteps,
  users,
} from '../schema';
import { agencyOf } from './agency-of';

// --- Phases -----------------------------------------------------------------------------------

export type DraftingCampaignPhaseRow = typeof draftingCampaignPhases.$inferSelect & {
  kind: DraftingCampaignPhaseKind;
};

export async function listPhases(db: Db, draftingCampaignId: string) {
  return (await db
    .select()
    .from(draftingCampaignPhases)
    .where(eq(draftingCampaignPhases.draftingCampaignId, draftingCampaignId))
    .orderBy(
      asc(draftingCampaignPhases.sortOrder),
      asc(draftingCampaignPhases.startsOn),
    )) as DraftingCampaignPhaseRow[];
}

export async function insertPhases(
  db: Db,
  rows: {
    draftingCampaignId: string;
    kind: DraftingCampaignPhaseKind;
    name: string;
    startsOn: string;
    endsOn: string;
    sortOrder: number;
  }[],
) {
  if (rows.length === 0) return [];
  return (await db
    .insert(draftingCampaignPhases)
    .values(rows.map((row) => ({ ...row, agencyId: agencyOf.draftingCampaign(row.draftingCampaignId) })))
    .returning()) as DraftingCampaignPhaseRow[];
}

export async function findPhase(db: Db, draftingCampaignId: string, phaseId: string) {
  const [row] = await db
    .select()
    .from(draftingCampaignPhases)
    .where(
      and(
        eq(draftingCampaignPhases.draftingCampaignId, draftingCampaignId),
        eq(draftingCampaignPhases.id, phaseId),
      ),
    );
  return row as DraftingCampaignPhaseRow | undefined;
}

export async function updatePhase(
  db: Db,
  phaseId: string,
  patch: Partial<{
    kind: DraftingCampaignPhaseKind;
    name: string;
    startsOn: string;
    endsOn: string;
    sortOrder: number;
  }>,
) {
  await db.update(draftingCampaignPhases).set(patch).where(eq(draftingCampaignPhases.id, phaseId));
}

export async function deletePhase(db: Db, phaseId: string) {
  await db.delete(draftingCampaignPhases).where(eq(draftingCampaignPhases.id, phaseId));
}

export async function deletePhases(db: Db, draftingCampaignId: string) {
  await db
    .delete(draftingCampaignPhases)
    .where(eq(draftingCampaignPhases.draftingCampaignId, draftingCampaignId));
}

// --- Interviews -------------------------------------------------------------------------------

export async function listInterviews(db: Db, draftingCampaignId: string, positionId?: string) {
  return db
    .select({
      id: draftingCampaignInterviews.id,
      positionId: draftingCampaignInterviews.positionId,
      intervieweeRole: draftingCampaignInterviews.intervieweeRole,
      intervieweeName: draftingCampaignInterviews.intervieweeName,
      heldOn: draftingCampaignInterviews.heldOn,
      notes: draftingCampaignInterviews.notes,
      recordedBy: draftingCampaignInterviews.recordedBy,
      recordedByName: users.fullName,
      createdAt: draftingCampaignInterviews.createdAt,
    })
    .from(draftingCampaignInterviews)
    .leftJoin(users, eq(users.id, draftingCampaignInterviews.recordedBy))
    .where(
      and(
        eq(draftingCampaignInterviews.draftingCampaignId, draftingCampaignId),
        positionId ? eq(draftingCampaignInterviews.positionId, positionId) : undefined,
      ),
    )
    .orderBy(asc(draftingCampaignInterviews.heldOn), asc(draftingCampaignInterviews.createdAt));
}

export async function insertInterview(
  db: Db,
  values: {
    draftingCampaignId: string;
    positionId: string;
    intervieweeRole: IntervieweeRole;
    intervieweeName: string;
    heldOn: string;
    notes: string;
    recordedBy: string;
  },
) {
  const [row] = await db
    .insert(draftingCampaignInterviews)
    .values({ ...values, agencyId: agencyOf.draftingCampaign(values.draftingCampaignId) })
    .returning({ id: draftingCampaignInterviews.id });
  return row!.id;
}

export async function findInterview(db: Db, draftingCampaignId: string, interviewId: string) {
  const [row] = await db
    .select()
    .from(draftingCampaignInterviews)
    .where(
      and(
        eq(draftingCampaignInterviews.id, interviewId),
        eq(draftingCampaignInterviews.draftingCampaignId, draftingCampaignId),
      ),
    );
  return row;
}

export async function updateInterview(
  db: Db,
  interviewId: string,
  values: { intervieweeRole: IntervieweeRole; intervieweeName: string; heldOn: string; notes: string },
) {
  await db
    .update(draftingCampaignInterviews)
    .set(values)
    .where(eq(draftingCampaignInterviews.id, interviewId));
}

export async function deleteInterview(db: Db, interviewId: string) {
  await db.delete(draftingCampaignInterviews).where(eq(draftingCampaignInterviews.id, interviewId));
}

// --- SOP steps --------------------------------------------------------------------------------

export type DraftingCampaignSopStepRow = typeof draftingCampaignSopSteps.$inferSelect & {
  actorRole: SopActorRole;
};

export async function listSopSteps(db: Db, draftingCampaignId: string) {
  return (await db
    .select()
    .from(draftingCampaignSopSteps)
    .where(eq(draftingCampaignSopSteps.draftingCampaignId, draftingCampaignId))
    .orderBy(asc(draftingCampaignSopSteps.sortOrder))) as DraftingCampaignSopStepRow[];
}

export async function findSopStep(db: Db, draftingCampaignId: string, stepId: string) {
  const [row] = await db
    .select()
    .from(draftingCampaignSopSteps)
    .where(
      and(
        eq(draftingCampaignSopSteps.draftingCampaignId, draftingCampaignId),
        eq(draftingCampaignSopSteps.id, stepId),
      ),
    );
  return row as DraftingCampaignSopStepRow | undefined;
}

export async function insertSopSteps(
  db: Db,
  rows: {
    draftingCampaignId: string;
    sortOrder: number;
    step: string;
    actorRole: SopActorRole;
    inputs: string;
    duration: string;
    output: string;
  }[],
) {
  if (rows.length === 0) return [];
  return (await db
    .insert(draftingCampaignSopSteps)
    .values(rows.map((row) => ({ ...row, agencyId: agencyOf.draftingCampaign(row.draftingCampaignId) })))
    .returning()) as DraftingCampaignSopStepRow[];
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
  await db.update(draftingCampaignSopSteps).set(patch).where(eq(draftingCampaignSopSteps.id, stepId));
}

/** Signs a step off unless it already is (one atomic update); false when someone was first. */
export async function signOffSopStep(
  db: Db,
  stepId: string,
  values: { by: string; at: Date; note: string | null },
) {
  const rows = await db
    .update(draftingCampaignSopSteps)
    .set({ signedOffBy: values.by, signedOffAt: values.at, signOffNote: values.note })
    .where(and(eq(draftingCampaignSopSteps.id, stepId), isNull(draftingCampaignSopSteps.signedOffBy)))
    .returning({ id: draftingCampaignSopSteps.id });
  return rows.length > 0;
}

export async function deleteSopStep(db: Db, stepId: string) {
  await db.delete(draftingCampaignSopSteps).where(eq(draftingCampaignSopSteps.id, stepId));
}

export async function userNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.fullName]));
}
