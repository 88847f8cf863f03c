/** Files of background jobs kept in the database (PostgreSQL): parts of at most `jobFilePartBytes`. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { jobFiles } from '../schema';

export const jobFilePartBytes = 1024 * 1024;

export async function insertJobFilePart(db: Db, name: string, part: number, bytes: Uint8Array) {
  await db.insert(jobFiles).values({ name, part, bytes });
}

export async function readJobFilePart(db: Db, name: string, part: number): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ bytes: jobFiles.bytes })
    .from(jobFiles)
    .where(and(eq(jobFiles.name, name), eq(jobFiles.part, part)));
  return row ? row.bytes : null;
}

/** Byte count of a stored file; null when there is none. */
export async function jobFileSize(db: Db, name: string): Promise<number | null> {
  const [row] = await db
    .select({
      parts: sql<number>`count(*)::int`,
      bytes: sql<string>`coalesce(sum(octet_length(${jobFiles.bytes})), 0)::text`,
    })
    .from(jobFiles)
    .where(eq(jobFiles.name, name));
  return row && row.parts > 0 ? Number(row.bytes) : null;
}

export async function deleteJobFile(db: Db, name: string) {
  await db.delete(jobFiles).where(eq(jobFiles.name, name));
}
