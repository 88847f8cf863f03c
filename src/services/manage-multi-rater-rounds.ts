/**
 * 360° rounds as HR runs them: open a round for a set of people (each against the ratified
 * standard of their position, raters given or taken from the position map), follow who has
 * answered, add or remove raters while it is open. Closing is `close-multi-rater-round.ts`.
 */
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { pgArray, queryRows } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { positionNeighbours } from '../db/repositories/multi-rater-repository';
import { civilServants, multiRaterRaters, multiRaterRounds, multiRaterSubjects } from '../db/schema';
import { DomainError } from '../domain/errors';
import { type RaterRelation, raterRelationNames } from '../domain/multi-rater';
import { agencyMultiRaterRoundsPolicy, multiRaterRoundPolicy } from '../policies/multi-rater-round';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';

export interface OpenRoundInput {
  name: string;
  closesOn: string;
  subjects: {
    nip: string;
    /** Omitted: the superior, peers and subordinates of the position map. */
    raters?: { nip: string; relation: Exclude<RaterRelation, 'self'> }[] | undefined;
  }[];
}

interface Problem {
  nip: string;
  code: string;
  message: string;
}

const defaultRatersPerGroup = 6;

type RoundRow = typeof multiRaterRounds.$inferSelect;

export async function loadRound(ctx: ServiceContext, roundId: string): Promise<RoundRow> {
  const [round] = await ctx.db.select().from(multiRaterRounds).where(eq(multiRaterRounds.id, roundId));
  if (!round) throw multiRaterRoundPolicy.notFoundError();
  multiRaterRoundPolicy.authorize(ctx.actor, 'read', roundRecord(round));
  return round;
}

export function roundRecord(round: RoundRow) {
  return { agencyId: round.agencyId, status: round.status as 'open' | 'closed' };
}

async function servantsByNip(ctx: ServiceContext, agencyId: string, nips: string[]) {
  const rows =
    nips.length === 0
      ? []
      : await ctx.db
          .select({ id: civilServants.id, nip: civilServants.nip, positionId: civilServants.positionId })
          .from(civilServants)
          .where(and(eq(civilServants.agencyId, agencyId), inArray(civilServants.nip, nips)));
  return new Map(rows.map((r) => [r.nip, r]));
}

