/** Login and logout. The throttle (login-throttle.ts) decides first; the password is checked after. */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { deleteSession, insertSession } from '../db/repositories/session-repository';
import { findUserForLogin, recordLastLogin } from '../db/repositories/user-repository';
import { DomainError } from '../domain/errors';
import { admitLoginAttempt, recordLoginSuccess } from './login-throttle';
import { getDummyHash, verifyPassword } from './passwords';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  /** The clock (tests move it instead of waiting out a back-off). */
  now?: Date;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  userId: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}

/** Why a login failed: in the audit log only; the person always reads the same 401. */
export type LoginFailure = 'unknown-user' | 'wrong-password' | 'inactive' | 'password-expired';

const invalidCredentials = () =>
  new DomainError('INVALID_CREDENTIALS', 'Nama pengguna atau kata sandi salah.');

export async function login(db: Db, input: LoginInput): Promise<LoginResult> {
  const now = input.now ?? new Date();
  const username = input.username.trim().toLowerCase();
  const ticket = await admitLoginAttempt(db, { username, ip: input.ip, now });

  const user = await findUserForLogin(db, username);
  // An unknown user costs the same argon2 verification, so timing does not tell who exists.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  const failure: LoginFailure | null = !user
    ? 'unknown-user'
    : !passwordOk
      ? 'wrong-password'
      : !user.active
        ? 'inactive'
        : user.passwordExpiresAt && user.passwordExpiresAt <= now
          ? 'password-expired'
          : null;
  if (failure || !user) {
    await recordAudit(db, {
      userId: null,
      agencyId: user?.agencyId ?? null,
      entity: 'session',
      entityId: user?.id ?? username,
      action: 'login-failed',
      diff: { username, ip: input.ip, reason: failure },
    });
    throw invalidCredentials();
  }

  await recordLoginSuccess(db, ticket, now);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await db.transaction(async (tx) => {
    await insertSession(tx, { id: hashSessionToken(token), userId: user.id, csrfToken, expiresAt });
    await recordLastLogin(tx, user.id, now);
    await recordAudit(tx, {
      userId: user.id,
      agencyId: user.agencyId,
      entity: 'session',
      entityId: user.id,
      action: 'login',
      diff: { ip: input.ip, ...(user.mustChangePassword ? { mustChangePassword: true } : {}) },
    });
  });
  return { token, csrfToken, userId: user.id, expiresAt, mustChangePassword: user.mustChangePassword };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const userId = await deleteSession(tx, hashSessionToken(token));
    if (userId) {
      await recordAudit(tx, {
        userId,
        agencyId: null,
        entity: 'session',
        entityId: userId,
        action: 'logout',
      });
    }
  });
}
