/**
 * Composition root: opens the database (PGlite under the data dir lock, or PostgreSQL), migrates,
 * seeds, and builds the HTTP app. `main.ts` runs it; tests and benchmarks call it directly.
 */
import path from 'node:path';
import { createApp } from './api/app';
import { type RequestLogger, stdoutLogger } from './api/middleware';
import { OpenApiRegistry } from './api/openapi';
import { appRoot } from './app-root';
import type { Config } from './config';
import { type Database, openDatabase } from './db/client';
import { type DataDirLock, lockDataDir } from './db/lock';
import { migrateDatabase } from './db/migrate';
import { hasActiveSuperadmin } from './db/repositories/user-repository';
import {
  demoAccountsWithPassword,
  forgetDemoPassword,
  readStoredDemoPassword,
  storeDemoPassword,
} from './db/seed/demo-password';
import { demoUsers, isDatabaseEmpty, seedDemoData } from './db/seed/demo-seed';
import { seedReferenceData } from './db/seed/reference-seed';
import { defaultSnapshotDir, restoreSnapshot, type SnapshotOutcome } from './db/snapshot';
import { setIndonesianValidationMessages } from './i18n-errors';
import { ServerLifecycle } from './server-lifecycle';
import { jobFilesFor } from './services/job-files';
import { expireJobResults, requeueInterruptedJobs } from './services/job-queue';
import { purgeStaleLoginThrottle } from './services/login-throttle';
import { generatePassword } from './services/passwords';
import { SetupToken } from './services/setup-token';
import { placeAgenciesNotYetPlaced } from './services/talent-placement';

export const defaultWebRoot = path.join(appRoot, 'dist', 'web');

/** What the start prints about the demo accounts. */
export interface DemoLogins {
  /** This start loaded the demo data (an empty database). */
  loaded: boolean;
  /** 'generated': random per data dir (printed while accounts still have it); 'env': SKJ_DEMO_PASSWORD. */
  source: 'generated' | 'env';
  /** The generated password, only while some demo account still has it; never the env one. */
  password: string | null;
  /** Demo usernames that still have the generated password (all of them right after loading). */
  accounts: string[];
}

/**
 * What the login page may say about the demo password, never the password itself: `file` — it was
 * printed at start and is kept in the data dir's `demo-password`; `env` — the operator set it with
 * SKJ_DEMO_PASSWORD; null — no demo account still has it (or no demo).
 */
export type DemoPasswordHint = 'file' | 'env' | null;

export function demoPasswordHint(demo: DemoLogins | null): DemoPasswordHint {
  if (!demo || demo.accounts.length === 0) return null;
  return demo.source === 'env' ? 'env' : 'file';
}

export interface PreparedDatabase {
  database: Database;
  lock: DataDirLock | null;
  /** Set when the demo is on and its agencies are in this database. */
  demo: DemoLogins | null;
  /** Set when no active superadmin exists: the one-time token of the setup page, to print. */
  setup: { token: string; setupToken: SetupToken } | null;
  /** PGlite: whether this start began from the build's snapshot, and if not, why. */
  snapshot: SnapshotOutcome | 'off' | null;
}

export interface PrepareOptions {
  /** Where the build's start-up snapshot is (default `dist/db-snapshot`). */
  snapshotDir?: string;
}

/** Open (locking a PGlite data dir), migrate, seed reference data, and demo data into an empty db. */
export async function prepareDatabase(
  config: Config,
  options: PrepareOptions = {},
): Promise<PreparedDatabase> {
  const lock = config.databaseUrl ? null : lockDataDir(config.dataDir);
  try {
    const pgliteDir = path.join(config.dataDir, 'pglite');
    // Under the lock: no other process can be creating this data dir at the same time.
    const snapshot = config.databaseUrl
      ? null
      : config.useSnapshot
        ? restoreSnapshot(pgliteDir, options.snapshotDir ?? defaultSnapshotDir)
        : 'off';
    const database = config.databaseUrl
      ? await openDatabase({ url: config.databaseUrl })
      : await openDatabase({ dataDir: pgliteDir });
    // A restored snapshot has, by its key, every migration and the current reference data.
    if (snapshot !== 'restored') {
      await migrateDatabase(database);
      await seedReferenceData(database.db);
    }
    // PGlite: jobs the last run left running are its own (the lock keeps other processes out), so
    // they go back to the queue. PostgreSQL: another instance may be running them; their leases
    // tell (JobQueue).
    if (database.kind === 'pglite') await requeueInterruptedJobs(database.db);
    await expireJobResults(database.db, jobFilesFor(database, config.dataDir), config.jobRetentionDays);
    await purgeStaleLoginThrottle(database.db);
    const demo = config.demo ? await prepareDemo(database, config) : null;
    // People written before the maintained 9-box placement existed (or by the demo's seed).
    await placeAgenciesNotYetPlaced(database.db);
    const setup = (await hasActiveSuperadmin(database.db)) ? null : SetupToken.generate();
    return { database, lock, demo, setup, snapshot };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * Loads the demo into an empty database. On a later start, finds the demo accounts that still
 * have the demo password, so the console lists only logins that work (and forgets a generated
 * password nobody has any more).
 */
async function prepareDemo(database: Database, config: Config): Promise<DemoLogins | null> {
  const source = config.demoPassword ? 'env' : 'generated';
  if (await isDatabaseEmpty(database.db)) {
    const password = config.demoPassword ?? generatePassword();
    await seedDemoData(database.db, password);
    if (!config.demoPassword) storeDemoPassword(config.dataDir, password);
    return {
      loaded: true,
      source,
      password: config.demoPassword ? null : password,
      accounts: demoUsers.map((u) => u.username),
    };
  }
  const password = config.demoPassword ?? readStoredDemoPassword(config.dataDir);
  if (!password) return null;
  const accounts = await demoAccountsWithPassword(database.db, password);
  if (accounts.length === 0) {
    if (!config.demoPassword) forgetDemoPassword(config.dataDir);
    return null;
  }
  return { loaded: false, source, password: config.demoPassword ? null : password, accounts };
}

export function buildApp(
  database: Database,
  config: Config,
  options: {
    log?: RequestLogger;
    webRoot?: string;
    /** The setup page's token (from prepareDatabase); none: the setup page refuses every token. */
    setupToken?: SetupToken;
    /** Where the demo password is to be found (from prepareDatabase's `demo`), for the login page. */
    demoPassword?: DemoPasswordHint;
    /** The clock of login throttling and temporary passwords (tests move it). */
    now?: () => Date;
    lifecycle?: ServerLifecycle;
  } = {},
) {
  setIndonesianValidationMessages();
  const lifecycle = options.lifecycle ?? new ServerLifecycle(database, config);
  lifecycle.jobs.start();
  return createApp({
    db: database.db,
    databaseKind: database.kind,
    registry: new OpenApiRegistry(),
    demo: config.demo,
    demoPassword: options.demoPassword ?? null,
    cookieSecure: config.cookieSecure,
    trustedProxies: config.trustedProxies,
    setupToken: options.setupToken ?? new SetupToken(null),
    now: options.now ?? (() => new Date()),
    positionCodePattern: config.positionCodePattern,
    contractCheck: config.contractCheck,
    jobs: lifecycle.jobs,
    backups: lifecycle.backups,
    lifecycle,
    log: options.log ?? (config.log ? stdoutLogger : () => {}),
    webRoot: options.webRoot ?? defaultWebRoot,
  });
}
