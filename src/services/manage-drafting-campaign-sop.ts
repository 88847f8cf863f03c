/**
 * The SOP of seed 003 as a drafting campaign's configurable step list (step, actor role, inputs, time,
 * output), each step signed off once by someone in its actor role or by the agency admin, with a
 * note and the time. A signed-off step is a record: it is no longer edited or deleted.
 */
import {
  type DraftingCampaignSopStepRow,
  deleteSopStep as deleteSopStepRow,
  findSopStep,
  insertSopSteps,
  listSopSteps,
  signOffSopStep as signOffSopStepRow,
  updateSopStep as updateSopStepRow,
} from '../db/repositories/drafting-campaign-activity-repository';
import { type SopActorRole, sopActorRoleNames } from '../domain/drafting-campaign';
import { DomainError } from '../domain/errors';
import { draftingCampaignSeatRules } from '../policies/drafting-campaign';
import type { ServiceContext } from './context';
import {
  auditDraftingCampaign,
  loadDraftingCampaign,
  loadManagedDraftingCampaign,
} from './drafting-campaign-access';
import { type SopStepView, sopStepViews } from './drafting-campaign-views';

export interface SopStepInput {
  step: string;
  actorRole: SopActorRole;
  inputs?: string | undefined;
  duration?: string | undefined;
  output?: string | undefined;
  sortOrder?: number | undefined;
}

function stepNotFound(): DomainError {
  return new DomainError('SOP_STEP_NOT_FOUND', 'Langkah SOP tidak ditemukan pada kegiatan ini.');
}

function alreadySignedOff(step: DraftingCampaignSopStepRow): DomainError {
  return new DomainError(
    'SOP_STEP_ALREADY_SIGNED_OFF',
    `Langkah ${step.sortOrder} sudah ditandatangani dan tidak dapat diubah lagi.`,
  );
}

function assertNotSignedOff(step: DraftingCampaignSopStepRow) {
  if (step.signedOffBy) throw alreadySignedOff(step);
}

function fields(step: DraftingCampaignSopStepRow) {
  const { sortOrder, step: text, actorRole, inputs, duration, output } = step;
  return { sortOrder, step: text, actorRole, inputs, duration, output };
}

async function viewOf(ctx: ServiceContext, row: DraftingCampaignSopStepRow): Promise<SopStepView> {
  return (await sopStepViews(ctx.db, [row], () => false))[0]!;
}

export async function addSopStep(ctx: ServiceContext, draftingCampaignId: string, input: SopStepInput) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const steps = await listSopSteps(tx, draftingCampaignId);
    const values = {
      draftingCampaignId,
      step: input.step,
      actorRole: input.actorRole,
      inputs: input.inputs ?? '',
      duration: input.duration ?? '',
      output: input.output ?? '',
      sortOrder: input.sortOrder ?? Math.max(0, ...steps.map((s) => s.sortOrder)) + 1,
    };
    const [row] = await insertSopSteps(tx, [values]);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'addSopStep', {
      stepId: row!.id,
      after: fields(row!),
    });
    return { step: await viewOf({ ...ctx, db: tx }, row!) };
  });
}

export async function updateSopStep(
  ctx: ServiceContext,
  draftingCampaignId: string,
  stepId: string,
  input: Partial<SopStepInput>,
) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const step = await findSopStep(tx, draftingCampaignId, stepId);
    if (!step) throw stepNotFound();
    assertNotSignedOff(step);
    const next = {
      sortOrder: input.sortOrder ?? step.sortOrder,
      step: input.step ?? step.step,
      actorRole: input.actorRole ?? step.actorRole,
      inputs: input.inputs ?? step.inputs,
      duration: input.duration ?? step.duration,
      output: input.output ?? step.output,
    };
    await updateSopStepRow(tx, stepId, next);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'updateSopStep', {
      stepId,
      before: fields(step),
      after: next,
    });
    return { step: await viewOf({ ...ctx, db: tx }, { ...step, ...next }) };
  });
}

export async function deleteSopStep(ctx: ServiceContext, draftingCampaignId: string, stepId: string) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const step = await findSopStep(tx, draftingCampaignId, stepId);
    if (!step) throw stepNotFound();
    assertNotSignedOff(step);
    await deleteSopStepRow(tx, stepId);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'deleteSopStep', {
      stepId,
      before: fields(step),
    });
    return { deleted: true as const };
  });
}

export async function signOffSopStep(
  ctx: ServiceContext,
  draftingCampaignId: string,
  stepId: string,
  input: { note?: string | undefined },
  now = new Date(),
) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign, membership } = await loadDraftingCampaign(tx, actor, draftingCampaignId, true);
    const step = await findSopStep(tx, draftingCampaignId, stepId);
    if (!step) throw stepNotFound();
    // Who may sign first: someone refused learns nothing about the step's state.
    if (
      !draftingCampaignSeatRules.canSignOffSopStep(
        actor,
        draftingCampaign.agencyId,
        membership,
        step.actorRole,
      )
    ) {
      throw new DomainError(
        'FORBIDDEN',
        `Langkah ini ditandatangani oleh ${sopActorRoleNames[step.actorRole] ?? step.actorRole} atau admin instansi.`,
      );
    }
    assertNotSignedOff(step);
    const note = input.note?.trim() || null;
    // The drafting campaign lock already orders sign-offs; the conditional update keeps "once" even without it.
    if (!(await signOffSopStepRow(tx, stepId, { by: actor.userId, at: now, note })))
      throw alreadySignedOff(step);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'signOffSopStep', {
      stepId,
      sortOrder: step.sortOrder,
      note,
      at: now.toISOString(),
    });
    const signed = { ...step, signedOffBy: actor.userId, signedOffAt: now, signOffNote: note };
    return { step: await viewOf({ ...ctx, db: tx }, signed) };
  });
}
