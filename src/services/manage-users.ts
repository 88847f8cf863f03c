/** Use-cases for user accounts. */
import { findAgency } from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { insertUser, listUsers as listUserRows, usernameExists } from '../db/repositories/user-repository';
import { DomainError } from '../domain/errors';
import { isNationalRole, type Role } from '../domain/roles';
import { userPolicy } from '../policies';
import type { ServiceContext } from './context';
import { hashPassword } from './passwords';

export async function listUsers({ db, actor }: ServiceContext, filter: { agencyId?: string | undefined }) {
  if (!userPolicy.canList(actor)) {
    throw new DomainError('FORBIDDEN', 'Anda tidak berwenang melihat daftar pengguna.');
  }
  const agencyId = userPolicy.canListAll(actor) ? filter.agencyId : (actor.agencyId ?? undefined);
  if (!userPolicy.canListAll(actor) && filter.agencyId && filter.agencyId !== actor.agencyId) {
    throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
  }
  return listUserRows(db, agencyId);
}

export interface CreateUserInput {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  agencyId?: string | undefined;
}

export async function createUser({ db, actor }: ServiceContext, input: CreateUserInput) {
  const username = input.username.trim().toLowerCase();
  // An admin creates users in their own agency unless they name it; national roles have none.
  const agencyId = isNationalRole(input.role) ? null : (input.agencyId ?? actor.agencyId ?? null);
  if (!userPolicy.canCreate(actor, { role: input.role, agencyId })) {
    throw new DomainError('FORBIDDEN', 'Anda tidak berwenang membuat pengguna dengan peran ini.');
  }
  if (isNationalRole(input.role) && input.agencyId) {
    throw new DomainError('VALIDATION_FAILED', 'Peran nasional tidak terikat pada instansi.', {
      issues: [{ path: 'agencyId', message: 'Kosongkan instansi untuk peran nasional' }],
    });
  }
  if (!agencyId && !isNationalRole(input.role)) {
    throw new DomainError('VALIDATION_FAILED', 'Instansi wajib diisi untuk peran ini.', {
      issues: [{ path: 'agencyId', message: 'Instansi wajib diisi' }],
    });
  }
  if (agencyId && !(await findAgency(db, agencyId))) {
    throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await usernameExists(tx, username)) {
      throw new DomainError('USERNAME_EXISTS', `Nama pengguna ${username} sudah dipakai.`, {
        issues: [{ path: 'username', message: 'Nama pengguna sudah dipakai' }],
      });
    }
    const user = await insertUser(tx, {
      username,
      fullName: input.fullName,
      passwordHash,
      role: input.role,
      agencyId,
    });
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId,
      entity: 'user',
      entityId: user.id,
      action: 'create',
      diff: { after: { username, fullName: input.fullName, role: input.role, agencyId } },
    });
    return user;
  });
}
