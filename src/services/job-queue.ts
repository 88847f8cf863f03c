/**
 * The background job queue of this instance (ADR 0022): jobs are rows of `background_jobs`, shared
 * by every app instance on one database. A worker claims the oldest queued job of a kind it runs
 * (`for update skip locked`), renews its lease while working, and writes progress, the outcome and
 * the result file (in the job file store every instance reaches). It looks for work when told
 * (`wake`: a job was queued here, or a NOTIFY from another instance on PostgreSQL) and every
 * `pollMs` besides. Running jobs whose lease ran out (their instance died) are queued again, and
 * fail after `maxAttempts` claims. `stop` lets running jobs finish until a deadline, then stops
 * them and puts them back in the queue for another instance or the next start.
 * Result files are kept `retentionDays` (SKJ_JOB_RETENTION_DAYS, default 7): after every job older
 * ones are removed and their jobs marked `expired`.
 */

import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Database, Db } from '../db/client';
import {
  type BackgroundJobRow,
  claimNextJob,
  clearJobInputFile,
  findEndedJobInputFiles,
  findJobsToExpire,
  type JobFailure,
  type JobProgressValues,
  jobQueuedChannel,
  markJobDone,
  markJobFailed,
  markJobsExpired,
  renewJobLease,
  requeueAbandonedJobs,
  requeueJobs,
  updateJobProgress,
} from '../db/repositories/background-job-repository';
import { outsideRequest } from '../db/statement-order';
import { DomainError } from '../domain/errors';
import type { JobFiles } from './job-files';

export interface JobProgress {
  done: number;
  total: number;
  failures: JobFailure[];
}

/** A file a job produced (a book): stored as `<job id>.<extension>`, offered as `downloadName`. */
export interface JobOutput extends JobProgress {
  bytes: Uint8Array;
  extension: string;
  downloadName: string;
  contentType: string;
}

export interface JobRunContext {
  job: BackgroundJobRow;
  database: Database;
  files: JobFiles;
  /** Aborted when the instance stops (the job goes back to the queue) or loses the job's lease. */
  signal: AbortSignal;
  /**
   * Records progress without waiting (at most every `progressIntervalMs`, at once when the phase
   * changes). Never awaited inside a transaction: on PGlite the write needs the one connection.
   */
  report(progress: JobProgressValues): void;
  /**
   * Waits until every progress reported so far is written. Awaited before a transaction that
   * holds PGlite's one connection (an import's apply), so people see its phase meanwhile instead
   * of the one before.
   */
  progressWritten(): Promise<void>;
  /**
   * Marks the job done in `db`, the handler's own transaction, so that its work and the job's end
   * commit together (an import is never applied twice). Throws when this worker no longer holds
   * the job, which rolls the transaction back.
   */
  finish(db: Db, outcome: JobProgressValues & { result: unknown }): Promise<void>;
}

/** Runs one job: answers its file, or nothing after calling `context.finish`. */
export type JobHandler = (context: JobRunContext) => Promise<JobOutput | undefined>;

export interface JobQueueOptions {
  /** Jobs this instance runs at once. */
  concurrency: number;
  leaseSeconds: number;
  pollMs: number;
  progressIntervalMs: number;
  retentionDays: number;
  /** Claims after which a job whose worker keeps dying fails instead of running again. */
  maxAttempts: number;
}

export const defaultJobRetentionDays = 7;

export const defaultJobQueueOptions: JobQueueOptions = {
  concurrency: 2,
  leaseSeconds: 30,
  pollMs: 1000,
  progressIntervalMs: 300,
  retentionDays: defaultJobRetentionDays,
  maxAttempts: 3,
};

export const abandonedJobError =
  'Pekerjaan ini terhenti berulang kali karena server berhenti di tengah jalan. Silakan mulai ulang.';
const unexpectedJobError = 'Pekerjaan gagal karena kesalahan di server. Silakan coba lagi.';

class JobStopped extends Error {}
class JobLost extends Error {}

/**
 * Deletes the result files of jobs finished more than `retentionDays` before `now` and marks those
 * jobs `expired`, and removes input files of jobs that ended. Returns how many jobs expired.
 */
