/**
 * The results of a closed 360° round about one person: per competency the level required, the
 * 360° level, and each rater group's mean — peers and subordinates only from the anonymity
 * minimum — read with the settings the round closed with. HR and the agency's staff read them;
 * the person reads their own.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { submittedAnswers } from '../db/repositories/multi-rater-repository';
import { civilServants, multiRaterRounds, multiRaterSubjects } from '../db/schema';
import { aggregateMultiRater, raterRelationNames } from '../domain/multi-rater';
import { defaultTalentPolicy, type TalentPolicy } from '../domain/talent-policy';
import { multiRaterResultPolicy } from '../policies/multi-rater-round';
import type { ServiceContext } from './context';
import { presentRound } from './manage-multi-rater-rounds';
import { questionnaireOf } from './multi-rater-questionnaire';

async function resultsOf(
  ctx: ServiceContext,
  round: typeof multiRaterRounds.$inferSelect,
  subject: typeof multiRaterSubjects.$inferSelect,
) {
  const settings = (round.settings as TalentPolicy['multiRater'] | null) ?? defaultTalentPolicy().multiRater;
  const items = await questionnaireOf(ctx.db, subject.standardId);
  const answers = await submittedAnswers(ctx.db, round.id, subject.id);
  const results = aggregateMultiRater(
    items.map((i) => i.competencyKey),
    answers.map((a) => ({
      raterId: a.rater_id,
      relation: a.relation,
      competencyKey: a.competency_key,
      level: a.level,
    })),
    settings,
  );
  const [counts] = await queryRows<{ raters: number; submitted: number }>(
    ctx.db,
    sql`select count(*)::int as raters, count(*) filter (where submitted_at is not null)::int as submitted
        from multi_rater_raters where subject_id = ${subject.id}`,
  );
  return {
    round: presentRound(round),
    raters: counts?.raters ?? 0,
    submitted: counts?.submitted ?? 0,
    minimumGroupSize: settings.minimumGroupSize,
    relationWeights: settings.relationWeights,
    combination: settings.combination,
    items: items.map((item, k) => ({
      competencyKey: item.competencyKey,
      code: item.code,
      name: item.name,
      kind: item.kind,
      requiredLevel: item.requiredLevel,
      level: results[k]!.level,
      groups: results[k]!.groups.map((g) => ({ ...g, relationName: raterRelationNames[g.relation] })),
    })),
  };
}

export async function subjectResults(ctx: ServiceContext, roundId: string, nip: string) {
  const [row] = await ctx.db
    .select({
      round: multiRaterRounds,
      subject: multiRaterSubjects,
      userId: civilServants.userId,
      name: civilServants.name,
    })
    .from(multiRaterSubjects)
    .innerJoin(multiRaterRounds, eq(multiRaterRounds.id, multiRaterSubjects.roundId))
    .innerJoin(civilServants, eq(civilServants.id, multiRaterSubjects.civilServantId))
    .where(and(eq(multiRaterSubjects.roundId, roundId), eq(civilServants.nip, nip)));
  if (!row) throw multiRaterResultPolicy.notFoundError();
  multiRaterResultPolicy.authorize(ctx.actor, 'readResults', {
    agencyId: row.round.agencyId,
    subjectUserId: row.userId,
    roundStatus: row.round.status as 'open' | 'closed',
  });
  return { subject: { nip, name: row.name }, ...(await resultsOf(ctx, row.round, row.subject)) };
}

/** The signed-in employee's own results, one entry per closed round they were rated in. */
export async function myMultiRaterResults(ctx: ServiceContext) {
  const rows = await ctx.db
    .select({ round: multiRaterRounds, subject: multiRaterSubjects, userId: civilServants.userId })
    .from(multiRaterSubjects)
    .innerJoin(multiRaterRounds, eq(multiRaterRounds.id, multiRaterSubjects.roundId))
    .innerJoin(civilServants, eq(civilServants.id, multiRaterSubjects.civilServantId))
    .where(and(eq(civilServants.userId, ctx.actor.userId), eq(multiRaterRounds.status, 'closed')))
    .orderBy(desc(multiRaterRounds.closedAt));
  const items = [];
  for (const row of rows) {
    multiRaterResultPolicy.authorize(ctx.actor, 'readResults', {
      agencyId: row.round.agencyId,
      subjectUserId: row.userId,
      roundStatus: 'closed',
    });
    items.push(await resultsOf(ctx, row.round, row.subject));
  }
  return { items };
}
