/** The merit dashboard (dasbor sistem merit): coverage of positions by ratified standards. */
import { z } from 'zod';

export const coverage = z.object({
  positions: z.number().int(),
  ratified: z.number().int(),
  /** Share of positions with a ratified standard, in percent with one decimal. */
  percent: z.number(),
});

export const coverageGroup = coverage.extend({ key: z.string(), label: z.string() });

export const meritDashboardResponse = z.object({
  total: coverage,
  byAgency: z.array(coverageGroup),
  /** Key "-": positions without an organisation unit. */
  byOrgUnit: z.array(coverageGroup),
  /** Key and label: the job level code. */
  byJobLevel: z.array(coverageGroup),
});
