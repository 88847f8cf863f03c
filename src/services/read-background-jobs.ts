/**
 * Reading a background job's progress and downloading its result, as `backgroundJobPolicy` allows;
 * otherwise JOB_NOT_FOUND (no existence leak).
 */
import { type BackgroundJobRow, findBackgroundJob } from '../db/repositories/background-job-repository';
import { DomainError } from '../domain/errors';
import { backgroundJobPolicy } from '../policies/background-job';
import type { ServiceContext } from './context';
import type { JobQueue } from './job-queue';

async function loadVisibleJob(
  ctx: ServiceContext,
  id: string,
  ability: 'read' | 'download' = 'read',
): Promise<BackgroundJobRow> {
  const job = await findBackgroundJob(ctx.db, id);
  if (!job) throw backgroundJobPolicy.notFoundError();
  backgroundJobPolicy.authorize(ctx.actor, ability, job);
  return job;
}

export function downloadUrl(jobId: string): string {
  return `/api/jobs/${jobId}/download`;
}

export async function getBackgroundJob(ctx: ServiceContext, id: string) {
  const job = await loadVisibleJob(ctx, id);
  return {
    id: job.id,
    kind: job.kind,
    params: job.params,
    status: job.status,
    phase: job.phase,
    done: job.done,
    total: job.total,
    rowsRead: job.rowsRead,
    rowsRejected: job.rowsRejected,
    failures: job.failures,
    result: job.result,
    error: job.error,
    errorCode: job.errorCode,
    errorDetails: job.errorDetails,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    permissions: backgroundJobPolicy.permissions(ctx.actor, job),
    ...(job.status === 'done' && job.resultFile
      ? { downloadUrl: downloadUrl(job.id), fileName: job.resultName }
      : {}),
  };
}

/** The result file of a finished job, as a stream: its size, download name and content type. */
export async function openBackgroundJobResult(ctx: ServiceContext, jobs: JobQueue, id: string) {
  const job = await loadVisibleJob(ctx, id, 'download');
  if (job.status === 'expired') {
    throw new DomainError(
      'JOB_RESULT_EXPIRED',
      `Berkas hasil pekerjaan ini sudah dihapus setelah ${jobs.retentionDays} hari. Silakan buat ulang.`,
    );
  }
  if (job.status !== 'done' || !job.resultFile) {
    throw new DomainError(
      'JOB_NOT_READY',
      'Hasil pekerjaan belum tersedia: pekerjaan belum selesai, gagal, atau tidak menghasilkan berkas.',
      { status: job.status },
    );
  }
  const size = await jobs.files.size(job.resultFile);
  if (size === null) {
    throw new DomainError('JOB_RESULT_NOT_FOUND', 'Berkas hasil pekerjaan tidak ditemukan di server.');
  }
  return {
    stream: jobs.files.read(job.resultFile),
    size,
    fileName: job.resultName ?? job.resultFile,
    contentType: job.contentType ?? 'application/octet-stream',
  };
}
