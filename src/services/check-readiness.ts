/**
 * Readiness for an orchestrator (`GET /api/health/ready`): the server takes requests (not
 * shutting down), the database answers, and its schema is at this app's newest migration.
 * Liveness (`/api/health/live`) asks none of this: it answers from the process alone.
 */
import { type Db, runQueryOn } from '../db/client';
import { appliedMigration, knownMigrations } from '../db/migrate';

export interface Readiness {
  ready: boolean;
  checks: {
    accepting: boolean;
    database: 'ok' | 'unreachable' | 'timeout';
    migration: { applied: string | null; expected: string | null; current: boolean };
  };
}

const databaseTimeoutMs = 3000;

export async function checkReadiness(db: Db, draining: boolean): Promise<Readiness> {
  const expected = knownMigrations().at(-1) ?? null;
  let database: Readiness['checks']['database'] = 'ok';
  let applied: Awaited<ReturnType<typeof appliedMigration>> | null = null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), databaseTimeoutMs);
    });
    const result = await Promise.race([appliedMigration(runQueryOn(db)), timeout]);
    if (result === 'timeout') database = 'timeout';
    else applied = result;
  } catch {
    database = 'unreachable';
  } finally {
    clearTimeout(timer);
  }
  const current = applied !== null && expected !== null && applied.createdAt === expected.when;
  return {
    ready: !draining && database === 'ok' && current,
    checks: {
      accepting: !draining,
      database,
      migration: { applied: applied?.tag ?? null, expected: expected?.tag ?? null, current },
    },
  };
}
