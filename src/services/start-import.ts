/**
 * `POST /api/imports/civil-servants|assessments`: the upload is already in the job file store
 * (streamed there by the route); this records the import job and wakes the queue. The import
 * itself runs in the background (`table-import.ts`); `GET /api/jobs/:id` shows its progress and,
 * at the end, the counts or the row report.
 */
import { countActiveJobs, insertBackgroundJob } from '../db/repositories/background-job-repository';
import { DomainError } from '../domain/errors';
import { maxActiveJobsPerAgency } from '../policies/background-job';
import type { ServiceContext } from './context';
import { assessmentImportKind } from './import-assessments';
import { assertCanManageCivilServants, civilServantImportKind } from './import-civil-servants';
import type { JobQueue } from './job-queue';
import type { ImportJobParams } from './table-import';

export const importJobKinds = [civilServantImportKind, assessmentImportKind] as const;
export type ImportJobKind = (typeof importJobKinds)[number];

export interface StoredUpload {
  storedName: string;
  fileName: string;
  bytes: number;
}

/** Checked before the upload is received: who may import (FORBIDDEN otherwise). */
export const assertCanImport = assertCanManageCivilServants;

export async function startImport(
  ctx: ServiceContext,
  jobs: JobQueue,
  kind: ImportJobKind,
  upload: StoredUpload,
) {
  try {
    const agencyId = assertCanManageCivilServants(ctx);
    if (upload.bytes === 0) throw new DomainError('EMPTY_FILE', 'Berkas kosong.');
    const params: ImportJobParams = { fileName: upload.fileName };
    const jobId = await ctx.db.transaction(async (tx) => {
      if ((await countActiveJobs(tx, agencyId, importJobKinds)) >= maxActiveJobsPerAgency) {
        throw new DomainError(
          'JOB_QUEUE_FULL',
          `Sudah ada ${maxActiveJobsPerAgency} impor instansi ini yang sedang berjalan atau menunggu. Tunggu salah satunya selesai, lalu coba lagi.`,
          { limit: maxActiveJobsPerAgency },
        );
      }
      return insertBackgroundJob(tx, {
        agencyId,
        kind,
        params,
        total: 0,
        createdBy: ctx.actor.userId,
        inputFile: upload.storedName,
      });
    });
    jobs.wake();
    return { jobId };
  } catch (error) {
    await jobs.files.remove(upload.storedName).catch(() => {});
    throw error;
  }
}
