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
  kind: z.string(),
  params: z.unknown(),
  status: z.enum(jobStatuses),
  done: z.number().int(),
  total: z.number().int(),
  failures: z.array(jobFailure),
  error: z.string().nullable(),
  createdAt: timestamp(),
  finishedAt: timestamp().nullable(),
  permissions: permissionsOf(['read', 'download']),
  /** Present once the job is done and its result is kept. */
  downloadUrl: z.string().optional(),
  fileName: z.string().nullable().optional(),
});

export const idParams = z.object({ id: z.uuid() });
