/** The weekly schedule of a drafting campaign: phases inside the drafting campaign period, editable by the admin. */
import {
  deletePhase as deletePhaseRow,
  findPhase,
  insertPhases,
  listPhases,
  updatePhase as updatePhaseRow,
} from '../db/repositories/drafting-campaign-activity-repository';
import { assertPhaseWithinPeriod, type DraftingCampaignPhaseKind } from '../domain/drafting-campaign';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';
import { auditDraftingCampaign, loadManagedDraftingCampaign } from './drafting-campaign-access';
import { type DraftingCampaignPhaseView, phaseView } from './drafting-campaign-views';

export interface PhaseInput {
  kind: DraftingCampaignPhaseKind;
  name: string;
  startsOn: string;
  endsOn: string;
  sortOrder?: number | undefined;
}

function phaseNotFound(): DomainError {
  return new DomainError('DRAFTING_CAMPAIGN_PHASE_NOT_FOUND', 'Tahap tidak ditemukan pada kegiatan ini.');
}

export async function addPhase(
  ctx: ServiceContext,
  draftingCampaignId: string,
  input: PhaseInput,
): Promise<{ phase: DraftingCampaignPhaseView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    assertPhaseWithinPeriod(input, draftingCampaign);
    const phases = await listPhases(tx, draftingCampaignId);
    const sortOrder = input.sortOrder ?? Math.max(0, ...phases.map((p) => p.sortOrder)) + 1;
    const [phase] = await insertPhases(tx, [{ draftingCampaignId, ...input, sortOrder }]);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'addPhase', {
      phaseId: phase!.id,
      after: phaseView(phase!),
    });
    return { phase: phaseView(phase!) };
  });
}

export async function updatePhase(
  ctx: ServiceContext,
  draftingCampaignId: string,
  phaseId: string,
  input: Partial<PhaseInput>,
): Promise<{ phase: DraftingCampaignPhaseView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const phase = await findPhase(tx, draftingCampaignId, phaseId);
    if (!phase) throw phaseNotFound();
    const next = {
      kind: input.kind ?? phase.kind,
      name: input.name ?? phase.name,
      startsOn: input.startsOn ?? phase.startsOn,
      endsOn: input.endsOn ?? phase.endsOn,
      sortOrder: input.sortOrder ?? phase.sortOrder,
    };
    assertPhaseWithinPeriod(next, draftingCampaign);
    await updatePhaseRow(tx, phaseId, next);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'updatePhase', {
      phaseId,
      before: phaseView(phase),
      after: next,
    });
    return { phase: { id: phaseId, ...next } };
  });
}

export async function deletePhase(ctx: ServiceContext, draftingCampaignId: string, phaseId: string) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const phase = await findPhase(tx, draftingCampaignId, phaseId);
    if (!phase) throw phaseNotFound();
    await deletePhaseRow(tx, phaseId);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'deletePhase', {
      phaseId,
      before: phaseView(phase),
    });
    return { deleted: true as const };
  });
}
