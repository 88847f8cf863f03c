/**
 * Composition root: opens the database (PGlite under the data dir lock, or PostgreSQL), migrates,
 * seeds, and builds the HTTP app. `main.ts` runs it; tests and benchmarks call it directly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './api/app';
import { type RequestLogger, stdoutLogger } from './api/middleware';
import { OpenApiRegistry } from './api/openapi';
import type { Config } from './config';
import { type Database, openDatabase } from './db/client';
import { type DataDirLock, lockDataDir } from './db/lock';
import { migrateDatabase } from './db/migrate';
import { defaultDemoPassword, isDatabaseEmpty, seedDemoData } from './db/seed/demo-seed';
import { seedReferenceData } from './db/seed/reference-seed';
import { setIndonesianValidationMessages } from './i18n-errors';
import { ServerLifecycle } from './server-lifecycle';
import { expireJobResults, failInterruptedJobs, JobRunner } from './services/job-runner';

export const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

export interface PreparedDatabase {
  database: Database;
  lock: DataDirLock | null;
  /** Set when this start loaded the demo data. */
  demoLoaded: { password: string; isDefaultPassword: boolean } | null;
}

/** Open (locking a PGlite data dir), migrate, seed reference data, and demo data into an empty db. */
export async function prepareDatabase(config: Config): Promise<PreparedDatabase> {
  const lock = config.databaseUrl ? null : lockDataDir(config.dataDir);
  try {
    const database = config.databaseUrl
      ? await openDatabase({ url: config.databaseUrl })
      : await openDatabase({ dataDir: path.join(config.dataDir, 'pglite') });
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    await failInterruptedJobs(database.db);
    await expireJobResults(database.db, path.join(config.dataDir, 'jobs'), config.jobRetentionDays);
    let demoLoaded: PreparedDatabase['demoLoaded'] = null;
    if (config.demo && (await isDatabaseEmpty(database.db))) {
      const password = config.demoPassword ?? defaultDemoPassword;
      await seedDemoData(database.db, password);
      demoLoaded = { password, isDefaultPassword: !config.demoPassword };
    }
    return { database, lock, demoLoaded };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

export function buildApp(
  database: Database,
  config: Config,
  options: { log?: RequestLogger; webRoot?: string; lifecycle?: ServerLifecycle } = {},
) {
  setIndonesianValidationMessages();
  const lifecycle = options.lifecycle ?? new ServerLifecycle(database, config);
  return createApp({
    db: database.db,
    databaseKind: database.kind,
    registry: new OpenApiRegistry(),
    demo: config.demo,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    positionCodePattern: config.positionCodePattern,
    jobs: new JobRunner(database.db, path.join(config.dataDir, 'jobs'), 300, config.jobRetentionDays),
    backups: lifecycle.backups,
    lifecycle,
    log: options.log ?? (config.log ? stdoutLogger : () => {}),
    webRoot: options.webRoot ?? defaultWebRoot,
  });
}
