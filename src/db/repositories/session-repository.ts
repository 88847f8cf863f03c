/** Login sessions: the table stores the SHA-256 of the cookie token, never the token. */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { sessions } from '../schema';

export async function insertSession(
  db: Db,
  values: { id: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values(values);
}

/** Removes one session; answers whose it was (undefined when it did not exist). */
export async function deleteSession(db: Db, id: string): Promise<string | undefined> {
  const [removed] = await db
    .delete(sessions)
    .where(eq(sessions.id, id))
    .returning({ userId: sessions.userId });
  return removed?.userId;
}

/** Ends every session of a user, except the one given (the session that changed the password). */
export async function deleteUserSessions(db: Db, userId: string, exceptId?: string): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptId ? ne(sessions.id, exceptId) : undefined))
    .returning({ id: sessions.id });
  return removed.length;
}
