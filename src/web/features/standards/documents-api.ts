/**
 * Official documents: download addresses of one standard's documents, and the book of standards
 * (Buku SKJ) as a background job with progress. Same conventions as `api-client.ts`.
 */
import type { z } from 'zod';
import type {
  backgroundJob,
  bookBody,
  decreeBody,
  decreeTemplate,
  startedJob,
} from '../../../api/documents/schema';
import { request } from '../../shared/api/request';

export type DocumentFormat = z.infer<typeof bookBody>['format'];
export const documentFormats: readonly DocumentFormat[] = ['pdf', 'docx'];
export type StandardDocumentKind = 'document' | 'record';

/** A plain link downloads it: the session cookie goes along with a same-origin GET. */
export function standardDocumentUrl(standardId: string, kind: StandardDocumentKind, format: DocumentFormat) {
  return `/api/job-standards/${standardId}/${kind}.${format}`;
}

export type BackgroundJob = z.infer<typeof backgroundJob>;
export type JobStatus = BackgroundJob['status'];

type StartedJob = z.infer<typeof startedJob>;

export function startBook(agencyId: string, input: z.input<typeof bookBody>): Promise<StartedJob> {
  return request(`/agencies/${agencyId}/books`, { method: 'POST', body: input });
}

export function getJob(jobId: string): Promise<BackgroundJob> {
  return request(`/jobs/${jobId}`);
}

export type DecreeTemplate = z.infer<typeof decreeTemplate>;

export function getDecreeTemplate(agencyId: string): Promise<DecreeTemplate> {
  return request(`/agencies/${agencyId}/decree-template`);
}

export type DecreeInput = z.input<typeof decreeBody>;

export function startDecree(agencyId: string, input: DecreeInput): Promise<StartedJob> {
  return request(`/agencies/${agencyId}/decrees`, { method: 'POST', body: input });
}
