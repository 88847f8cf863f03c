/**
 * Use-cases for user accounts: list, create, reset a password, deactivate and reactivate. A
 * password chosen by someone else (the admin at creation, a reset) is temporary: it works for 72
 * hours and must be changed at the next login.
 */
import { findAgency } from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { deleteUserSessions } from '../db/repositories/session-repository';
import {
  findUser,
  insertUser,
  listUsers as listUserRows,
  lockActiveSuperadmins,
  setUserActive,
  updatePassword,
  updateUserProfile,
  usernameExists,
} from '../db/repositories/user-repository';
import { normalizeNip } from '../domain/agency-identity';
import { DomainError } from '../domain/errors';
import { isNationalRole, type Role } from '../domain/roles';
import { userPolicy } from '../policies/user';
import type { ServiceContext } from './context';
import {
  assertStrongPassword,
  hashPassword,
  issueTemporaryPassword,
  temporaryPasswordFields,
} from './passwords';

export async function listUsers({ db, actor }: ServiceContext, filter: { agencyId?: string | undefined }) {
  if (!userPolicy.canList(actor)) {
    throw new DomainError('FORBIDDEN', 'Anda tidak berwenang melihat daftar pengguna.');
  }
  const agencyId = userPolicy.canListAll(actor) ? filter.agencyId : (actor.agencyId ?? undefined);
  if (!userPolicy.canListAll(actor) && filter.agencyId && filter.agencyId !== actor.agencyId) {
    throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
  }
  const rows = await listUserRows(db, agencyId);
  return rows.map((row) => {
    const user = { ...row, role: row.role as Role };
    return { ...user, permissions: userPolicy.permissions(actor, user) };
  });
}

export interface CreateUserInput {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  agencyId?: string | undefined;
}

export async function createUser({ db, actor }: ServiceContext, input: CreateUserInput, now = new Date()) {
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
  await assertStrongPassword(input.password, { username, personalWords: [input.fullName] });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await usernameExists(tx, username)) {
      throw new DomainError('USERNAME_EXISTS', `Nama pengguna ${username} sudah dipakai.`, {
        issues: [{ path: 'username', message: 'Nama pengguna sudah dipakai' }],
      });
    }
    const temporary = temporaryPasswordFields(now);
    const user = await insertUser(tx, {
      username,
      fullName: input.fullName,
      passwordHash,
      role: input.role,
      agencyId,
      ...temporary,
    });
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId,
      entity: 'user',
      entityId: user.id,
      action: 'create',
      diff: { after: { username, fullName: input.fullName, role: input.role, agencyId } },
    });
    return { ...user, passwordExpiresAt: temporary.passwordExpiresAt };
  });
}

async function loadUser({ db, actor }: ServiceContext, userId: string) {
  const user = await findUser(db, userId);
  if (!user) throw userPolicy.notFoundError();
  // Hidden from actors who may not read it: same 404 as a user that does not exist.
  if (!userPolicy.can(actor, 'read', user)) throw userPolicy.notFoundError();
  return user;
}

/**
 * A new temporary password for someone else's account, returned once: the old password stops
 * working and every session of the account ends.
 */
export async function resetUserPassword(ctx: ServiceContext, userId: string, now = new Date()) {
  const user = await loadUser(ctx, userId);
  userPolicy.authorize(
    ctx.actor,
    'resetPassword',
    user,
    user.id === ctx.actor.userId
      ? 'Ganti kata sandi Anda sendiri melalui menu Ganti Kata Sandi (perlu kata sandi saat ini).'
      : undefined,
  );
  const { password, ...credentials } = await issueTemporaryPassword(now);
  return ctx.db.transaction(async (tx) => {
    await updatePassword(tx, user.id, credentials);
    const endedSessions = await deleteUserSessions(tx, user.id);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: user.agencyId,
      entity: 'user',
      entityId: user.id,
      action: 'password-reset',
      diff: { endedSessions, expiresAt: credentials.passwordExpiresAt.toISOString() },
    });
    return { username: user.username, password, expiresAt: credentials.passwordExpiresAt };
  });
}

/**
 * Deactivate (every session ends; logging in answers the same 401 as a wrong password) or
 * reactivate an account. Nobody deactivates themselves, and the last active superadmin stays.
 */
export async function setUserActiveState(ctx: ServiceContext, userId: string, active: boolean) {
  const user = await loadUser(ctx, userId);
  // Asked of the account as it would be before the change, so a repeated request is judged alike.
  userPolicy.authorize(
    ctx.actor,
    active ? 'activate' : 'deactivate',
    { ...user, active: !active },
    user.id === ctx.actor.userId ? 'Anda tidak dapat mengubah status akun Anda sendiri.' : undefined,
  );
  if (user.active === active) return { ...user, permissions: userPolicy.permissions(ctx.actor, user) };
  return ctx.db.transaction(async (tx) => {
    if (!active && user.role === 'superadmin') {
      const others = (await lockActiveSuperadmins(tx)).filter((id) => id !== user.id);
      if (others.length === 0) {
        throw new DomainError(
          'LAST_SUPERADMIN',
          'Superadmin aktif terakhir tidak dapat dinonaktifkan. Tambahkan superadmin lain terlebih dahulu.',
        );
      }
    }
    await setUserActive(tx, user.id, active);
    const endedSessions = active ? 0 : await deleteUserSessions(tx, user.id);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: user.agencyId,
      entity: 'user',
      entityId: user.id,
      action: active ? 'activate' : 'deactivate',
      diff: { before: { active: user.active }, after: { active }, ...(active ? {} : { endedSessions }) },
    });
    const updated = { ...user, active };
    return { ...updated, permissions: userPolicy.permissions(ctx.actor, updated) };
  });
}

/** NIP and official title (jabatan) of an account: printed under the person's signature. */
export async function setUserProfile(
  ctx: ServiceContext,
  userId: string,
  input: { nip: string | null; positionTitle: string | null },
) {
  const user = await loadUser(ctx, userId);
  userPolicy.authorize(ctx.actor, 'updateProfile', user);
  const values = {
    nip: input.nip?.trim() ? normalizeNip(input.nip, 'nip', 'NIP') : null,
    positionTitle: input.positionTitle?.trim() || null,
  };
  return ctx.db.transaction(async (tx) => {
    await updateUserProfile(tx, user.id, values);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: user.agencyId,
      entity: 'user',
      entityId: user.id,
      action: 'updateProfile',
      diff: { before: { nip: user.nip, positionTitle: user.positionTitle }, after: values },
    });
    const updated = { ...user, ...values };
    return { ...updated, permissions: userPolicy.permissions(ctx.actor, updated) };
  });
}