export async function openRound(
  ctx: ServiceContext,
  agencyId: string,
  input: OpenRoundInput,
  today = new Date(),
) {
  agencyMultiRaterRoundsPolicy.authorize(ctx.actor, 'open', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  if (input.closesOn < today.toISOString().slice(0, 10)) {
    throw new DomainError('CLOSES_ON_PAST', 'Batas pengisian tidak boleh sebelum hari ini.');
  }
  const nips = [...new Set(input.subjects.flatMap((s) => [s.nip, ...(s.raters ?? []).map((r) => r.nip)]))];
  const byNip = await servantsByNip(ctx, agencyId, nips);
  const standards = new Map(
    (
      await queryRows<{ position_id: string; standard_id: string }>(
        ctx.db,
        sql`select distinct position_id, standard_id from position_requirements where agency_id = ${agencyId}`,
      )
    ).map((r) => [r.position_id, r.standard_id]),
  );
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const subjects: {
    id: string;
    positionId: string;
    standardId: string;
    raters: OpenRoundInput['subjects'][0]['raters'];
  }[] = [];
  for (const s of input.subjects) {
    const servant = byNip.get(s.nip);
    if (!servant) {
      problems.push({ nip: s.nip, code: 'UNKNOWN_NIP', message: `NIP ${s.nip} bukan pegawai instansi ini.` });
      continue;
    }
    if (seen.has(s.nip)) {
      problems.push({ nip: s.nip, code: 'DUPLICATE_SUBJECT', message: `Pegawai ${s.nip} disebut dua kali.` });
      continue;
    }
    seen.add(s.nip);
    const standardId = servant.positionId ? standards.get(servant.positionId) : undefined;
    if (!servant.positionId || !standardId) {
      problems.push({
        nip: s.nip,
        code: 'SUBJECT_WITHOUT_STANDARD',
        message: `Jabatan pegawai ${s.nip} belum memiliki SKJ yang ditetapkan; kuesioner disusun dari SKJ.`,
      });
      continue;
    }
    const raterNips = new Set<string>();
    for (const r of s.raters ?? []) {
      if (!byNip.has(r.nip)) {
        problems.push({
          nip: r.nip,
          code: 'UNKNOWN_NIP',
          message: `Penilai ${r.nip} bukan pegawai instansi ini.`,
        });
      } else if (r.nip === s.nip) {
        problems.push({
          nip: r.nip,
          code: 'RATER_IS_SUBJECT',
          message: 'Penilaian diri ditambahkan sendiri; jangan sebut pegawai sebagai penilainya.',
        });
      } else if (raterNips.has(r.nip)) {
        problems.push({
          nip: r.nip,
          code: 'DUPLICATE_RATER',
          message: `Penilai ${r.nip} disebut dua kali untuk ${s.nip}.`,
        });
      }
      raterNips.add(r.nip);
    }
    subjects.push({ id: servant.id, positionId: servant.positionId, standardId, raters: s.raters });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'MULTI_RATER_ROUND_INVALID',
      `Penilaian 360° tidak dibuat: ${problems[0]!.message}`,
      { problems },
    );
  }
  const derived = await positionNeighbours(
    ctx.db,
    agencyId,
    subjects.filter((s) => !s.raters).map((s) => s.id),
    defaultRatersPerGroup,
  );
  return ctx.db.transaction(async (tx) => {
    const [round] = await tx
      .insert(multiRaterRounds)
      .values({ agencyId, name: input.name, closesOn: input.closesOn, createdBy: ctx.actor.userId })
      .returning();
    const inserted = await tx
      .insert(multiRaterSubjects)
      .values(
        subjects.map((s) => ({
          roundId: round!.id,
          agencyId,
          civilServantId: s.id,
          positionId: s.positionId,
          standardId: s.standardId,
        })),
      )
      .returning({ id: multiRaterSubjects.id, civilServantId: multiRaterSubjects.civilServantId });
    const subjectIdOf = new Map(inserted.map((r) => [r.civilServantId, r.id]));
    const raters: (typeof multiRaterRaters.$inferInsert)[] = [];
    for (const s of subjects) {
      const subjectId = subjectIdOf.get(s.id)!;
      raters.push({ roundId: round!.id, agencyId, subjectId, raterCivilServantId: s.id, relation: 'self' });
      const others = s.raters
        ? s.raters.map((r) => ({ id: byNip.get(r.nip)!.id, relation: r.relation }))
        : derived.filter((d) => d.subject_id === s.id).map((d) => ({ id: d.rater_id, relation: d.relation }));
      for (const o of others) {
        raters.push({
          roundId: round!.id,
          agencyId,
          subjectId,
          raterCivilServantId: o.id,
          relation: o.relation,
        });
      }
    }
    for (let i = 0; i < raters.length; i += 1000)
      await tx.insert(multiRaterRaters).values(raters.slice(i, i + 1000));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'multiRaterRound',
      entityId: round!.id,
      action: 'open',
      diff: { name: input.name, closesOn: input.closesOn, subjects: subjects.length, raters: raters.length },
    });
    return { id: round!.id };
  });
}

