/** Settings from the environment, validated once at start. */
import path from 'node:path';
import { z } from 'zod';
import { DomainError } from './domain/errors';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  SKJ_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NODE_ENV: z.string().optional(),
  /** Unset: on for an embedded data dir, off with DATABASE_URL or NODE_ENV=production. */
  SKJ_DEMO: z.enum(['0', '1']).optional(),
  SKJ_DEMO_PASSWORD: z.string().min(8).max(200).optional(),
  SKJ_COOKIE_SECURE: z.enum(['auto', '0', '1']).default('auto'),
  /** Reverse proxies in front of SKJ that append to X-Forwarded-For (0: ignore the header). */
  SKJ_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).optional(),
  /** Older switch: `1` means one trusted proxy. */
  SKJ_TRUST_PROXY: z.enum(['0', '1']).optional(),
  SKJ_LOG: z.enum(['0', '1']).default('1'),
  SKJ_POSITION_CODE_PATTERN: z.string().min(5).max(80).optional(),
  SKJ_JOB_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  // Operations (ADR 0014): backups of the embedded database, graceful shutdown.
  SKJ_BACKUP_DIR: z.string().min(1).optional(),
  SKJ_BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  SKJ_BACKUP_AT: z
    .string()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, 'format JJ:MM (mis. 02:00) atau off')
    .default('02:00'),
  SKJ_SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(25),
  /** Tests: check every answer against its route's published schema and error codes. */
  SKJ_CONTRACT_CHECK: z.enum(['0', '1']).default('0'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Load the demo agencies into an empty database (and keep printing their logins). */
  demo: boolean;
  /** Fixed password of the demo accounts; unset: a random one per data dir. */
  demoPassword: string | undefined;
  cookieSecure: 'auto' | boolean;
  /** How many reverse proxies append to X-Forwarded-For; the client is that many entries from the right. */
  trustedProxies: number;
  log: boolean;
  positionCodePattern: string | undefined;
  /** Days a finished book stays downloadable before its file is removed. */
  jobRetentionDays: number;
  /** Where backups are written: SKJ_BACKUP_DIR, else the data dir's `backups/`. */
  backupDir: string;
  /** How many backups are kept; older ones are removed after each backup. */
  backupKeep: number;
  /** Daily backup time (server local time), only when SKJ_BACKUP_DIR is set and SKJ_BACKUP_AT is not off. */
  backupSchedule: { hour: number; minute: number } | null;
  /** On SIGTERM, how long running background jobs and backups may take to finish. */
  shutdownGraceSeconds: number;
  /** Check every API answer against its published schema and error codes (tests). */
  contractCheck: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new DomainError('INVALID_CONFIG', `Pengaturan lingkungan tidak valid: ${lines}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.SKJ_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo: e.SKJ_DEMO ? e.SKJ_DEMO === '1' : !e.DATABASE_URL && e.NODE_ENV !== 'production',
    demoPassword: e.SKJ_DEMO_PASSWORD,
    cookieSecure: e.SKJ_COOKIE_SECURE === 'auto' ? 'auto' : e.SKJ_COOKIE_SECURE === '1',
    trustedProxies: e.SKJ_TRUSTED_PROXIES ?? (e.SKJ_TRUST_PROXY === '1' ? 1 : 0),
    log: e.SKJ_LOG === '1',
    positionCodePattern: e.SKJ_POSITION_CODE_PATTERN,
    jobRetentionDays: e.SKJ_JOB_RETENTION_DAYS,
    ...operationsConfig(e),
  };
}

function operationsConfig(e: z.infer<typeof envSchema>) {
  const dataDir = path.resolve(e.SKJ_DATA_DIR);
  const [hour, minute] = e.SKJ_BACKUP_AT.split(':').map(Number);
  return {
    backupDir: e.SKJ_BACKUP_DIR ? path.resolve(e.SKJ_BACKUP_DIR) : path.join(dataDir, 'backups'),
    backupKeep: e.SKJ_BACKUP_KEEP,
    backupSchedule:
      e.SKJ_BACKUP_DIR && e.SKJ_BACKUP_AT !== 'off' ? { hour: hour ?? 2, minute: minute ?? 0 } : null,
    shutdownGraceSeconds: e.SKJ_SHUTDOWN_GRACE_SECONDS,
    contractCheck: e.SKJ_CONTRACT_CHECK === '1',
  };
}
