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
import { hasActiveSuperadmin } from './db/repositories/user-repository';
import {
  demoAccountsWithPassword,
  forgetDemoPassword,
  readStoredDemoPassword,
  storeDemoPassword,
} from './db/seed/demo-password';
import { demoUsers, isDatabaseEmpty, seedDemoData } from './db/seed/demo-seed';
import { seedReferenceData } from './db/seed/reference-seed';
import { setIndonesianValidationMessages } from './i18n-errors';
import { ServerLifecycle } from './server-lifecycle';
import { expireJobResults, failInterruptedJobs, JobRunner } from './services/job-runner';
import { purgeStaleLoginThrottle } from './services/login-throttle';
import { generatePassword } from './services/passwords';
import { SetupToken } from './services/setup-token';

export const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

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

export interface PreparedDatabase {
  database: Database;
  lock: DataDirLock | null;
  /** Set when the demo is on and its agencies are in this database. */
  demo: DemoLogins | null;
  /** Set when no active superadmin exists: the one-time token of the setup page, to print. */
  setup: { token: string; setupToken: SetupToken } | null;
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
    await purgeStaleLoginThrottle(database.db);
    const demo = config.demo ? await prepareDemo(database, config) : null;
    const setup = (await hasActiveSuperadmin(database.db)) ? null : SetupToken.generate();
    return { database, lock, demo, setup };
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
    /** The clock of login throttling and temporary passwords (tests move it). */
    now?: () => Date;
    lifecycle?: ServerLifecycle;
  } = {},
) {
  setIndonesianValidationMessages();
  const lifecycle = options.lifecycle ?? new ServerLifecycle(database, config);
  return createApp({
    db: database.db,
    databaseKind: database.kind,
    registry: new OpenApiRegistry(),
    demo: config.demo,
    cookieSecure: config.cookieSecure,
    trustedProxies: config.trustedProxies,
    setupToken: options.setupToken ?? new SetupToken(null),
    now: options.now ?? (() => new Date()),
    positionCodePattern: config.positionCodePattern,
    contractCheck: config.contractCheck,
    jobs: new JobRunner(database.db, path.join(config.dataDir, 'jobs'), 300, config.jobRetentionDays),
    backups: lifecycle.backups,
    lifecycle,
    log: options.log ?? (config.log ? stdoutLogger : () => {}),
    webRoot: options.webRoot ?? defaultWebRoot,
  });
}
