/**
 * The running server's life beyond requests: the backup runner and its nightly schedule, the
 * "draining" state that readiness reports, and a graceful stop on SIGTERM/SIGINT:
 * 1. readiness turns 503 and no new connection is accepted;
 * 2. a running backup and the background jobs get SKJ_SHUTDOWN_GRACE_SECONDS to finish; a backup
 *    still running then is stopped (its partial file removed), jobs still queued or running are
 *    marked failed with a message asking to start them again;
 * 3. the database is closed and the data dir lock released.
 * A second signal during the stop exits at once.
 */
import type { Server } from 'node:http';
import type { Config } from './config';
import type { Database } from './db/client';
import type { DataDirLock } from './db/lock';
import { countAllActiveJobs } from './db/repositories/background-job-repository';
import { BackupRunner } from './services/backup-runner';
import { BackupSchedule } from './services/backup-schedule';
import { failInterruptedJobs } from './services/job-runner';

export interface ShutdownReport {
  backupAborted: boolean;
  /** Jobs still queued or running when the grace period ended, now marked failed. */
  jobsInterrupted: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when `promise` settled before `deadline` (epoch ms). */
async function settledBefore(promise: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  const settled = await Promise.race([promise.then(() => true as const), late]);
  clearTimeout(timer);
  return settled;
}

export class ServerLifecycle {
  draining = false;
  readonly startedAt = Date.now();
  readonly backups: BackupRunner;
  private readonly schedule: BackupSchedule | null;

  constructor(
    private readonly database: Database,
    private readonly config: Config,
    private readonly lock: DataDirLock | null = null,
  ) {
    this.backups = new BackupRunner(database, { dir: config.backupDir, keep: config.backupKeep });
    this.schedule =
      config.backupSchedule && this.backups.available
        ? new BackupSchedule(this.backups, config.backupSchedule)
        : null;
  }

  /** `main.ts`: arms the backup schedule and the signal handlers for `server`. */
  run(server: Server): void {
    this.schedule?.start();
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.draining) {
        console.error(`${signal} kedua: SKJ berhenti seketika.`);
        process.exit(1);
      }
      console.log(`${signal} diterima: SKJ berhenti setelah pekerjaan yang berjalan selesai…`);
      this.shutdown(server).then(
        (report) => {
          if (report.backupAborted) console.warn('Pencadangan yang berjalan dihentikan.');
          if (report.jobsInterrupted > 0) {
            console.warn(`${report.jobsInterrupted} pekerjaan latar belum selesai dan ditandai gagal.`);
          }
          console.log('SKJ berhenti.');
          process.exit(0);
        },
        (error) => {
          console.error('SKJ gagal berhenti dengan rapi:', error);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }

  async shutdown(server: Server | null): Promise<ShutdownReport> {
    this.draining = true;
    this.schedule?.stop();
    const deadline = Date.now() + this.config.shutdownGraceSeconds * 1000;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    server?.closeIdleConnections();
    const backupAborted = !(await settledBefore(this.backups.whenIdle(), deadline));
    if (backupAborted) await this.backups.abort();
    const { db } = this.database;
    while ((await countAllActiveJobs(db)) > 0 && Date.now() < deadline) await sleep(200);
    const jobsInterrupted = await failInterruptedJobs(db);
    // Requests still in flight get what is left of the grace period, then their sockets close.
    if (!(await settledBefore(closed, Math.max(deadline, Date.now() + 1000)))) server?.closeAllConnections();
    await this.database.close();
    this.lock?.release();
    return { backupAborted, jobsInterrupted };
  }
}
