/**
 * Reading a background job's progress and downloading its result, as `backgroundJobPolicy` allows;
 * otherwise JOB_NOT_FOUND (no existence leak).
 */
import fs from 'node:fs';
import { type BackgroundJobRow, findBackgroundJob } from '../db/repositories/background-job-repository';
import { DomainError } from '../domain/errors';
import { backgroundJobPolicy } from '../policies/background-job';
import type { ServiceContext } from './context';
import type { JobRunner } from './job-runner';

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
    done: job.done,
    total: job.total,
    failures: job.failures,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    permissions: backgroundJobPolicy.permissions(ctx.actor, job),
    ...(job.status === 'done' && job.resultFile
      ? { downloadUrl: downloadUrl(job.id), fileName: job.resultName }
      : {}),
  };
}

/** The result file of a finished job: its bytes, download name and content type. */
export async function openBackgroundJobResult(ctx: ServiceContext, runner: JobRunner, id: string) {
  const job = await loadVisibleJob(ctx, id, 'download');
  if (job.status === 'expired') {
    throw new DomainError(
      'JOB_RESULT_EXPIRED',
      `Berkas hasil pekerjaan ini sudah dihapus setelah ${runner.retentionDays} hari. Silakan buat ulang.`,
    );
  }
  if (job.status !== 'done' || !job.resultFile) {
    throw new DomainError(
      'JOB_NOT_READY',
      'Hasil pekerjaan belum tersedia: pekerjaan belum selesai atau gagal.',
      {
        status: job.status,
      },
    );
  }
  const file = runner.resultPath(job.resultFile);
  const stat = file ? await fs.promises.stat(file).catch(() => null) : null;
  if (!file || !stat?.isFile()) {
    throw new DomainError('JOB_RESULT_NOT_FOUND', 'Berkas hasil pekerjaan tidak ditemukan di server.');
  }
  return {
    bytes: await fs.promises.readFile(file),
    fileName: job.resultName ?? job.resultFile,
    contentType: job.contentType ?? 'application/octet-stream',
  };
}
