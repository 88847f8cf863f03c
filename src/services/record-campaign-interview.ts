/**
 * Interview notes of a position in a campaign (seed 000: members interview the position holder,
 * the direct superior and the policy maker to identify the competencies the position needs).
 */

import {
  insertInterview,
  listInterviews as listInterviewRows,
} from '../db/repositories/campaign-activity-repository';
import { findMembers } from '../db/repositories/campaign-repository';
import { type IntervieweeRole, todayIso } from '../domain/campaign';
import { DomainError } from '../domain/errors';
import { campaignPolicy } from '../policies/campaign';
import { auditCampaign, loadCampaign } from './campaign-access';
import type { InterviewView } from './campaign-views';
import type { ServiceContext } from './context';
import { scopeRowsOf } from './manage-campaign-positions';

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
  campaignId: string,
  filter: { positionId?: string | undefined },
): Promise<{ items: InterviewView[] }> {
  const { campaign } = await loadCampaign(ctx.db, ctx.actor, campaignId);
  if (filter.positionId) await scopeRowsOf(ctx.db, campaign, [filter.positionId]);
  return { items: (await listInterviewRows(ctx.db, campaign.id, filter.positionId)).map(interviewView) };
}

/** Recorded by the position's assignee, their coordinator or the admin; held on or before today. */
export async function recordInterview(
  ctx: ServiceContext,
  campaignId: string,
  input: InterviewInput,
  now = new Date(),
): Promise<{ interview: InterviewView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign, membership } = await loadCampaign(tx, actor, campaignId, true);
    const scope = await scopeRowsOf(tx, campaign, [input.positionId]);
    const assigneeId = scope.get(input.positionId)!.assigneeId;
    const [assignee] = assigneeId ? await findMembers(tx, campaignId, [assigneeId]) : [];
    if (
      !campaignPolicy.canRecordInterview(
        actor,
        campaign.agencyId,
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
    const id = await insertInterview(tx, { campaignId, ...input, recordedBy: actor.userId });
    await auditCampaign(tx, actor, campaign, 'recordInterview', { interviewId: id, after: input });
    const [row] = (await listInterviewRows(tx, campaignId, input.positionId)).filter((r) => r.id === id);
    return { interview: interviewView(row!) };
  });
}
