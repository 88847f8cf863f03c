/**
 * Interview notes of a position in a drafting campaign (seed 000: members interview the position holder,
 * the direct superior and the policy maker to identify the competencies the position needs).
 * Whoever may record a note for the position (its assignee, their coordinator, the admin) may also
 * correct or delete one; every change is audited with the text before and after.
 */

import type { Db } from '../db/client';
import {
  deleteInterview as deleteInterviewRow,
  findInterview,
  insertInterview,
  listInterviews as listInterviewRows,
  updateInterview as updateInterviewRow,
} from '../db/repositories/drafting-campaign-activity-repository';
import type { DraftingCampaignRow } from '../db/repositories/drafting-campaign-repository';
import { findMembers } from '../db/repositories/drafting-campaign-repository';
import { type IntervieweeRole, todayIso } from '../domain/drafting-campaign';
import { DomainError } from '../domain/errors';
import { draftingCampaignSeatRules } from '../policies/drafting-campaign';
import type { ServiceContext } from './context';
import { auditDraftingCampaign, loadDraftingCampaign } from './drafting-campaign-access';
import type { InterviewView } from './drafting-campaign-views';
import { scopeRowsOf } from './manage-drafting-campaign-positions';

export interface InterviewInput {
  positionId: string;
  intervieweeRole: IntervieweeRole;
  intervieweeName: string;
  heldOn: string;
  notes: string;
}

function interviewView(row: Awaited<ReturnType<typeof listInterviewRows>>[number]): InterviewView {
  return {
    ...row,
    intervieweeRole: row.intervieweeRole as IntervieweeRole,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

export async function listInterviews(
  ctx: ServiceContext,
  draftingCampaignId: string,
  filter: { positionId?: string | undefined },
): Promise<{ items: InterviewView[] }> {
  const { draftingCampaign } = await loadDraftingCampaign(ctx.db, ctx.actor, draftingCampaignId);
  if (filter.positionId) await scopeRowsOf(ctx.db, draftingCampaign, [filter.positionId]);
  return {
    items: (await listInterviewRows(ctx.db, draftingCampaign.id, filter.positionId)).map(interviewView),
  };
}

async function assertMayRecordInterview(
  tx: Db,
  actor: ServiceContext['actor'],
  draftingCampaign: DraftingCampaignRow,
  membership: Parameters<typeof draftingCampaignSeatRules.canRecordInterview>[2],
  positionId: string,
) {
  const scope = await scopeRowsOf(tx, draftingCampaign, [positionId]);
  const assigneeId = scope.get(positionId)!.assigneeId;
  const [assignee] = assigneeId ? await findMembers(tx, draftingCampaign.id, [assigneeId]) : [];
  if (
    !draftingCampaignSeatRules.canRecordInterview(
      actor,
      draftingCampaign.agencyId,
      membership,
      assignee ? { userId: assignee.userId, groupId: assignee.groupId } : null,
    )
  ) {
    throw new DomainError(
      'FORBIDDEN',
      'Catatan wawancara dicatat oleh penyusun yang ditugasi jabatan ini, koordinatornya, atau admin instansi.',
    );
  }
}

function assertHeldByToday(heldOn: string, now: Date) {
  if (heldOn > todayIso(now)) {
    throw new DomainError('INTERVIEW_DATE_IN_FUTURE', 'Tanggal wawancara tidak boleh setelah hari ini.', {
      issues: [{ path: 'heldOn', message: 'Tanggal setelah hari ini' }],
    });
  }
}

async function readInterview(db: Db, draftingCampaignId: string, positionId: string, id: string) {
  const [row] = (await listInterviewRows(db, draftingCampaignId, positionId)).filter((r) => r.id === id);
  return interviewView(row!);
}

/** What a correction may change, as the audit records it before and after. */
function interviewFields(interview: {
  intervieweeRole: string;
  intervieweeName: string;
  heldOn: string;
  notes: string;
}) {
  return {
    intervieweeRole: interview.intervieweeRole as IntervieweeRole,
    intervieweeName: interview.intervieweeName,
    heldOn: interview.heldOn,
    notes: interview.notes,
  };
}

/** The drafting campaign (locked) and one of its notes, which the actor may correct or delete. */
async function loadInterviewToChange(
  tx: Db,
  actor: ServiceContext['actor'],
  draftingCampaignId: string,
  interviewId: string,
) {
  const { draftingCampaign, membership } = await loadDraftingCampaign(tx, actor, draftingCampaignId, true);
  const interview = await findInterview(tx, draftingCampaignId, interviewId);
  if (!interview) {
    throw new DomainError('INTERVIEW_NOT_FOUND', 'Catatan wawancara tidak ditemukan dalam kegiatan ini.');
  }
  await assertMayRecordInterview(tx, actor, draftingCampaign, membership, interview.positionId);
  return { draftingCampaign, interview };
}

/** Recorded by the position's assignee, their coordinator or the admin; held on or before today. */
export async function recordInterview(
  ctx: ServiceContext,
  draftingCampaignId: string,
  input: InterviewInput,
  now = new Date(),
): Promise<{ interview: InterviewView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign, membership } = await loadDraftingCampaign(tx, actor, draftingCampaignId, true);
    await assertMayRecordInterview(tx, actor, draftingCampaign, membership, input.positionId);
    assertHeldByToday(input.heldOn, now);
    const id = await insertInterview(tx, { draftingCampaignId, ...input, recordedBy: actor.userId });
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'recordInterview', {
      interviewId: id,
      after: input,
    });
    return { interview: await readInterview(tx, draftingCampaignId, input.positionId, id) };
  });
}

/** Corrects a note (role, name, date, text); the position stays. */
export async function updateInterview(
  ctx: ServiceContext,
  draftingCampaignId: string,
  interviewId: string,
  input: Partial<Omit<InterviewInput, 'positionId'>>,
  now = new Date(),
): Promise<{ interview: InterviewView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign, interview } = await loadInterviewToChange(
      tx,
      actor,
      draftingCampaignId,
      interviewId,
    );
    const before = interviewFields(interview);
    const next = {
      intervieweeRole: input.intervieweeRole ?? before.intervieweeRole,
      intervieweeName: input.intervieweeName ?? before.intervieweeName,
      heldOn: input.heldOn ?? before.heldOn,
      notes: input.notes ?? before.notes,
    };
    assertHeldByToday(next.heldOn, now);
    await updateInterviewRow(tx, interviewId, next);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'updateInterview', {
      interviewId,
      positionId: interview.positionId,
      before,
      after: next,
    });
    return { interview: await readInterview(tx, draftingCampaignId, interview.positionId, interviewId) };
  });
}

export async function deleteInterview(
  ctx: ServiceContext,
  draftingCampaignId: string,
  interviewId: string,
): Promise<{ deleted: true }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign, interview } = await loadInterviewToChange(
      tx,
      actor,
      draftingCampaignId,
      interviewId,
    );
    await deleteInterviewRow(tx, interviewId);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'deleteInterview', {
      interviewId,
      positionId: interview.positionId,
      before: interviewFields(interview),
    });
    return { deleted: true as const };
  });
}
