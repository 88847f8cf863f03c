/** What the civil-servant and assessment imports answer (all rows or none; problems come as IMPORT_REJECTED). */
import { z } from 'zod';

const format = z.enum(['xlsx', 'csv']);

export const civilServantImportResponse = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  format,
});

export const assessmentImportResponse = z.object({
  rows: z.number().int(),
  /** Assessment sessions written (one per civil servant, date and assessor). */
  assessments: z.number().int(),
  format,
});

/** Codes of a refused import file, besides the automatic upload codes. */
export const importErrorCodes = [
  'AGENCY_NOT_FOUND',
  'IMPORT_REJECTED',
  'EMPTY_FILE',
  'INVALID_FILE',
  'INVALID_CSV',
  'NOT_XLSX',
  'ZIP_BOMB',
  'TOO_MANY_ROWS',
];
