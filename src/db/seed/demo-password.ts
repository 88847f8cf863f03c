/**
 * The password of the demo accounts when `SKJ_DEMO_PASSWORD` is not set: random per data dir,
 * kept in `<data dir>/demo-password` (readable by the owner only) so a restart can print it again,
 * but only for the demo accounts that still have it; once every one of them has changed it, the
 * file is removed and the password is never printed again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { verifyPassword } from '../../services/passwords';
import type { Db } from '../client';
import { users } from '../schema';
import { demoUsers } from './demo-seed';

export const demoPasswordFileName = 'demo-password';

export function demoPasswordFile(dataDir: string): string {
  return path.join(dataDir, demoPasswordFileName);
}

export function storeDemoPassword(dataDir: string, password: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(demoPasswordFile(dataDir), `${password}\n`, { mode: 0o600 });
}

export function readStoredDemoPassword(dataDir: string): string | null {
  try {
    return fs.readFileSync(demoPasswordFile(dataDir), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

export function forgetDemoPassword(dataDir: string): void {
  fs.rmSync(demoPasswordFile(dataDir), { force: true });
}

/** The demo usernames (active accounts only) whose password is still `password`. */
export async function demoAccountsWithPassword(db: Db, password: string): Promise<string[]> {
  const rows = await db
    .select({ username: users.username, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(
      inArray(
        users.username,
        demoUsers.map((u) => u.username),
      ),
    );
  // argon2 runs on libuv's thread pool: the checks overlap.
  const matches = await Promise.all(
    rows.map(async (row) => row.active && (await verifyPassword(row.passwordHash, password))),
  );
  const still = rows.filter((_, i) => matches[i]).map((row) => row.username);
  return demoUsers.map((u) => u.username).filter((username) => still.includes(username));
}
