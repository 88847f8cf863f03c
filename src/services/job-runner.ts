/**
 * Runs background jobs in this process, one at a time, in the order they were queued. Progress
 * (done/total, per-item failures) is written to `background_jobs` as the work reports it, at most
 * every `progressIntervalMs` and always at the end; the result file goes to the data dir's
 * `jobs/` folder. A throw marks the job failed with its message. Jobs left queued or running by a
 * stopped process are marked failed at the next start (`failInterruptedJobs`). Result files are
 * kept for `retentionDays` (SKJ_JOB_RETENTION_DAYS, default 7): at start and after every job,
 * older ones are deleted and their jobs marked `expired` (`expireJobResults`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import {
  failInterruptedJobs as failInterruptedJobRows,
  findJobsToExpire,
  type JobFailure,
  markJobDone,
  markJobFailed,
  markJobRunning,
  markJobsExpired,
  updateJobProgress,
} from '../db/repositories/background-job-repository';

export interface JobProgress {
  done: number;
  total: number;
  failures: JobFailure[];
}

export interface JobOutput extends JobProgress {
  bytes: Uint8Array;
  /** Extension of the stored file, e.g. `docx`. */
  extension: string;
  /** File name offered on download. */
  downloadName: string;
  contentType: string;
}

export type JobWork = (report: (progress: JobProgress) => Promise<void>) => Promise<JobOutput>;

export const interruptedJobError = 'Server berhenti sebelum pekerjaan ini selesai. Silakan mulai ulang.';

export function failInterruptedJobs(db: Db): Promise<number> {
  return failInterruptedJobRows(db, interruptedJobError);
}

export const defaultJobRetentionDays = 7;

/** Where a stored result file lives (null when the stored name is not a plain file name). */
function resultFilePath(jobsDir: string, resultFile: string): string | null {
  return resultFile === path.basename(resultFile) ? path.join(jobsDir, resultFile) : null;
}

/**
 * Deletes the result files of jobs finished more than `retentionDays` before `now` and marks those
 * jobs `expired`; a file already gone is fine. Returns how many jobs expired.
 */
export async function expireJobResults(
  db: Db,
  jobsDir: string,
  retentionDays: number,
  now: Date = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const jobs = await findJobsToExpire(db, before);
  for (const job of jobs) {
    const file = resultFilePath(jobsDir, job.resultFile);
    if (file) await fs.promises.rm(file, { force: true });
  }
  await markJobsExpired(
    db,
    jobs.map((job) => job.id),
  );
  return jobs.length;
}

export class JobRunner {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    /** The data dir's `jobs/` folder, created on first use. */
    readonly jobsDir: string,
    private readonly progressIntervalMs = 300,
    readonly retentionDays = defaultJobRetentionDays,
  ) {}

  /** Where a job's result file lives (null when the stored name is not a plain file name). */
  resultPath(resultFile: string): string | null {
    return resultFilePath(this.jobsDir, resultFile);
  }

  /** Queues `work` for the job row `jobId` (already inserted as queued). */
  enqueue(jobId: string, work: JobWork): void {
    this.queue = this.queue.then(() => this.run(jobId, work));
  }

  private async run(jobId: string, work: JobWork): Promise<void> {
    try {
      await markJobRunning(this.db, jobId);
      let lastWrite = 0;
      const report = async (progress: JobProgress) => {
        const now = Date.now();
        if (now - lastWrite < this.progressIntervalMs && progress.done < progress.total) return;
        lastWrite = now;
        await updateJobProgress(this.db, jobId, progress);
      };
      const output = await work(report);
      await fs.promises.mkdir(this.jobsDir, { recursive: true });
      const resultFile = `${jobId}.${output.extension}`;
      await fs.promises.writeFile(path.join(this.jobsDir, resultFile), output.bytes);
      await markJobDone(this.db, jobId, {
        done: output.done,
        total: output.total,
        failures: output.failures,
        resultFile,
        resultName: output.downloadName,
        contentType: output.contentType,
      });
    } catch (error) {
      console.error(`background job ${jobId} failed:`, error);
      const message = error instanceof Error ? error.message : String(error);
      await markJobFailed(this.db, jobId, `Pekerjaan gagal: ${message}`).catch((e) =>
        console.error(`background job ${jobId}: could not record the failure:`, e),
      );
    }
    await expireJobResults(this.db, this.jobsDir, this.retentionDays).catch((e) =>
      console.error('background jobs: could not remove expired results:', e),
    );
  }
}
