import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { findUserForLogin } from '../db/repositories/user-repository';
import { loginAttempts, sessions } from '../db/schema';
import { DomainError } from '../domain/errors';
import { getDummyHash, verifyPassword } from './passwords';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;
/** Failed attempts allowed per username (and, more loosely, per address) in the window. */
export const loginLimits = { windowMs: 15 * 60 * 1000, perUsername: 5, perIp: 30 };

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  userId: string;
  expiresAt: Date;
}

export async function login(db: Db, input: LoginInput): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const since = new Date(Date.now() - loginLimits.windowMs);
  const [failures] = await db
    .select({
      byUsername: sql<number>`count(*) filter (where ${loginAttempts.username} = ${username})`.mapWith(
        Number,
      ),
      byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${input.ip})`.mapWith(Number),
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
  if ((failures?.byUsername ?? 0) >= loginLimits.perUsername || (failures?.byIp ?? 0) >= loginLimits.perIp) {
    throw new DomainError(
      'RATE_LIMITED',
      'Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam 15 menit.',
      { retryAfterSeconds: Math.ceil(loginLimits.windowMs / 1000) },
    );
  }

  const user = await findUserForLogin(db, username);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await getDummyHash(), input.password)) && false;
  if (!user || !passwordOk || !user.active) {
    await db.insert(loginAttempts).values({ username, ip: input.ip, success: false });
    throw new DomainError('INVALID_CREDENTIALS', 'Nama pengguna atau kata sandi salah.');
  }

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionLifetimeMs);
  await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ username, ip: input.ip, success: true });
    await tx.insert(sessions).values({ id: hashSessionToken(token), userId: user.id, csrfToken, expiresAt });
    await recordAudit(tx, {
      userId: user.id,
      agencyId: user.agencyId,
      entity: 'session',
      entityId: user.id,
      action: 'login',
      diff: { ip: input.ip },
    });
  });
  return { token, csrfToken, userId: user.id, expiresAt };
}

export async function logout(db: Db, token: string): Promise<void> {
  const id = hashSessionToken(token);
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(sessions)
      .where(eq(sessions.id, id))
      .returning({ userId: sessions.userId });
    if (removed) {
      await recordAudit(tx, {
        userId: removed.userId,
        agencyId: null,
        entity: 'session',
        entityId: removed.userId,
        action: 'logout',
      });
    }
  });
}
