/** Loading a civil servant by NIP as the actor may see them (`civilServantPolicy`). */
import { eq } from 'drizzle-orm';
import { civilServants, positions } from '../db/schema';
import { DomainError } from '../domain/errors';
import { parseNip } from '../domain/nip';
import { civilServantPolicy } from '../policies/civil-servant';
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
  // Unknown and unreadable NIPs answer alike: CIVIL_SERVANT_NOT_FOUND.
  if (!row) throw civilServantPolicy.notFoundError();
  civilServantPolicy.authorize(ctx.actor, 'read', row.servant);
  return { ...row.servant, positionName: row.positionName, jobLevel: row.jobLevel };
}
