/** The weekly schedule of a campaign: phases inside the campaign period, editable by the admin. */
import {
  deletePhase as deletePhaseRow,
  findPhase,
  insertPhases,
  listPhases,
  updatePhase as updatePhaseRow,
} from '../db/repositories/campaign-activity-repository';
import { assertPhaseWithinPeriod, type CampaignPhaseKind } from '../domain/campaign';
import { DomainError } from '../domain/errors';
import { auditCampaign, loadManagedCampaign } from './campaign-access';
import { type CampaignPhaseView, phaseView } from './campaign-views';
import type { ServiceContext } from './context';

export interface PhaseInput {
  kind: CampaignPhaseKind;
  name: string;
  startsOn: string;
  endsOn: string;
  sortOrder?: number | undefined;
}

function phaseNotFound(): DomainError {
  return new DomainError('CAMPAIGN_PHASE_NOT_FOUND', 'Tahap tidak ditemukan pada kegiatan ini.');
}

export async function addPhase(
  ctx: ServiceContext,
  campaignId: string,
  input: PhaseInput,
): Promise<{ phase: CampaignPhaseView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    assertPhaseWithinPeriod(input, campaign);
    const phases = await listPhases(tx, campaignId);
    const sortOrder = input.sortOrder ?? Math.max(0, ...phases.map((p) => p.sortOrder)) + 1;
    const [phase] = await insertPhases(tx, [{ campaignId, ...input, sortOrder }]);
    await auditCampaign(tx, actor, campaign, 'addPhase', { phaseId: phase!.id, after: phaseView(phase!) });
    return { phase: phaseView(phase!) };
  });
}

export async function updatePhase(
  ctx: ServiceContext,
  campaignId: string,
  phaseId: string,
  input: Partial<PhaseInput>,
): Promise<{ phase: CampaignPhaseView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    const phase = await findPhase(tx, campaignId, phaseId);
    if (!phase) throw phaseNotFound();
    const next = {
      kind: input.kind ?? phase.kind,
      name: input.name ?? phase.name,
      startsOn: input.startsOn ?? phase.startsOn,
      endsOn: input.endsOn ?? phase.endsOn,
      sortOrder: input.sortOrder ?? phase.sortOrder,
    };
    assertPhaseWithinPeriod(next, campaign);
    await updatePhaseRow(tx, phaseId, next);
    await auditCampaign(tx, actor, campaign, 'updatePhase', {
      phaseId,
      before: phaseView(phase),
      after: next,
    });
    return { phase: { id: phaseId, ...next } };
  });
}

export async function deletePhase(ctx: ServiceContext, campaignId: string, phaseId: string) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    const phase = await findPhase(tx, campaignId, phaseId);
    if (!phase) throw phaseNotFound();
    await deletePhaseRow(tx, phaseId);
    await auditCampaign(tx, actor, campaign, 'deletePhase', { phaseId, before: phaseView(phase) });
    return { deleted: true as const };
  });
}
