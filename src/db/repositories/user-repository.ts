import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Role } from '../../domain/roles';
import type { Db } from '../client';
import { agencies, sessions, users } from '../schema';

export async function findUserForLogin(db: Db, username: string) {
  const [user] = await db
    .select({
      id: users.id,
      username: users.username,
      passwordHash: users.passwordHash,
      agencyId: users.agencyId,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      passwordExpiresAt: users.passwordExpiresAt,
    })
    .from(users)
    .where(eq(users.username, username));
  return user;
}

/** One account for the user-management use-cases (never the password hash). */
export async function findUser(db: Db, id: string) {
  const [user] = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      agencyId: users.agencyId,
      active: users.active,
      nip: users.nip,
      positionTitle: users.positionTitle,
    })
    .from(users)
    .where(eq(users.id, id));
  return user ? { ...user, role: user.role as Role } : undefined;
}

export async function findPasswordHash(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash;
}

export async function updatePassword(
  db: Db,
  id: string,
  values: {
    passwordHash: string;
    mustChangePassword: boolean;
    passwordExpiresAt: Date | null;
    passwordChangedAt: Date;
  },
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function setUserActive(db: Db, id: string, active: boolean): Promise<void> {
  await db.update(users).set({ active }).where(eq(users.id, id));
}

export async function recordLastLogin(db: Db, id: string, at: Date): Promise<void> {
  await db.update(users).set({ lastLoginAt: at }).where(eq(users.id, id));
}

/**
 * Active superadmins, their rows locked until the transaction ends: two superadmins deactivating
 * each other at once are serialised, and the second sees that only one is left.
 */
export async function lockActiveSuperadmins(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'superadmin'), eq(users.active, true)))
    .for('update');
  return rows.map((row) => row.id);
}

export async function hasActiveSuperadmin(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'superadmin'), eq(users.active, true)))
    .limit(1);
  return Boolean(row);
}

/** Serialises the creation of the first superadmin (setup page and CLI) with everything else. */
export async function lockUsersTable(db: Db): Promise<void> {
  await db.execute(sql`lock table ${users} in share row exclusive mode`);
}

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  agencyKind: string | null;
  csrfToken: string;
  /** Every call but /api/auth/me, /password and /logout is refused until the password is changed. */
  mustChangePassword: boolean;
  /** When this session ends (the UI warns before, and offers to sign in again in place). */
  sessionExpiresAt: Date;
}

/** One query per request: the live session with its user and agency. */
export async function findSessionUser(
  db: Db,
  sessionId: string,
  now = new Date(),
): Promise<SessionUser | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      agencyId: users.agencyId,
      agencyCode: agencies.code,
      agencyName: agencies.name,
      agencyKind: agencies.kind,
      csrfToken: sessions.csrfToken,
      mustChangePassword: users.mustChangePassword,
      sessionExpiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row as SessionUser | undefined;
}

export async function listUsers(db: Db, agencyId: string | undefined) {
  return db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      agencyId: users.agencyId,
      agencyName: agencies.name,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      passwordExpiresAt: users.passwordExpiresAt,
      lastLoginAt: users.lastLoginAt,
      nip: users.nip,
      positionTitle: users.positionTitle,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(agencyId ? eq(users.agencyId, agencyId) : undefined)
    .orderBy(asc(users.username));
}

export async function usernameExists(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return Boolean(row);
}

export async function insertUser(
  db: Db,
  values: {
    username: string;
    fullName: string;
    passwordHash: string;
    role: Role;
    agencyId: string | null;
    mustChangePassword?: boolean;
    passwordExpiresAt?: Date | null;
    passwordChangedAt?: Date;
  },
) {
  const [user] = await db.insert(users).values(values).returning({
    id: users.id,
    username: users.username,
    fullName: users.fullName,
    role: users.role,
    agencyId: users.agencyId,
    active: users.active,
    mustChangePassword: users.mustChangePassword,
    nip: users.nip,
    positionTitle: users.positionTitle,
  });
  return user!;
}

/** The NIP and official title printed with a user's signature. */
export async function updateUserProfile(
  db: Db,
  id: string,
  values: { nip: string | null; positionTitle: string | null },
) {
  await db.update(users).set(values).where(eq(users.id, id));
}
