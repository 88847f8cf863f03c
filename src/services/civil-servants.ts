/** Civil servants: the agency's list, one record with its assessment history, the own view, a login. */
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  type CivilServantFilter,
  type CivilServantListRow,
  type CivilServantSort,
  pageCivilServants,
} from '../db/repositories/civil-servant-repository';
import { civilServants, users } from '../db/schema';
import { DomainError } from '../domain/errors';
import { type PerformanceBand, type PerformanceRating, performanceLabel } from '../domain/performance-rating';
import { civilServantPolicy, talentPolicy } from '../policies/civil-servant';
import { loadCivilServant } from './civil-servant-access';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { decodeCursor, toPage } from './paging';
import { issueTemporaryPassword } from './passwords';

export interface ListCivilServantsParams extends CivilServantFilter {
  sort?: CivilServantSort | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** One page of the agency's civil servants, `{ items, nextCursor }` (keyset, any depth at the same cost). */
export async function listCivilServants(
  ctx: ServiceContext,
  agencyId: string,
  params: ListCivilServantsParams,
) {
  talentPolicy.authorize(ctx.actor, 'readTalent', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const sort = params.sort ?? 'name';
  const sortName = `civil-servants:${sort}`;
  const keyOf = (row: CivilServantListRow) => (sort === 'nip' ? [row.nip] : [row.name, row.id]);
  const strip = ({ id: _id, ...row }: CivilServantListRow) => ({
    ...row,
    performanceLabel: performanceLabel(
      row.performanceRating as PerformanceRating | null,
      row.performance as PerformanceBand | null,
    ),
  });
  const after = decodeCursor(params.cursor, sortName, sort === 'nip' ? 's' : 'ss');
  const rows = await pageCivilServants(ctx.db, agencyId, { ...params, sort, after, limit: params.limit });
  return toPage(rows, params.limit, sortName, keyOf, strip);
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
