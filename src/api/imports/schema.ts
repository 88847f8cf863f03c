/** What a finished position-map import answers as its job's `result` (`GET /api/jobs/:id`). */
import { z } from 'zod';

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
