import type { DatabaseKind, Db } from '../db/client';
import type { SessionUser } from '../db/repositories/user-repository';
import type { Actor } from '../domain/actor';
import type { BackupRunner } from '../services/backup-runner';
import type { JobRunner } from '../services/job-runner';
import type { SetupToken } from '../services/setup-token';
import type { OpenApiRegistry } from './openapi';

export interface ApiDeps {
  /** Tests: every answer is checked against its route's published schema and error codes. */
  contractCheck?: boolean;
  db: Db;
  databaseKind: DatabaseKind;
  registry: OpenApiRegistry;
  /** Whether the demo data was requested (the login page shows the demo hint). */
  demo: boolean;
  /** 'auto': Secure cookie when the request came over HTTPS. */
  cookieSecure: 'auto' | boolean;
  /** Reverse proxies in front of SKJ whose X-Forwarded-For / -Proto entries are believed (0: none). */
  trustedProxies: number;
  /** The one-time token of the setup page (inactive once a superadmin exists). */
  setupToken: SetupToken;
  /** The clock of login throttling and temporary passwords (tests move it). */
  now: () => Date;
  /** Pattern of national position codes given at ratification (see formatPositionCode). */
  positionCodePattern?: string | undefined;
  /** Background jobs of this process (document books); results under the data dir's `jobs/`. */
  jobs: JobRunner;
  /** Online backups of the embedded database (under SKJ_BACKUP_DIR or the data dir's `backups/`). */
  backups: BackupRunner;
  /** Whether the server is shutting down (readiness answers 503 then). */
  lifecycle: { readonly draining: boolean; readonly startedAt: number };
}

export interface AppEnv {
  Variables: {
    actor: Actor | null;
    sessionUser: SessionUser | null;
    sessionToken: string | null;
    requestId: string;
  };
}
