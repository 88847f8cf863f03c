/**
 * Bulk writes whose foreign keys are checked once, set-based, instead of row by row.
 *
 * PostgreSQL checks a foreign key with a trigger per written row (a cached lookup plus a
 * `FOR KEY SHARE` lock of the referenced row); for the 750,000 rows of an assessment import that
 * was half of the apply (issue 14). When every reference of the written rows is either (a) a row
 * the same transaction wrote, or (b) a row `lockReferenced` locks `FOR KEY SHARE` in one statement
 * beforehand (exactly the lock the triggers would take, so no concurrent delete can remove it
 * before the commit), the per-row checks add nothing, and the writes run with
 * `session_replication_role = replica`, which skips them (and every ordinary trigger: none exists
 * on the tables written here; a table that gets one must not be written inside `write`).
 *
 * The setting needs the superuser or `GRANT SET ON PARAMETER session_replication_role` (PGlite's
 * user is the superuser). Without it the writes run as they are, checked row by row: slower, the
 * same data.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';

export async function withSetBasedForeignKeyChecks<T>(
  tx: Db,
  lockReferenced: (tx: Db) => Promise<void>,
  write: () => Promise<T>,
): Promise<T> {
  await lockReferenced(tx);
  const [{ allowed } = { allowed: false }] = await queryRows<{ allowed: boolean }>(
    tx,
    sql`select has_parameter_privilege('session_replication_role', 'SET') as allowed`,
  );
  if (!allowed) return write();
  await tx.execute(sql`set local session_replication_role = replica`);
  const result = await write();
  // Back to checking row by row for the rest of the transaction (audit, job, revision). After a
  // failure there is nothing to reset: the transaction rolls back, and `set local` with it.
  await tx.execute(sql`set local session_replication_role = origin`);
  return result;
}
