/** Use-cases for agencies: list the visible ones, read one, create one (superadmin). */
import {
  findAgency,
  findAgencyByCode,
  insertAgency,
  listAgencies as listAgencyRows,
} from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { DomainError } from '../domain/errors';
import type { AgencyKind } from '../domain/roles';
import { agencyPolicy } from '../policies';
import type { ServiceContext } from './context';

export function listAgencies({ db, actor }: ServiceContext) {
  return listAgencyRows(db, agencyPolicy.canListAll(actor) ? undefined : (actor.agencyId ?? undefined));
}

/** The agency if the actor may see it; otherwise AGENCY_NOT_FOUND (no existence leak). */
export async function getVisibleAgency({ db, actor }: ServiceContext, agencyId: string) {
  const agency = agencyPolicy.canRead(actor, agencyId) ? await findAgency(db, agencyId) : undefined;
  if (!agency) throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
  return agency;
}

export async function createAgency(
  { db, actor }: ServiceContext,
  input: { code: string; name: string; kind: AgencyKind },
) {
  if (!agencyPolicy.canCreate(actor)) {
    throw new DomainError('FORBIDDEN', 'Hanya superadmin yang dapat menambah instansi.');
  }
  return db.transaction(async (tx) => {
    if (await findAgencyByCode(tx, input.code)) {
      throw new DomainError('AGENCY_CODE_EXISTS', `Kode instansi ${input.code} sudah dipakai.`, {
        issues: [{ path: 'code', message: 'Kode sudah dipakai' }],
      });
    }
    const agency = await insertAgency(tx, input);
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId: agency.id,
      entity: 'agency',
      entityId: agency.id,
      action: 'create',
      diff: { after: input },
    });
    return agency;
  });
}
