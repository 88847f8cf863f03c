/** Job evaluation of a position: factor levels → job value and grade, kept with history. */
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../db/repositories/audit-repository';
import { jobEvaluations, positions, users } from '../db/schema';
import { DomainError } from '../domain/errors';
import { type EvaluationKind, evaluateJob, evaluationKindFor, kindNames } from '../domain/job-evaluation';
import { positionPolicy } from '../policies/position';
import type { ServiceContext } from './context';
import { getPosition } from './manage-positions';

export interface EvaluatePositionInput {
  positionId: string;
  kind: EvaluationKind;
  levels: Record<string, string>;
  justifications?: Record<string, string> | undefined;
}

export async function evaluatePosition(ctx: ServiceContext, input: EvaluatePositionInput) {
  const position = await getPosition(ctx, input.positionId);
  positionPolicy.authorize(ctx.actor, 'evaluate', position);
  const expected = evaluationKindFor(position.jobLevel);
  if (input.kind !== expected) {
    throw new DomainError(
      'EVALUATION_KIND_MISMATCH',
      `Jabatan "${position.name}" dievaluasi dengan faktor jabatan ${kindNames[expected]}, bukan ${kindNames[input.kind]}.`,
      { expected },
    );
  }
  const justifications = input.justifications ?? {};
  const unknownJustification = Object.keys(justifications).find((factor) => !(factor in input.levels));
  if (unknownJustification) {
    throw new DomainError(
      'INVALID_EVALUATION',
      `Alasan diberikan untuk faktor ${unknownJustification} yang tidak dipilih.`,
    );
  }
  const result = evaluateJob(input.kind, input.levels); // throws on unknown factor/level, outside bands
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(jobEvaluations)
      .values({
        agencyId: position.agencyId,
        positionId: position.id,
        kind: input.kind,
        levels: input.levels,
        justifications,
        jobValue: result.jobValue,
        jobGrade: result.jobGrade,
        breakdown: result.breakdown,
        evaluatedBy: ctx.actor.userId,
      })
      .returning({ id: jobEvaluations.id, createdAt: jobEvaluations.createdAt });
    await tx
      .update(positions)
      .set({ jobValue: result.jobValue, jobGrade: result.jobGrade })
      .where(eq(positions.id, position.id));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'jobEvaluation',
      entityId: row!.id,
      action: 'create',
      diff: {
        before: { jobValue: position.jobValue, jobGrade: position.jobGrade },
        after: { levels: input.levels, jobValue: result.jobValue, jobGrade: result.jobGrade },
      },
    });
    return { id: row!.id, createdAt: row!.createdAt, ...result, justifications };
  });
}

export async function listJobEvaluations(ctx: ServiceContext, positionId: string) {
  const position = await getPosition(ctx, positionId);
  const rows = await ctx.db
    .select({
      id: jobEvaluations.id,
      kind: jobEvaluations.kind,
      levels: jobEvaluations.levels,
      justifications: jobEvaluations.justifications,
      jobValue: jobEvaluations.jobValue,
      jobGrade: jobEvaluations.jobGrade,
      breakdown: jobEvaluations.breakdown,
      evaluatedBy: users.fullName,
      createdAt: jobEvaluations.createdAt,
    })
    .from(jobEvaluations)
    .leftJoin(users, eq(users.id, jobEvaluations.evaluatedBy))
    .where(eq(jobEvaluations.positionId, position.id))
    .orderBy(desc(jobEvaluations.createdAt));
  return {
    position: { id: position.id, name: position.name, kind: evaluationKindFor(position.jobLevel) },
    items: rows,
  };
}
