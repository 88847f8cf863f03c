/**
 * Who reads whose results: the agency's staff (not `employee`) read their agency's civil servants,
 * national roles read all, an `employee` reads only their own record (another's → 403).
 */
import { eq } from 'drizzle-orm';
import { civilServants, positions } from '../db/schema';
import { DomainError } from '../domain/errors';
import { parseNip } from '../domain/nip';
import { isNationalRole } from '../domain/roles';
import type { ServiceContext } from './context';

export type CivilServantRow = typeof civilServants.$inferSelect & {
  positionName: string | null;
  jobLevel: string | null;
};

export async function loadCivilServant(ctx: ServiceContext, nipText: string): Promise<CivilServantRow> {
  const nip = nipText.replace(/\s+/g, '');
  if (!parseNip(nip).ok) throw new DomainError('INVALID_NIP', `NIP "${nipText}" tidak sah.`);
  const [row] = await ctx.db
    .select({ servant: civilServants, positionName: positions.name, jobLevel: positions.jobLevel })
    .from(civilServants)
    .leftJoin(positions, eq(positions.id, civilServants.positionId))
    .where(eq(civilServants.nip, nip));
  const { actor } = ctx;
  if (!row || !(isNationalRole(actor.role) || actor.agencyId === row.servant.agencyId)) {
    throw new DomainError('CIVIL_SERVANT_NOT_FOUND', 'Pegawai tidak ditemukan.');
  }
  if (actor.role === 'employee' && row.servant.userId !== actor.userId) {
    throw new DomainError('FORBIDDEN', 'Anda hanya dapat melihat data Anda sendiri.');
  }
  return { ...row.servant, positionName: row.positionName, jobLevel: row.jobLevel };
}

/** Staff of the agency (or national roles) may read reports over many civil servants. */
export function assertCanReadTalent(ctx: ServiceContext, agencyId: string) {
  const { actor } = ctx;
  if (isNationalRole(actor.role)) return;
  if (actor.agencyId !== agencyId) throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
  if (actor.role === 'employee') {
    throw new DomainError('FORBIDDEN', 'Laporan talenta hanya untuk pengelola kepegawaian instansi.');
  }
}
