/**
 * Closing a 360° round: each rated person's answers become one result per competency (the 360°
 * level of `aggregateMultiRater`, anonymity applied), recorded as an assessment of method
 * `multiRater` dated the closing day; their current levels are rebuilt by the agency's rule for
 * combining 360° with assessment-centre results, so the JPM, the ranking and the 9-box follow.
 */
import { eq, sql } from 'drizzle-orm';
import { pgArray, queryRows } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { rebuildCurrentLevels } from '../db/repositories/competency-level-repository';
import { bumpDataRevision, talentRevisionKey } from '../db/repositories/data-revision-repository';
import { submittedAnswers } from '../db/repositories/multi-rater-repository';
import { agencies, multiRaterRounds, multiRaterSubjects } from '../db/schema';
import { aggregateMultiRater } from '../domain/multi-rater';
import { multiRaterRoundPolicy } from '../policies/multi-rater-round';
import type { ServiceContext } from './context';
import { loadRound, presentRound, roundRecord } from './manage-multi-rater-rounds';
import { questionnaireOf } from './multi-rater-questionnaire';
import { effectivePolicy } from './standard-policy';
import { warmTalentIndex } from './talent-index';
import { idChunks, refreshTalentPlacementsOf } from './talent-placement';

export const multiRaterAssessor = 'Penilaian 360°';

export async function closeRound(ctx: ServiceContext, roundId: string, today: Date = new Date()) {
  const round = await loadRound(ctx, roundId);
  multiRaterRoundPolicy.authorize(ctx.actor, 'close', roundRecord(round));
  const policy = await effectivePolicy(ctx.db, round.agencyId);
  const settings = policy.talent.multiRater;
  const subjects = await ctx.db
    .select()
    .from(multiRaterSubjects)
    .where(eq(multiRaterSubjects.roundId, roundId));
  const answers = await submittedAnswers(ctx.db, roundId);
  const kinds = new Map<string, string>();
  const questionnaires = new Map<string, string[]>();
  for (const standardId of new Set(subjects.map((s) => s.standardId))) {
    const items = await questionnaireOf(ctx.db, standardId);
    for (const item of items) kinds.set(item.competencyKey, item.kind);
    questionnaires.set(
      standardId,
      items.map((q) => q.competencyKey),
    );
  }
  const [agency] = await ctx.db
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, round.agencyId));
  const assessedOn = today.toISOString().slice(0, 10);
  const results = subjects.map((s) => ({
    subject: s,
    levels: aggregateMultiRater(
      questionnaires.get(s.standardId)!,
      answers
        .filter((a) => a.subject_id === s.id)
        .map((a) => ({
          raterId: a.rater_id,
          relation: a.relation,
          competencyKey: a.competency_key,
          level: a.level,
        })),
      settings,
    ).filter((r) => r.level !== null),
  }));
  const result = await ctx.db.transaction(async (tx) => {
    // Closing twice at once: the second sees the first's status and is refused.
    const [locked] = await tx
      .select({ status: multiRaterRounds.status })
      .from(multiRaterRounds)
      .where(eq(multiRaterRounds.id, roundId))
      .for('update');
    const status = locked?.status === 'closed' ? 'closed' : 'open';
    multiRaterRoundPolicy.authorize(ctx.actor, 'close', { agencyId: round.agencyId, status });
    let scored = 0;
    for (const { subject, levels } of results) {
      if (levels.length === 0) continue;
      const [assessment] = await queryRows<{ id: string }>(
        tx,
        sql`
          insert into assessments (agency_id, civil_servant_id, assessed_on, assessor, institution, method, multi_rater_round_id, created_by)
          values (${round.agencyId}, ${subject.civilServantId}, ${assessedOn}, ${multiRaterAssessor}, ${`${round.name} · ${agency?.name ?? ''}`},
                  'multiRater', ${roundId}, ${ctx.actor.userId})
          returning id`,
      );
      const keys = levels.map((l) => l.competencyKey);
      await tx.execute(sql`
        insert into assessment_scores (agency_id, assessment_id, dictionary_id, code, kind, level)
        select ${round.agencyId}, ${assessment!.id}, split_part(k, ':', 1)::uuid, substr(k, 38), kind, l
        from unnest(${pgArray(keys)}::text[], ${pgArray(keys.map((k) => kinds.get(k)!))}::text[],
                    ${pgArray(levels.map((l) => l.level!))}::float8[]) as t(k, kind, l)`);
      scored++;
    }
    const [closed] = await tx
      .update(multiRaterRounds)
      .set({ status: 'closed', closedAt: new Date(), closedBy: ctx.actor.userId, settings })
      .where(eq(multiRaterRounds.id, roundId))
      .returning();
    const people = subjects.map((s) => s.civilServantId);
    await rebuildCurrentLevels(
      tx,
      round.agencyId,
      settings.combination,
      sql`cs.id = any(${pgArray(people)}::uuid[])`,
    );
    await refreshTalentPlacementsOf(tx, round.agencyId, idChunks(people));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: round.agencyId,
      entity: 'multiRaterRound',
      entityId: roundId,
      action: 'close',
      diff: { subjects: subjects.length, withResults: scored, combination: settings.combination },
    });
    // The ranking index follows the agency's talent data revision (`talent-index.ts`).
    await bumpDataRevision(tx, talentRevisionKey(round.agencyId));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: round.agencyId,
      entity: 'assessment',
      entityId: round.agencyId,
      action: 'multiRaterResults',
      diff: { roundId, people: scored },
    });
    return { round: presentRound(closed!), subjects: subjects.length, withResults: scored };
  });
  warmTalentIndex(ctx.db, round.agencyId);
  return result;
}
