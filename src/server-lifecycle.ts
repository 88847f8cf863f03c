/**
 * The running server's life beyond requests: the background job queue, the backup runner and its
 * nightly schedule, the "draining" state that readiness reports, and a graceful stop on
 * SIGTERM/SIGINT:
 * 1. readiness turns 503, no new connection is accepted, the queue takes no more work;
 * 2. a running backup and this instance's running jobs get SKJ_SHUTDOWN_GRACE_SECONDS to finish;
 *    a backup still running then is stopped (its partial file removed), jobs still running are
 *    stopped and queued again (another instance, or this one's next start, runs them);
 * 3. the database is closed and the data dir lock released.
 * A second signal during the stop exits at once.
 */
import type { Server } from 'node:http';
import type { Config } from './config';
import type { Database } from './db/client';
import type { DataDirLock } from './db/lock';
import { BackupRunner } from './services/backup-runner';
import { BackupSchedule } from './services/backup-schedule';
import { type JobFiles, jobFilesFor } from './services/job-files';
import { jobHandlers } from './services/job-handlers';
import { type JobHandler, JobQueue, type JobQueueOptions, settledBefore } from './services/job-queue';

export interface ShutdownReport {
  backupAborted: boolean;
  /** This instance's jobs still running when the grace period ended, now queued again. */
  jobsRequeued: number;
}

export class ServerLifecycle {
  draining = false;
  readonly startedAt = Date.now();
  readonly backups: BackupRunner;
  readonly jobs: JobQueue;
  private readonly schedule: BackupSchedule | null;

  constructor(
    private readonly database: Database,
    private readonly config: Config,
    private readonly lock: DataDirLock | null = null,
    /** Tests run jobs of their own kinds, watch the job files, or tune the queue. */
    options: {
      jobHandlers?: Record<string, JobHandler>;
      jobFiles?: JobFiles;
      jobQueue?: Partial<JobQueueOptions>;
    } = {},
  ) {
    this.jobs = new JobQueue(
      database,
      options.jobFiles ?? jobFilesFor(database, config.dataDir),
      options.jobHandlers ?? jobHandlers(),
      { concurrency: config.jobWorkers, retentionDays: config.jobRetentionDays, ...options.jobQueue },
    );
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
          if (report.jobsRequeued > 0) {
            console.warn(`${report.jobsRequeued} pekerjaan latar belum selesai dan dikembalikan ke antrean.`);
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
    const stoppingJobs = this.jobs.stop(deadline);
    const backupAborted = !(await settledBefore(this.backups.whenIdle(), deadline));
    if (backupAborted) await this.backups.abort();
    const { requeued: jobsRequeued } = await stoppingJobs;
    // Requests still in flight get what is left of the grace period, then their sockets close.
    if (!(await settledBefore(closed, Math.max(deadline, Date.now() + 1000)))) server?.closeAllConnections();
    await this.database.close();
    this.lock?.release();
    return { backupAborted, jobsRequeued };
  }
}
