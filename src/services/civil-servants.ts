/** Civil servants: the agency's list, one record with its assessment history, the own view, a login. */
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { civilServants, positions, users } from '../db/schema';
import { DomainError } from '../domain/errors';
import { type PerformanceBand, type PerformanceRating, performanceLabel } from '../domain/performance-rating';
import { civilServantPolicy, talentPolicy } from '../policies/civil-servant';
import { loadCivilServant } from './civil-servant-access';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { issueTemporaryPassword } from './passwords';

export async function listCivilServants(
  ctx: ServiceContext,
  agencyId: string,
  params: { q?: string | undefined; limit: number; offset: number },
) {
  talentPolicy.authorize(ctx.actor, 'readTalent', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const q = params.q?.trim();
  const where = and(
    eq(civilServants.agencyId, agencyId),
    q
      ? or(ilike(civilServants.name, `%${q}%`), ilike(civilServants.nip, `${q.replace(/\s+/g, '')}%`))
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    ctx.db
      .select({
        nip: civilServants.nip,
        name: civilServants.name,
        rankGrade: civilServants.rankGrade,
        educationLevel: civilServants.educationLevel,
        performance: civilServants.performance,
        performanceRating: civilServants.performanceRating,
        positionId: civilServants.positionId,
        positionName: positions.name,
        hasLogin: sql<boolean>`${civilServants.userId} is not null`,
      })
      .from(civilServants)
      .leftJoin(positions, eq(positions.id, civilServants.positionId))
      .where(where)
      .orderBy(asc(civilServants.name))
      .limit(params.limit)
      .offset(params.offset),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(civilServants).where(where),
  ]);
  return {
    items: items.map((item) => ({
      ...item,
      performanceLabel: performanceLabel(
        item.performanceRating as PerformanceRating | null,
        item.performance as PerformanceBand | null,
      ),
    })),
    total: total?.n ?? 0,
  };
}

export async function getCivilServant(ctx: ServiceContext, nip: string) {
  const servant = await loadCivilServant(ctx, nip);
  const history = await queryRows<{
    id: string;
    assessed_on: string;
    assessor: string;
    institution: string;
    code: string;
    kind: string;
    level: number;
    name: string | null;
  }>(
    ctx.db,
    sql`select a.id, a.assessed_on, a.assessor, a.institution, s.code, s.kind, s.level,
          (select c.name from competencies c join dictionary_versions v on v.id = c.dictionary_version_id
           where v.dictionary_id = s.dictionary_id and c.code = s.code order by v.version desc limit 1) as name
        from assessments a join assessment_scores s on s.assessment_id = a.id
        where a.civil_servant_id = ${servant.id}
        order by a.assessed_on desc, s.kind, s.code`,
  );
  const sessions = new Map<
    string,
    {
      id: string;
      assessedOn: string;
      assessor: string;
      institution: string;
      scores: { code: string; name: string | null; kind: string; level: number }[];
    }
  >();
  for (const h of history) {
    const session = sessions.get(h.id) ?? {
      id: h.id,
      assessedOn: h.assessed_on,
      assessor: h.assessor,
      institution: h.institution,
      scores: [],
    };
    session.scores.push({ code: h.code, name: h.name, kind: h.kind, level: h.level });
    sessions.set(h.id, session);
  }
  return {
    civilServant: {
      nip: servant.nip,
      name: servant.name,
      birthDate: servant.birthDate,
      serviceStart: servant.serviceStart,
      sex: servant.sex,
      rankGrade: servant.rankGrade,
      educationLevel: servant.educationLevel,
      fieldOfStudy: servant.fieldOfStudy,
      performance: servant.performance,
      performanceRating: servant.performanceRating,
      performanceLabel: performanceLabel(
        servant.performanceRating as PerformanceRating | null,
        servant.performance as PerformanceBand | null,
      ),
      positionId: servant.positionId,
      positionName: servant.positionName,
      hasLogin: servant.userId !== null,
    },
    assessments: [...sessions.values()],
    permissions: civilServantPolicy.permissions(ctx.actor, servant),
  };
}

/** The civil servant record of the signed-in user (role `employee`). */
export async function myCivilServant(ctx: ServiceContext) {
  const [row] = await ctx.db
    .select({ nip: civilServants.nip })
    .from(civilServants)
    .where(eq(civilServants.userId, ctx.actor.userId));
  if (!row)
    throw new DomainError('CIVIL_SERVANT_NOT_FOUND', 'Akun Anda belum terhubung dengan data pegawai.');
  return getCivilServant(ctx, row.nip);
}

/** A login for a civil servant: username = NIP, role `employee`, a one-time password returned once. */
export async function createEmployeeLogin(ctx: ServiceContext, nip: string) {
  const servant = await loadCivilServant(ctx, nip);
  civilServantPolicy.authorize(ctx.actor, 'createLogin', servant);
  if (servant.userId) throw new DomainError('LOGIN_EXISTS', 'Pegawai ini sudah memiliki akun.');
  // A temporary password: shown once, changed at the first login, void after 72 hours.
  const { password, ...credentials } = await issueTemporaryPassword();
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, servant.nip));
    if (existing) throw new DomainError('USERNAME_EXISTS', `Nama pengguna ${servant.nip} sudah dipakai.`);
    const [user] = await tx
      .insert(users)
      .values({
        username: servant.nip,
        fullName: servant.name,
        role: 'employee',
        agencyId: servant.agencyId,
        ...credentials,
      })
      .returning({ id: users.id });
    await tx.update(civilServants).set({ userId: user!.id }).where(eq(civilServants.id, servant.id));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: servant.agencyId,
      entity: 'civilServant',
      entityId: servant.id,
      action: 'createLogin',
      diff: { username: servant.nip },
    });
    return { username: servant.nip, password };
  });
}
