/** `POST /api/imports/position-map` and its job (`src/api/imports/routes.ts`). */
import type { z } from 'zod';
import type { startedJob } from '../../../../api/documents/schema';
import type { positionMapImportResult } from '../../../../api/imports/schema';
import { ApiError, type ErrorDetails, request } from '../../../shared/api/request';
import { type BackgroundJob, getJob } from '../../standards/documents-api';

export type PositionMapImportResult = z.infer<typeof positionMapImportResult>;
/** Every header of the file: the column it was read as, or ignored. */
export type ImportedColumns = PositionMapImportResult['columns'];

/**
 * Uploads the peta jabatan and follows its job to the end; a rejected file throws its ApiError
 * (IMPORT_REJECTED with the row report and the column report in `details`).
 */
export async function runPositionMapImport(
  file: File,
  onProgress: (job: BackgroundJob) => void,
): Promise<PositionMapImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const { jobId } = await request<z.infer<typeof startedJob>>('/imports/position-map', {
    method: 'POST',
    body: form,
  });
  for (;;) {
    const job = await getJob(jobId);
    onProgress(job);
    if (job.status === 'done') return job.result as PositionMapImportResult;
    if (job.status === 'failed' || job.status === 'expired') {
      throw new ApiError(
        422,
        job.errorCode ?? 'JOB_FAILED',
        job.error ?? '',
        (job.errorDetails ?? undefined) as ErrorDetails | undefined,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
}
