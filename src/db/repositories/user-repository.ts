import { and, asc, eq, gt } from 'drizzle-orm';
import type { Role } from '../../domain/roles';
import type { Db } from '../client';
import { agencies, sessions, users } from '../schema';

export async function findUserForLogin(db: Db, username: string) {
  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      agencyId: users.agencyId,
      active: users.active,
    })
    .from(users)
    .where(eq(users.username, username));
  return user;
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
  values: { username: string; fullName: string; passwordHash: string; role: Role; agencyId: string | null },
) {
  const [user] = await db.insert(users).values(values).returning({
    id: users.id,
    username: users.username,
    fullName: users.fullName,
    role: users.role,
    agencyId: users.agencyId,
    active: users.active,
  });
  return user!;
}
