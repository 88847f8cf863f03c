import { z } from 'zod';
import { documentFormats } from '../../services/document-formats';

export const bookBody = z.strictObject({
  format: z.enum(documentFormats, { message: 'Format harus docx atau pdf' }),
  orgUnitId: z.uuid({ message: 'ID unit organisasi tidak valid' }).optional(),
});

export const startedJob = z.object({ jobId: z.uuid() });

export const jobFailure = z.object({ item: z.string(), message: z.string() });

export const backgroundJob = z.object({
  id: z.uuid(),
  kind: z.string(),
  params: z.unknown(),
  status: z.enum(['queued', 'running', 'done', 'failed', 'expired']),
  done: z.number().int(),
  total: z.number().int(),
  failures: z.array(jobFailure),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  downloadUrl: z.string().optional(),
  fileName: z.string().nullable().optional(),
});

export const idParams = z.object({ id: z.uuid() });
