import { z } from 'zod';
import { decreeTeamRoles } from '../../documents/campaign-letters-outline';
import { documentFormats } from '../../services/document-formats';
import { permissionsOf, timestamp } from '../contract';
import { text } from '../text';

export const bookBody = z.strictObject({
  format: z.enum(documentFormats, { message: 'Format harus docx atau pdf' }),
  orgUnitId: z.uuid({ message: 'ID unit organisasi tidak valid' }).optional(),
});

export const startedJob = z.object({ jobId: z.uuid() });

export const jobStatuses = ['queued', 'running', 'done', 'failed', 'expired'] as const;

export const jobFailure = z.object({ item: z.string(), message: z.string() });

export const backgroundJob = z.object({
  id: z.uuid(),
  kind: z.enum([
    'standardBook',
    'standardDecree',
    'civilServantImport',
    'assessmentImport',
    'positionMapImport',
  ]),
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

const isoDate = z.iso.date({ message: 'Tanggal harus berformat YYYY-MM-DD' });
const paragraphs = z.array(text({ min: 1, max: 2000, multiline: true })).max(30);

export const decreeBody = z.strictObject({
  format: z.enum(documentFormats, { message: 'Format harus docx atau pdf' }),
  number: text({ min: 1, max: 100 }),
  date: isoDate,
  considerations: paragraphs.optional(),
  legalBases: paragraphs.optional(),
  decisions: paragraphs.optional(),
});

export const decreeTemplate = z.object({
  issuer: z.string(),
  subject: z.string(),
  text: z.object({
    considerations: z.array(z.string()),
    legalBases: z.array(z.string()),
    decisions: z.array(z.string()),
  }),
  ratifiedStandards: z.number().int(),
  missingIdentity: z.array(z.string()),
});

/** Number and date of a letter rendered on request; without them the letter leaves dotted lines. */
export const letterQuery = z.strictObject({
  number: text({ max: 100 }).optional(),
  date: isoDate.optional(),
  teamDecreeNumber: text({ max: 100 }).optional(),
});

export const decreeTeamBody = z.strictObject({
  members: z
    .array(
      z.strictObject({
        teamRole: z.enum(decreeTeamRoles),
        name: text({ min: 2, max: 200 }),
        nip: text({ max: 40 }).nullable(),
        positionTitle: text({ max: 200 }),
        userId: z.uuid().nullable().optional(),
      }),
    )
    .max(200),
});

export const decreeTeam = z.object({
  members: z.array(
    z.object({
      id: z.uuid(),
      teamRole: z.enum(decreeTeamRoles),
      name: z.string(),
      nip: z.string().nullable(),
      positionTitle: z.string(),
      userId: z.uuid().nullable(),
    }),
  ),
  permissions: z.record(z.string(), z.boolean()).optional(),
});
