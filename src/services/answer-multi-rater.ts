/**
 * A rater's side of a 360° round: their own questionnaires (one per person they rate), each
 * answered per competency with a level or "tidak dapat menilai", saved as they go and submitted
 * once. Nobody else reads a questionnaire; the audit log records that it was answered, never the
 * answers.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { multiRaterAnswers, multiRaterRaters } from '../db/schema';
import { DomainError } from '../domain/errors';
import { type RaterRelation, raterRelationNames } from '../domain/multi-rater';
import { raterTaskPolicy } from '../policies/multi-rater-round';
import type { ServiceContext } from './context';
import { questionnaireOf } from './multi-rater-questionnaire';

interface TaskRow {
  id: string;
  agency_id: string;
  round_id: string;
  round_name: string;
  round_status: 'open' | 'closed';
  closes_on: string;
  relation: RaterRelation;
  submitted_at: string | null;
  rater_user_id: string | null;
  subject_name: string;
  subject_nip: string;
  position_name: string;
  standard_id: string;
}

const taskSelect = sql`select r.id, r.agency_id, r.round_id, m.name as round_name, m.status as round_status,
    m.closes_on, r.relation, r.submitted_at, rc.user_id as rater_user_id, sc.name as subject_name,
    sc.nip as subject_nip, p.name as position_name, s.standard_id
  from multi_rater_raters r
  join multi_rater_rounds m on m.id = r.round_id
  join multi_rater_subjects s on s.id = r.subject_id
  join civil_servants sc on sc.id = s.civil_servant_id
  join civil_servants rc on rc.id = r.rater_civil_servant_id
  join positions p on p.id = s.position_id`;

function taskRecord(row: TaskRow) {
  return {
    agencyId: row.agency_id,
    raterUserId: row.rater_user_id,
    roundStatus: row.round_status,
    submitted: row.submitted_at !== null,
  };
}

function presentTask(row: TaskRow) {
  return {
    id: row.id,
    round: { id: row.round_id, name: row.round_name, status: row.round_status, closesOn: row.closes_on },
    subject: { name: row.subject_name, positionName: row.position_name, self: row.relation === 'self' },
    relation: row.relation,
    relationName: raterRelationNames[row.relation],
    submitted: row.submitted_at !== null,
  };
}

/** The questionnaires the signed-in user answers as a rater, in open rounds. */
export async function myRaterTasks(ctx: ServiceContext) {
  const rows = await queryRows<TaskRow & { answered: number }>(
    ctx.db,
    sql`${taskSelect}
        where rc.user_id = ${ctx.actor.userId} and m.status = 'open'
        order by m.closes_on, r.submitted_at nulls first, sc.name`,
  );
  return { items: rows.map(presentTask) };
}

async function loadTask(ctx: ServiceContext, taskId: string): Promise<TaskRow> {
  const [row] = await queryRows<TaskRow>(ctx.db, sql`${taskSelect} where r.id = ${taskId}`);
  if (!row) throw raterTaskPolicy.notFoundError();
  raterTaskPolicy.authorize(ctx.actor, 'read', taskRecord(row));
  return row;
}

export async function getRaterTask(ctx: ServiceContext, taskId: string) {
  const task = await loadTask(ctx, taskId);
  const items = await questionnaireOf(ctx.db, task.standard_id);
  const answers = new Map(
    (await ctx.db.select().from(multiRaterAnswers).where(eq(multiRaterAnswers.raterId, taskId))).map((a) => [
      `${a.dictionaryId}:${a.code}`,
      a.level,
    ]),
  );
  return {
    ...presentTask(task),
    items: items.map((item) => ({
      ...item,
      answered: answers.has(item.competencyKey),
      level: answers.get(item.competencyKey) ?? null,
    })),
    permissions: raterTaskPolicy.permissions(ctx.actor, taskRecord(task)),
  };
}

export interface SaveAnswersInput {
  answers: { competencyKey: string; level: number | null }[];
  /** Send the questionnaire: every competency answered (a level or "tidak dapat menilai"). */
  submit: boolean;
}

export async function saveRaterTask(ctx: ServiceContext, taskId: string, input: SaveAnswersInput) {
  const task = await loadTask(ctx, taskId);
  raterTaskPolicy.authorize(ctx.actor, 'answer', taskRecord(task));
  const keys = new Set((await questionnaireOf(ctx.db, task.standard_id)).map((i) => i.competencyKey));
  const unknown = input.answers.find((a) => !keys.has(a.competencyKey));
  if (unknown) {
    throw new DomainError(
      'UNKNOWN_COMPETENCY',
      'Jawaban menyebut kompetensi yang tidak ada pada kuesioner ini.',
      {
        competencyKey: unknown.competencyKey,
      },
    );
  }
  await ctx.db.transaction(async (tx) => {
    // Two tabs sending at once: the row lock makes the second see the first's submission.
    const [locked] = await tx
      .select({ submittedAt: multiRaterRaters.submittedAt })
      .from(multiRaterRaters)
      .where(eq(multiRaterRaters.id, taskId))
      .for('update');
    if (locked?.submittedAt) throw new DomainError('FORBIDDEN', 'Kuesioner ini sudah dikirim.');
    for (const a of input.answers) {
      const [dictionaryId, code] = [a.competencyKey.slice(0, 36), a.competencyKey.slice(37)];
      await tx
        .insert(multiRaterAnswers)
        .values({ raterId: taskId, agencyId: task.agency_id, dictionaryId, code, level: a.level })
        .onConflictDoUpdate({
          target: [
            multiRaterAnswers.raterId,
            multiRaterAnswers.dictionaryId,
            multiRaterAnswers.code,
            multiRaterAnswers.agencyId,
          ],
          set: { level: a.level },
        });
    }
    if (input.submit) {
      const [count] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from multi_rater_answers where rater_id = ${taskId}`,
      );
      const missing = keys.size - (count?.n ?? 0);
      if (missing > 0) {
        throw new DomainError(
          'ANSWERS_INCOMPLETE',
          `Masih ada ${missing} kompetensi yang belum dijawab; pilih level atau "tidak dapat menilai".`,
          { missing },
        );
      }
      await tx
        .update(multiRaterRaters)
        .set({ submittedAt: new Date() })
        .where(eq(multiRaterRaters.id, taskId));
    }
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: task.agency_id,
      entity: 'multiRaterTask',
      entityId: taskId,
      action: input.submit ? 'submit' : 'save',
      diff: { answers: input.answers.length },
    });
  });
  return getRaterTask(ctx, taskId);
}
