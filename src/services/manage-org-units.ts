/** Use-cases for org units (the unit tree inside an agency). */
import {
  findOrgUnit,
  insertOrgUnit,
  listOrgUnits as listOrgUnitRows,
} from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { DomainError } from '../domain/errors';
import { orgUnitPolicy } from '../policies';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';

export async function listOrgUnits(ctx: ServiceContext, agencyId: string) {
  await getVisibleAgency(ctx, agencyId);
  return listOrgUnitRows(ctx.db, agencyId);
}

export async function createOrgUnit(
  ctx: ServiceContext,
  agencyId: string,
  input: { name: string; code?: string | undefined; parentId?: string | undefined },
) {
  const { db, actor } = ctx;
  await getVisibleAgency(ctx, agencyId);
  if (!orgUnitPolicy.canCreate(actor, agencyId)) {
    throw new DomainError('FORBIDDEN', 'Anda tidak berwenang menambah unit organisasi pada instansi ini.');
  }
  return db.transaction(async (tx) => {
    if (input.parentId) {
      const parent = await findOrgUnit(tx, input.parentId);
      if (!parent || parent.agencyId !== agencyId) {
        throw new DomainError('VALIDATION_FAILED', 'Unit induk tidak ditemukan pada instansi ini.', {
          issues: [{ path: 'parentId', message: 'Unit induk tidak ditemukan pada instansi ini' }],
        });
      }
    }
    const values = { agencyId, parentId: input.parentId ?? null, code: input.code ?? null, name: input.name };
    let unit: Awaited<ReturnType<typeof insertOrgUnit>>;
    try {
      unit = await insertOrgUnit(tx, values);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(
          'ORG_UNIT_CODE_EXISTS',
          `Kode unit ${input.code} sudah dipakai di instansi ini.`,
          {
            issues: [{ path: 'code', message: 'Kode sudah dipakai' }],
          },
        );
      }
      throw error;
    }
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId,
      entity: 'orgUnit',
      entityId: unit.id,
      action: 'create',
      diff: { after: values },
    });
    return unit;
  });
}

/** PostgreSQL unique_violation, through either driver (drizzle may wrap it in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
