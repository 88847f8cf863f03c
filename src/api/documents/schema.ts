import { z } from 'zod';
import { documentFormats } from '../../services/document-formats';
import { permissionsOf, timestamp } from '../contract';

export const bookBody = z.strictObject({
  format: z.enum(documentFormats, { message: 'Format harus docx atau pdf' }),
  orgUnitId: z.uuid({ message: 'ID unit organisasi tidak valid' }).optional(),
});

export const startedJob = z.object({ jobId: z.uuid() });

export const jobStatuses = ['queued', 'running', 'done', 'failed', 'expired'] as const;

export const jobFailure = z.object({ item: z.string(), message: z.string() });

export const backgroundJob = z.object({
  id: z.uuid(),
  kind: z.enum(['standardBook', 'civilServantImport', 'assessmentImport', 'positionMapImport']),
  params: z.unknown(),
  status: z.enum(jobStatuses),
  /** What a running job does now: an import `reading`, `checking`, `applying`. */
  phase: z.enum(['reading', 'checking', 'applying']).nullable(),
  done: z.number().int(),
  total: z.number().int(),
  /** Imports: data rows read so far, and rows with a problem. */
  rowsRead: z.number().int(),
  rowsRejected: z.number().int(),
  failures: z.array(jobFailure),
  /** A finished import's counts, as the synchronous import answered them. */
  result: z.unknown(),
  error: z.string().nullable(),
  /** A failed job's stable code, e.g. IMPORT_REJECTED with the row report in `errorDetails`. */
  errorCode: z.string().nullable(),
  errorDetails: z.unknown(),
  createdAt: timestamp(),
  startedAt: timestamp().nullable(),
  finishedAt: timestamp().nullable(),
  permissions: permissionsOf(['read', 'download']),
  downloadUrl: z.string().optional(),
  fileName: z.string().nullable().optional(),
});

export const idParams = z.object({ id: z.uuid() });
