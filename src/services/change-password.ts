/**
 * A user changes their own password with the current one. Every other session of the user ends
 * (a thief's session among them); the session that made the change stays. Wrong current passwords
 * count in the login throttle of this username and address, so the form cannot be used to guess.
 */
import { recordAudit } from '../db/repositories/audit-repository';
import { deleteUserSessions } from '../db/repositories/session-repository';
import { findPasswordHash, findUser, updatePassword } from '../db/repositories/user-repository';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';
import { admitLoginAttempt, recordLoginSuccess } from './login-throttle';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  /** The session making the change (hash of its token): it stays signed in. */
  sessionId: string;
  ip: string;
  now?: Date;
}

export async function changeOwnPassword({ db, actor }: ServiceContext, input: ChangePasswordInput) {
  const now = input.now ?? new Date();
  const user = await findUser(db, actor.userId);
  const currentHash = await findPasswordHash(db, actor.userId);
  if (!user || !currentHash) throw new DomainError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
  const ticket = await admitLoginAttempt(db, { username: user.username, ip: input.ip, now });
  if (!(await verifyPassword(currentHash, input.currentPassword))) {
    await recordAudit(db, {
      userId: user.id,
      agencyId: user.agencyId,
      entity: 'user',
      entityId: user.id,
      action: 'password-change-failed',
      diff: { ip: input.ip, reason: 'wrong-current-password' },
    });
    throw new DomainError('CURRENT_PASSWORD_WRONG', 'Kata sandi saat ini salah.', {
      issues: [{ path: 'currentPassword', message: 'Kata sandi saat ini salah' }],
    });
  }
  await recordLoginSuccess(db, ticket, now);
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('PASSWORD_UNCHANGED', 'Kata sandi baru harus berbeda dari kata sandi saat ini.', {
      issues: [{ path: 'newPassword', message: 'Sama dengan kata sandi saat ini' }],
    });
  }
  await assertStrongPassword(
    input.newPassword,
    { username: user.username, personalWords: [user.fullName] },
    'newPassword',
  );
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await updatePassword(tx, user.id, {
      passwordHash,
      mustChangePassword: false,
      passwordExpiresAt: null,
      passwordChangedAt: now,
    });
    const endedSessions = await deleteUserSessions(tx, user.id, input.sessionId);
    await recordAudit(tx, {
      userId: user.id,
      agencyId: user.agencyId,
      entity: 'user',
      entityId: user.id,
      action: 'password-change',
      diff: { endedSessions },
    });
    return { endedSessions };
  });
}
