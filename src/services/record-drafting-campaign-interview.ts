/**
 * Interview notes of a position in a drafting campaign (seed 000: members interview the position holder,
 * the direct superior and the policy maker to identify the competencies the position needs).
 */

import {
  insertInterview,
  listInterviews as listInterviewRows,
} from '../db/repositories/drafting-campaign-activity-repository';
import { findMembers } from '../db/repositories/drafting-campaign-repository';
import { type IntervieweeRole, todayIso } from '../domain/drafting-campaign';
import { DomainError } from '../domain/errors';
import { draftingCampaignPolicy } from '../policies/drafting-campaign';
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
    const scope = await scopeRowsOf(tx, draftingCampaign, [input.positionId]);
    const assigneeId = scope.get(input.positionId)!.assigneeId;
    const [assignee] = assigneeId ? await findMembers(tx, draftingCampaignId, [assigneeId]) : [];
    if (
      !draftingCampaignPolicy.canRecordInterview(
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
    if (input.heldOn > todayIso(now)) {
      throw new DomainError('INTERVIEW_DATE_IN_FUTURE', 'Tanggal wawancara tidak boleh setelah hari ini.', {
        issues: [{ path: 'heldOn', message: 'Tanggal setelah hari ini' }],
      });
    }
    const id = await insertInterview(tx, { draftingCampaignId, ...input, recordedBy: actor.userId });
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'recordInterview', {
      interviewId: id,
      after: input,
    });
    const [row] = (await listInterviewRows(tx, draftingCampaignId, input.positionId)).filter(
      (r) => r.id === id,
    );
    return { interview: interviewView(row!) };
  });
}