export async function expireJobResults(
  db: Db,
  files: JobFiles,
  retentionDays: number,
  now: Date = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const jobs = await findJobsToExpire(db, before);
  for (const job of jobs) await files.remove(job.resultFile);
  await markJobsExpired(
    db,
    jobs.map((job) => job.id),
  );
  for (const job of await findEndedJobInputFiles(db)) {
    await files.remove(job.inputFile);
    await clearJobInputFile(db, job.id);
  }
  return jobs.length;
}

/** PGlite at start: no other process can hold a job, so every running one is the last run's. */
export function requeueInterruptedJobs(db: Db, maxAttempts = defaultJobQueueOptions.maxAttempts) {
  return requeueAbandonedJobs(db, { maxAttempts, gaveUp: abandonedJobError, everyLease: true });
}

interface Running {
  controller: AbortController;
  settled: Promise<void>;
}

export class JobQueue {
  readonly workerId = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  readonly options: JobQueueOptions;
  private readonly running = new Map<string, Running>();
  private started = false;
  private stopped = false;
  private claiming = false;
  /** The look for work under way: a job it claims is running only once it settles. */
  private claimRound: Promise<void> = Promise.resolve();
  private wakeAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: Database,
    readonly files: JobFiles,
    private readonly handlers: Readonly<Record<string, JobHandler>>,
    options: Partial<JobQueueOptions> = {},
  ) {
    this.options = { ...defaultJobQueueOptions, ...options };
  }

  get retentionDays(): number {
    return this.options.retentionDays;
  }

  /** Jobs this instance is running now. */
  get activeCount(): number {
    return this.running.size;
  }

  /** Starts taking work (idempotent). */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
    this.database
      .listen?.(jobQueuedChannel, () => this.wake())
      .then(
        (stop) => {
          if (this.stopped) void stop();
          else this.unlisten = stop;
        },
        (error: Error) =>
          console.error(
            `background jobs: no LISTEN (${error.message}); polling every ${this.options.pollMs} ms`,
          ),
      );
    this.wake();
  }

  /** Looks for work now: a job was queued (here, or elsewhere as NOTIFY tells). */
  wake(): void {
    // The jobs run as work of no request, also when a request (an upload) wakes the queue.
    outsideRequest(() => void this.fill());
  }

  private halted(): boolean {
    if (this.database.isClosed()) {
      clearInterval(this.timer);
      return true;
    }
    return !this.started || this.stopped;
  }

  private async fill(): Promise<void> {
    if (this.halted()) return;
    if (this.claiming) {
      this.wakeAgain = true;
      return;
    }
    this.claiming = true;
    let roundDone!: () => void;
    this.claimRound = new Promise((resolve) => {
      roundDone = resolve;
    });
    try {
      const { db } = this.database;
      await requeueAbandonedJobs(db, {
        maxAttempts: this.options.maxAttempts,
        gaveUp: abandonedJobError,
        exceptWorker: this.workerId,
      });
      const kinds = Object.keys(this.handlers);
      while (this.running.size < this.options.concurrency && !this.halted()) {
        const job = await claimNextJob(db, this.workerId, kinds, this.options.leaseSeconds);
        if (!job) break;
        this.launch(job);
      }
    } catch (error) {
      if (!this.database.isClosed()) console.error('background jobs: could not look for work:', error);
    } finally {
      this.claiming = false;
      roundDone();
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.wake();
      }
    }
  }

  private launch(job: BackgroundJobRow): void {
    const controller = new AbortController();
    const settled = this.run(job, controller).finally(() => {
      this.running.delete(job.id);
      this.wake();
    });
    this.running.set(job.id, { controller, settled });
  }

  private async run(job: BackgroundJobRow, controller: AbortController): Promise<void> {
    const { db } = this.database;
    const { id } = job;
    let finished = false;
    const heartbeat = setInterval(
      () => {
        renewJobLease(db, id, this.workerId, this.options.leaseSeconds).then(
          (held) => {
            if (!held && !finished) controller.abort(new JobLost());
          },
          () => {},
        );
      },
      (this.options.leaseSeconds * 1000) / 3,
    );
    heartbeat.unref();
    const progress = this.progressWriter(id);
    const context: JobRunContext = {
      job,
      database: this.database,
      files: this.files,
      signal: controller.signal,
      report: progress.report,
      progressWritten: progress.settled,
      finish: async (tx, outcome) => {
        if (!(await markJobDone(tx, id, this.workerId, outcome))) throw new JobLost();
        finished = true;
      },
    };
    try {
      const handler = this.handlers[job.kind];
      if (!handler) throw new DomainError('JOB_KIND_UNKNOWN', 'Jenis pekerjaan ini tidak dikenal server.');
      const output = await handler(context);
      await progress.settled();
      if (output) {
        const resultFile = `${id}.${output.extension}`;
        await this.files.write(resultFile, [output.bytes]);
        finished = await markJobDone(db, id, this.workerId, {
          done: output.done,
          total: output.total,
          failures: output.failures,
          resultFile,
          resultName: output.downloadName,
          contentType: output.contentType,
        });
        if (!finished) await this.files.remove(resultFile);
      } else if (!finished) {
        throw new Error(`handler of ${job.kind} returned without finishing the job`);
      }
    } catch (error) {
      await progress.settled();
      // Stopped (the job goes back to the queue) or lost (another worker has it): nothing to record.
      if (!controller.signal.aborted && !(error instanceof JobLost)) await this.recordFailure(job, error);
    } finally {
      clearInterval(heartbeat);
    }
    await expireJobResults(db, this.files, this.options.retentionDays).catch((e) =>
      console.error('background jobs: could not remove expired files:', e),
    );
  }

  private async recordFailure(job: BackgroundJobRow, error: unknown): Promise<void> {
    const failure =
      error instanceof DomainError
        ? { error: error.message, errorCode: error.code, errorDetails: error.details ?? null }
        : { error: unexpectedJobError, errorCode: 'JOB_FAILED' };
    if (!(error instanceof DomainError))
      console.error(`background job ${job.id} (${job.kind}) failed:`, error);
    await markJobFailed(this.database.db, job.id, this.workerId, failure).catch((e) =>
      console.error(`background job ${job.id}: could not record the failure:`, e),
    );
  }

  /** Progress writes one after another, throttled; the last one is never lost. */
  private progressWriter(id: string) {
    let chain = Promise.resolve();
    let pending: JobProgressValues | null = null;
    let lastPhase: string | null | undefined;
    let lastWrite = 0;
    let timer: NodeJS.Timeout | undefined;
    const write = () => {
      clearTimeout(timer);
      timer = undefined;
      const values = pending;
      pending = null;
      if (!values) return;
      lastWrite = Date.now();
      chain = chain
        .then(() => updateJobProgress(this.database.db, id, this.workerId, values))
        .catch((error) => {
          if (!this.database.isClosed()) console.error(`background job ${id}: progress not written:`, error);
        });
    };
    return {
      report: (values: JobProgressValues) => {
        pending = { ...pending, ...values };
        const phaseChanged = values.phase !== undefined && values.phase !== lastPhase;
        if (values.phase !== undefined) lastPhase = values.phase;
        const wait = this.options.progressIntervalMs - (Date.now() - lastWrite);
        if (phaseChanged || wait <= 0) write();
        else timer ??= setTimeout(write, wait);
      },
      /** Writes what is pending now, and waits for every write. */
      settled: async () => {
        write();
        await chain;
      },
    };
  }

  /**
   * Stops taking work; lets running jobs finish until `deadline` (epoch ms), then stops them and
   * queues them again. Answers how many went back to the queue.
   */
  async stop(deadline: number): Promise<{ requeued: number }> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.unlisten?.().catch(() => {});
    // A job claimed in the database just now is counted among the running ones before they are.
    await this.claimRound;
    const all = () => Promise.all([...this.running.values()].map((r) => r.settled));
    if (await settledBefore(all(), deadline)) return { requeued: 0 };
    const ids = [...this.running.keys()];
    for (const running of this.running.values()) running.controller.abort(new JobStopped());
    // A statement already sent finishes on its own; what it writes is fenced by the worker id.
    await settledBefore(all(), Date.now() + 5000);
    return { requeued: await requeueJobs(this.database.db, ids, this.workerId) };
  }
}

/** True when `promise` settled before `deadline` (epoch ms). */
export async function settledBefore(promise: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  const settled = await Promise.race([promise.then(() => true as const), late]);
  clearTimeout(timer);
  return settled;
}

/** Throws the reason the job's signal was aborted for (a stop or a lost lease), if it was. */
export function throwIfStopped(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new JobStopped();
}
