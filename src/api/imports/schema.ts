/**
 * What a finished position-map import answers as its job's `result` (`GET /api/jobs/:id`), and the
 * row report every all-or-nothing import refuses with (IMPORT_REJECTED, in `error.details`).
 */
import { z } from 'zod';
import type { ImportProblem as DictionaryImportProblem } from '../../exports/dictionary-import';
import type { ImportRowProblem } from '../../services/import-problems';

const count = z.number().int();

export const positionMapImportResult = z.object({
  rows: count,
  units: z.object({ created: count, reused: count }),
  positions: z.object({ created: count, updated: count, unchanged: count }),
  /** Every header of the file: the column it was read as, or ignored. */
  columns: z.object({
    mapped: z.array(z.object({ header: z.string(), column: z.string() })),
    ignored: z.array(z.string()),
  }),
  format: z.enum(['xlsx', 'csv']),
});

/** One problem of a refused import file. */
export const importProblem = z.object({
  /** Workbooks with several sheets name the sheet; CSV and single-table imports do not. */
  sheet: z.string().optional(),
  row: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});

/** `details` of IMPORT_REJECTED: nothing was written; at most the first 1,000 problems are sent. */
export const importRejectedDetails = z.object({
  problems: z.array(importProblem),
  /** How many problems there were (table imports); the dictionary import sends them all. */
  total: z.number().int().optional(),
});

// The services build these details by hand: a compile error here means the schema no longer says
// what they send.
type ImportProblemShape = z.infer<typeof importProblem>;
true satisfies ImportRowProblem extends ImportProblemShape ? true : false;
true satisfies DictionaryImportProblem extends ImportProblemShape ? true : false;
