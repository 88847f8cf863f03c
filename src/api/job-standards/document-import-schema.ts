/** The answers of the standards imports: from Word documents (one report per document) and from Excel. */
import { z } from 'zod';

const kind = z.enum(['managerial', 'socioCultural', 'technical']);

export const documentReportSchema = z.object({
  fileName: z.string(),
  outcome: z.enum(['created', 'replaced', 'revised', 'rejected', 'ready']),
  message: z.string(),
  code: z.string().nullable(),
  position: z
    .object({ id: z.uuid(), name: z.string(), matchedBy: z.enum(['chosen', 'code', 'name']) })
    .nullable(),
  standard: z.object({ id: z.uuid(), version: z.number().int() }).nullable(),
  documentPositionName: z.string().nullable(),
  matched: z.array(
    z.object({
      competencyId: z.uuid(),
      kind,
      name: z.string(),
      dictionaryName: z.string(),
      competencyCode: z.string(),
      competencyName: z.string(),
      level: z.number().int().min(1).max(5),
      matchedBy: z.enum(['code', 'name']),
    }),
  ),
  unmatched: z.array(
    z.object({
      kind: kind.nullable(),
      name: z.string(),
      code: z.string().nullable(),
      levelText: z.string(),
      reason: z.enum([
        'UNKNOWN_COMPETENCY',
        'AMBIGUOUS_COMPETENCY',
        'LEVEL_UNREADABLE',
        'LEVEL_NOT_IN_DICTIONARY',
        'DUPLICATE_COMPETENCY',
      ]),
      message: z.string(),
    }),
  ),
  notes: z.array(z.object({ code: z.string(), message: z.string() })),
});

export type StandardDocumentReport = z.infer<typeof documentReportSchema>;

export const standardDocumentImportResponse = z.object({
  documents: z.array(documentReportSchema),
  created: z.number().int(),
  replaced: z.number().int(),
  revised: z.number().int(),
});

/** The answer of `POST /api/agencies/:id/job-standards/import` (Excel). */
export const standardsImportResponse = z.object({
  /** Standards in the file, one per position. */
  standards: z.number().int(),
  /** Data rows read. */
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  revised: z.number().int(),
});
