/**
 * Succession of one position (rencana suksesi): marking it critical, nominating successors from
 * the candidate ranking with a readiness and a development plan, and reading its plan — the
 * holders with their retirement dates, the successors with their live JPM, the bench and risk.
 */
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../db/repositories/audit-repository';
import { currentLevelsOfMany, nominationsOf } from '../db/repositories/succession-repository';
import { civilServants, criticalPositions, successionNominations } from '../db/schema';
import { DomainError } from '../domain/errors';
import { type AssessedLevel, categoryFor, jobPersonMatch } from '../domain/job-person-match';
import { addYears, pensionAgeFor, retirementDate } from '../domain/retirement';
import {
  benchLevel,
  benchLevelNames,
  emptyBench,
  type Readiness,
  readinessNames,
  riskLevelNames,
  riskReasonNames,
  successionRisk,
} from '../domain/succession';
import { successionPolicy } from '../policies/succession';
import type { ServiceContext } from './context';
import { requirementsOf } from './job-person-match';
import { getPosition, refuseRetiredPosition } from './manage-positions';
import { effectivePolicy } from './standard-policy';

async function plannedPosition(ctx: ServiceContext, positionId: string, ability: 'readSuccession' | 'plan') {
  const position = await getPosition(ctx, positionId);
  successionPolicy.authorize(ctx.actor, ability, { agencyId: position.agencyId });
  return position;
}

/** The JPM of some people against the position's ratified standard; null without one. */
async function matchesFor(
  ctx: ServiceContext,
  position: { id: string; agencyId: string; jobLevel: string },
  ids: string[],
) {
  let required: Awaited<ReturnType<typeof requirementsOf>>['required'];
  try {
    ({ required } = await requirementsOf(ctx, position.id));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NO_RATIFIED_STANDARD') return null;
    throw error;
  }
  const policy = await effectivePolicy(ctx.db, position.agencyId);
  const weights = policy.competencyWeights[position.jobLevel] ?? null;
  const levels = new Map<string, Map<string, AssessedLevel>>();
  for (const l of await currentLevelsOfMany(ctx.db, ids)) {
    const map = levels.get(l.civil_servant_id) ?? new Map<string, AssessedLevel>();
    map.set(`${l.dictionary_id}:${l.code}`, { level: l.level, assessedOn: l.assessed_on });
    levels.set(l.civil_servant_id, map);
  }
  return new Map(
    ids.map((id) => {
      const match = jobPersonMatch(
        required,
        levels.get(id) ?? new Map(),
        weights,
        policy.talent.categorySets,
      );
      return [id, match.percent] as const;
    }),
  );
}

export async function getPositionSuccession(
  ctx: ServiceContext,
  positionId: string,
  today: Date = new Date(),
) {
  const position = await plannedPosition(ctx, positionId, 'readSuccession');
  const policy = (await effectivePolicy(ctx.db, position.agencyId)).talent;
  const [critical] = await ctx.db
    .select()
    .from(criticalPositions)
    .where(eq(criticalPositions.positionId, positionId));
  const holders = await ctx.db
    .select({
      id: civilServants.id,
      nip: civilServants.nip,
      name: civilServants.name,
      birthDate: civilServants.birthDate,
    })
    .from(civilServants)
    .where(eq(civilServants.positionId, positionId));
  const asOf = today.toISOString().slice(0, 10);
  const horizonEnd = addYears(asOf, policy.succession.retirementHorizonYears);
  const { age } = pensionAgeFor(position.jobLevel, policy);
  const holderRows = holders
    .map((h) => ({ nip: h.nip, name: h.name, retiresOn: retirementDate(h.birthDate, age) }))
    .sort((a, b) => a.retiresOn.localeCompare(b.retiresOn));
  const nominations = await nominationsOf(ctx.db, positionId);
  const percents = await matchesFor(
    ctx,
    position,
    nominations.map((n) => n.civil_servant_id),
  );
  const bench = emptyBench();
  for (const n of nominations) bench[n.readiness as Readiness]++;
  const risk = successionRisk({
    vacant: holders.length === 0,
    holderRetiringWithinHorizon: holderRows.some((h) => h.retiresOn <= horizonEnd),
    bench,
  });
  const level = benchLevel(bench);
  return {
    position: {
      id: position.id,
      name: position.name,
      jobLevel: position.jobLevel,
      agencyId: position.agencyId,
    },
    critical: critical ? { reason: critical.reason, markedAt: critical.markedAt.toISOString() } : null,
    pensionAge: age,
    retirementHorizonYears: policy.succession.retirementHorizonYears,
    holders: holderRows,
    successors: nominations.map((n) => {
      const percent = percents?.get(n.civil_servant_id) ?? null;
      return {
        id: n.id,
        nip: n.nip,
        name: n.name,
        currentPosition: n.current_position,
        readiness: n.readiness as Readiness,
        readinessName: readinessNames[n.readiness as Readiness],
        developmentPlan: n.development_plan,
        percentAtNomination: n.percent_at_nomination,
        percent,
        category: percent === null ? null : categoryFor(percent, 'positionFilling', policy.categorySets).name,
        nominatedAt: new Date(n.nominated_at).toISOString(),
      };
    }),
    bench: { ...bench, level, levelName: benchLevelNames[level] },
    risk: {
      level: risk.level,
      levelName: riskLevelNames[risk.level],
      reasons: risk.reasons.map((r) => ({ code: r, name: riskReasonNames[r] })),
    },
    permissions: successionPolicy.permissions(ctx.actor, { agencyId: position.agencyId }),
  };
}

