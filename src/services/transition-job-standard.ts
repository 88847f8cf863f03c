/**
 * Moving a standard through the workflow (submit → verify → validate → ratify, or return), each
 * step recorded with actor, time and comment; national ratification gives the position code.
 */
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  insertStandardTransition,
  listVersionsOfLineage,
  nextPositionCodeNumber,
  updateStandardStatus,
} from '../db/repositories/job-standard-repository';
import { setPositionCode } from '../db/repositories/position-repository';
import { refreshPositionRequirements } from '../db/repositories/talent-repository';
import { agencies } from '../db/schema';
import {
  assertReturnReason,
  assertSubmittable,
  defaultPositionCodePattern,
  formatPositionCode,
  nextStandardStatus,
  type StandardAction,
} from '../domain/job-standard-workflow';
import type { AgencyKind } from '../domain/roles';
import { assertCanActOnStandard } from '../policies/job-standard';
import { checkStoredStandard } from './check-job-standard';
import type { ServiceContext } from './context';
import { loadVisibleStandard } from './job-standard-access';
import { refreshTalentPlacements } from './talent-placement';

export interface TransitionInput {
  action: StandardAction;
  comment?: string | undefined;
}

export async function transitionJobStandard(
  ctx: ServiceContext,
  id: string,
  input: TransitionInput,
  options: { positionCodePattern?: string } = {},
) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const standard = await loadVisibleStandard(tx, actor, id, true);
    assertCanActOnStandard(actor, standard, input.action);
    const to = nextStandardStatus(standard.status, input.action, input.comment);
    const comment =
      input.action === 'return' ? assertReturnReason(input.comment) : input.comment?.trim() || null;
    const [agency] = await tx
      .select({ kind: agencies.kind, code: agencies.code })
      .from(agencies)
      .where(eq(agencies.id, standard.agencyId));
    if (input.action === 'submit' || input.action === 'ratify') {
      // Checked again at ratification: a dictionary or the policy may have changed since submission.
      const { findings } = await checkStoredStandard(
        tx,
        { ...standard, status: 'draft' },
        { agencyKind: agency!.kind as AgencyKind },
      );
      assertSubmittable(findings, input.action);
    }
    const now = new Date();
    const update: Parameters<typeof updateStandardStatus>[2] = { status: to };
    if (input.action === 'submit') Object.assign(update, { submittedBy: actor.userId, submittedAt: now });
    if (input.action === 'return') Object.assign(update, { submittedBy: null, submittedAt: null });
    let positionCode: string | null = null;
    if (input.action === 'ratify') {
      // A revision keeps the code its lineage was given; a first ratification draws a new one.
      const earlier = (await listVersionsOfLineage(tx, standard.lineageId)).find((v) => v.positionCode);
      positionCode =
        earlier?.positionCode ??
        formatPositionCode(
          options.positionCodePattern ?? defaultPositionCodePattern,
          await nextPositionCodeNumber(tx, now.getFullYear()),
          {
            jobLevel: standard.jobLevel,
            agencyCode: agency!.code,
            year: now.getFullYear(),
          },
        );
      Object.assign(update, {
        ratifiedBy: actor.userId,
        ratifiedAt: now,
        positionCode,
        content: { ...standard.content, identity: { ...standard.content.identity, positionCode } },
      });
      await setPositionCode(tx, standard.positionId, positionCode);
    }
    await updateStandardStatus(tx, id, update);
    if (input.action === 'ratify') {
      await refreshPositionRequirements(tx, standard.positionId);
      await refreshTalentPlacements(tx, standard.agencyId, sql`cs.position_id = ${standard.positionId}`);
    }
    await insertStandardTransition(tx, {
      standardId: id,
      action: input.action,
      fromStatus: standard.status,
      toStatus: to,
      actorId: actor.userId,
      comment,
    });
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId: standard.agencyId,
      entity: 'jobStandard',
      entityId: id,
      action: input.action,
      diff: {
        status: { before: standard.status, after: to },
        comment,
        ...(positionCode ? { positionCode } : {}),
      },
    });
    return { id, status: to, positionCode };
  });
}