export async function listRounds(
  ctx: ServiceContext,
  agencyId: string,
  params: { limit: number; cursor?: string | undefined },
) {
  agencyMultiRaterRoundsPolicy.authorize(ctx.actor, 'list', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const [cursorAt, cursorId] = params.cursor ? params.cursor.split('|') : [];
  const rows = await ctx.db
    .select()
    .from(multiRaterRounds)
    .where(
      and(
        eq(multiRaterRounds.agencyId, agencyId),
        cursorAt && cursorId
          ? or(
              lt(multiRaterRounds.createdAt, new Date(cursorAt)),
              and(eq(multiRaterRounds.createdAt, new Date(cursorAt)), lt(multiRaterRounds.id, cursorId)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(multiRaterRounds.createdAt), desc(multiRaterRounds.id))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const counts = new Map(
    (
      await queryRows<{ round_id: string; subjects: number; raters: number; submitted: number }>(
        ctx.db,
        sql`select round_id, count(distinct subject_id)::int as subjects, count(*)::int as raters,
              count(*) filter (where submitted_at is not null)::int as submitted
            from multi_rater_raters where round_id = any(${pgArray(page.map((r) => r.id))}::uuid[]) group by round_id`,
      )
    ).map((c) => [c.round_id, c]),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      ...presentRound(r),
      subjects: counts.get(r.id)?.subjects ?? 0,
      raters: counts.get(r.id)?.raters ?? 0,
      submitted: counts.get(r.id)?.submitted ?? 0,
    })),
    nextCursor: rows.length > params.limit && last ? `${last.createdAt.toISOString()}|${last.id}` : null,
    permissions: agencyMultiRaterRoundsPolicy.permissions(ctx.actor, { agencyId }),
  };
}

export function presentRound(r: RoundRow) {
  return {
    id: r.id,
    name: r.name,
    status: r.status as 'open' | 'closed',
    closesOn: r.closesOn,
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
  };
}

export async function getRound(ctx: ServiceContext, roundId: string) {
  const round = await loadRound(ctx, roundId);
  const rows = await queryRows<{
    subject_id: string;
    subject_nip: string;
    subject_name: string;
    position_name: string;
    rater_id: string;
    rater_nip: string;
    rater_name: string;
    relation: RaterRelation;
    submitted_at: string | null;
    has_login: boolean;
  }>(
    ctx.db,
    sql`select s.id as subject_id, sc.nip as subject_nip, sc.name as subject_name, p.name as position_name,
          r.id as rater_id, rc.nip as rater_nip, rc.name as rater_name, r.relation, r.submitted_at,
          rc.user_id is not null as has_login
        from multi_rater_subjects s
        join civil_servants sc on sc.id = s.civil_servant_id
        join positions p on p.id = s.position_id
        join multi_rater_raters r on r.subject_id = s.id
        join civil_servants rc on rc.id = r.rater_civil_servant_id
        where s.round_id = ${roundId}
        order by sc.name, array_position(array['self','superior','peer','subordinate'], r.relation), rc.name`,
  );
  const subjects = new Map<string, { nip: string; name: string; positionName: string; raters: unknown[] }>();
  for (const r of rows) {
    const subject = subjects.get(r.subject_id) ?? {
      nip: r.subject_nip,
      name: r.subject_name,
      positionName: r.position_name,
      raters: [],
    };
    subject.raters.push({
      id: r.rater_id,
      nip: r.rater_nip,
      name: r.rater_name,
      relation: r.relation,
      relationName: raterRelationNames[r.relation],
      submitted: r.submitted_at !== null,
      hasLogin: r.has_login,
    });
    subjects.set(r.subject_id, subject);
  }
  return {
    round: presentRound(round),
    subjects: [...subjects.values()],
    permissions: multiRaterRoundPolicy.permissions(ctx.actor, roundRecord(round)),
  };
}

export async function addRater(
  ctx: ServiceContext,
  roundId: string,
  input: { subjectNip: string; raterNip: string; relation: Exclude<RaterRelation, 'self'> },
) {
  const round = await loadRound(ctx, roundId);
  multiRaterRoundPolicy.authorize(ctx.actor, 'manage', roundRecord(round));
  const byNip = await servantsByNip(ctx, round.agencyId, [input.subjectNip, input.raterNip]);
  const subject = byNip.get(input.subjectNip);
  const rater = byNip.get(input.raterNip);
  const [subjectRow] = subject
    ? await ctx.db
        .select({ id: multiRaterSubjects.id })
        .from(multiRaterSubjects)
        .where(
          and(eq(multiRaterSubjects.roundId, roundId), eq(multiRaterSubjects.civilServantId, subject.id)),
        )
    : [];
  if (!subjectRow)
    throw new DomainError('MULTI_RATER_SUBJECT_NOT_FOUND', 'Pegawai itu tidak dinilai pada penilaian ini.');
  if (!rater) throw new DomainError('UNKNOWN_NIP', `Penilai ${input.raterNip} bukan pegawai instansi ini.`);
  if (rater.id === subject!.id) throw new DomainError('RATER_IS_SUBJECT', 'Penilaian diri sudah ada.');
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(multiRaterRaters)
      .values({
        roundId,
        agencyId: round.agencyId,
        subjectId: subjectRow.id,
        raterCivilServantId: rater.id,
        relation: input.relation,
      })
      .onConflictDoNothing()
      .returning({ id: multiRaterRaters.id });
    if (!created) throw new DomainError('RATER_EXISTS', 'Penilai itu sudah menilai pegawai ini.');
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: round.agencyId,
      entity: 'multiRaterRound',
      entityId: roundId,
      action: 'addRater',
      diff: { subjectNip: input.subjectNip, raterNip: input.raterNip, relation: input.relation },
    });
    return { id: created.id };
  });
}

export async function removeRater(ctx: ServiceContext, roundId: string, raterId: string) {
  const round = await loadRound(ctx, roundId);
  multiRaterRoundPolicy.authorize(ctx.actor, 'manage', roundRecord(round));
  const [rater] = await ctx.db
    .select()
    .from(multiRaterRaters)
    .where(and(eq(multiRaterRaters.id, raterId), eq(multiRaterRaters.roundId, roundId)));
  if (!rater)
    throw new DomainError('MULTI_RATER_RATER_NOT_FOUND', 'Penilai tidak ditemukan pada penilaian ini.');
  if (rater.relation === 'self')
    throw new DomainError('SELF_RATER_REQUIRED', 'Penilaian diri tidak dapat dihapus.');
  if (rater.submittedAt) throw new DomainError('RATER_SUBMITTED', 'Penilai ini sudah mengirim kuesionernya.');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(multiRaterRaters).where(eq(multiRaterRaters.id, raterId));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: round.agencyId,
      entity: 'multiRaterRound',
      entityId: roundId,
      action: 'removeRater',
      diff: { raterId, relation: rater.relation },
    });
  });
  return { removed: true };
}
