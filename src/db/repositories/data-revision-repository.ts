/**
 * Revisions of data that in-memory indexes are built from (`data_revisions`): bumped in the
 * transaction of the write, read by every instance before it uses what it cached.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';

/** Who exists and their current competency levels, per agency (the candidate ranking's index). */
export const talentRevisionKey = (agencyId: string) => `talent:${agencyId}`;

/**
 * Adds one to the revision of `key` (creating it). The row lock makes concurrent writers of one
 * key count one after the other, so the revision a reader sees only grows with what it can see.
 */
export async function bumpDataRevision(db: Db, key: string): Promise<void> {
  await db.execute(sql`
    insert into data_revisions (key, revision) values (${key}, 1)
    on conflict (key) do update set revision = data_revisions.revision + 1, updated_at = now()`);
}

/**
 * The talent revision of one agency, or of every agency (`null`: the sum, which grows whenever any
 * of them does). '0' before any write.
 */
export async function readTalentRevision(db: Db, agencyId: string | null): Promise<string> {
  const [row] = await queryRows<{ revision: string | null }>(
    db,
    agencyId
      ? sql`select revision::text as revision from data_revisions where key = ${talentRevisionKey(agencyId)}`
      : sql`select sum(revision)::text as revision from data_revisions where key like 'talent:%'`,
  );
  return row?.revision ?? '0';
}
