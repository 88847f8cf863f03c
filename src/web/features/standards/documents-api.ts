/**
 * Official documents: download addresses of one standard's documents, and the book of standards
 * (Buku SKJ) as a background job with progress. Same conventions as `api-client.ts`.
 */
import type { z } from 'zod';
import type { backgroundJob } from '../../../api/documents/schema';
import { request } from '../../shared/api/request';

export type DocumentFormat = 'docx' | 'pdf';
export const documentFormats: readonly DocumentFormat[] = ['pdf', 'docx'];
export type StandardDocumentKind = 'document' | 'record';

/** A plain link downloads it: the session cookie goes along with a same-origin GET. */
export function standardDocumentUrl(standardId: string, kind: StandardDocumentKind, format: DocumentFormat) {
  return `/api/job-standards/${standardId}/${kind}.${format}`;
}

export type BackgroundJob = z.infer<typeof backgroundJob>;
export type JobStatus = BackgroundJob['status'];

export function startBook(
  agencyId: string,
  input: { format: DocumentFormat; orgUnitId?: string },
): Promise<{ jobId: string }> {
  return request(`/agencies/${agencyId}/books`, { method: 'POST', body: input });
}

export function getJob(jobId: string): Promise<BackgroundJob> {
  return request(`/jobs/${jobId}`);
}

export interface DecreeTemplate {
  issuer: string;
  subject: string;
  text: { considerations: string[]; legalBases: string[]; decisions: string[] };
  ratifiedStandards: number;
  missingIdentity: string[];
}

export function getDecreeTemplate(agencyId: string): Promise<DecreeTemplate> {
  return request(`/agencies/${agencyId}/decree-template`);
}

export interface DecreeInput {
  format: DocumentFormat;
  number: string;
  date: string;
  considerations: string[];
  legalBases: string[];
  decisions: string[];
}

export function startDecree(agencyId: string, input: DecreeInput): Promise<{ jobId: string }> {
  return request(`/agencies/${agencyId}/decrees`, { method: 'POST', body: input });
}