export async function markCritical(
  ctx: ServiceContext,
  positionId: string,
  input: { critical: boolean; reason: string },
) {
  const position = await plannedPosition(ctx, positionId, 'plan');
  // Unmarking stays possible; marking a position that left the map is not.
  if (input.critical) refuseRetiredPosition(position, 'tidak dapat ditandai kritis');
  await ctx.db.transaction(async (tx) => {
    if (input.critical) {
      await tx
        .insert(criticalPositions)
        .values({ positionId, agencyId: position.agencyId, reason: input.reason, markedBy: ctx.actor.userId })
        .onConflictDoUpdate({
          target: [criticalPositions.positionId, criticalPositions.agencyId],
          set: { reason: input.reason, markedBy: ctx.actor.userId, markedAt: new Date() },
        });
    } else {
      await tx.delete(criticalPositions).where(eq(criticalPositions.positionId, positionId));
    }
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'successionPlan',
      entityId: positionId,
      action: input.critical ? 'markCritical' : 'unmarkCritical',
      diff: input,
    });
  });
  return getPositionSuccession(ctx, positionId);
}

export interface NominationInput {
  nip: string;
  readiness: Readiness;
  developmentPlan: string;
}

export async function nominateSuccessor(ctx: ServiceContext, positionId: string, input: NominationInput) {
  const position = await plannedPosition(ctx, positionId, 'plan');
  refuseRetiredPosition(position, 'tidak ada suksesor baru yang dapat dicalonkan');
  const [servant] = await ctx.db
    .select({ id: civilServants.id, positionId: civilServants.positionId })
    .from(civilServants)
    .where(and(eq(civilServants.nip, input.nip), eq(civilServants.agencyId, position.agencyId)));
  if (!servant) throw new DomainError('UNKNOWN_NIP', `NIP ${input.nip} bukan pegawai instansi ini.`);
  if (servant.positionId === positionId) {
    throw new DomainError(
      'SUCCESSOR_IS_HOLDER',
      'Pemangku jabatan ini tidak dapat menjadi suksesornya sendiri.',
    );
  }
  const percent = (await matchesFor(ctx, position, [servant.id]))?.get(servant.id) ?? null;
  await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(successionNominations)
      .values({
        agencyId: position.agencyId,
        positionId,
        civilServantId: servant.id,
        readiness: input.readiness,
        developmentPlan: input.developmentPlan,
        percentAtNomination: percent,
        nominatedBy: ctx.actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: successionNominations.id });
    if (!created)
      throw new DomainError('SUCCESSOR_EXISTS', 'Pegawai ini sudah menjadi suksesor jabatan ini.');
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'successionPlan',
      entityId: positionId,
      action: 'nominate',
      diff: { nip: input.nip, readiness: input.readiness, percent },
    });
  });
  return getPositionSuccession(ctx, positionId);
}

async function loadNomination(ctx: ServiceContext, positionId: string, nip: string) {
  const position = await plannedPosition(ctx, positionId, 'plan');
  const [row] = await ctx.db
    .select({ id: successionNominations.id, readiness: successionNominations.readiness })
    .from(successionNominations)
    .innerJoin(civilServants, eq(civilServants.id, successionNominations.civilServantId))
    .where(and(eq(successionNominations.positionId, positionId), eq(civilServants.nip, nip)));
  if (!row) throw new DomainError('SUCCESSOR_NOT_FOUND', 'Pegawai ini bukan suksesor jabatan ini.');
  return { position, nomination: row };
}

export async function updateSuccessor(
  ctx: ServiceContext,
  positionId: string,
  nip: string,
  input: Partial<Omit<NominationInput, 'nip'>>,
) {
  const { position, nomination } = await loadNomination(ctx, positionId, nip);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(successionNominations)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(successionNominations.id, nomination.id));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'successionPlan',
      entityId: positionId,
      action: 'updateSuccessor',
      diff: { nip, before: { readiness: nomination.readiness }, after: input },
    });
  });
  return getPositionSuccession(ctx, positionId);
}

export async function removeSuccessor(ctx: ServiceContext, positionId: string, nip: string) {
  const { position, nomination } = await loadNomination(ctx, positionId, nip);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(successionNominations).where(eq(successionNominations.id, nomination.id));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'successionPlan',
      entityId: positionId,
      action: 'removeSuccessor',
      diff: { nip, readiness: nomination.readiness },
    });
  });
  return getPositionSuccession(ctx, positionId);
}
