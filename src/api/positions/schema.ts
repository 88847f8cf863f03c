/** Response schema of the agency's position list. */
import { z } from 'zod';
import { standardStatuses } from '../../domain/job-standard-workflow';
import { listOf } from '../contract';

export const positionListResponse = listOf(
  z.object({
    id: z.uuid(),
    agencyId: z.uuid(),
    orgUnitId: z.uuid().nullable(),
    orgUnitName: z.string().nullable(),
    parentPositionId: z.uuid().nullable(),
    name: z.string(),
    positionGroup: z.enum(['leadership', 'administrative', 'functional']),
    jobLevel: z.string(),
    governmentAffair: z.string().nullable(),
    summary: z.string().nullable(),
    tasks: z.array(z.string()),
    positionCode: z.string().nullable(),
    rankMin: z.string().nullable(),
    rankMax: z.string().nullable(),
    headcount: z.number().int(),
    requiredHeadcount: z.number().int(),
    jobValue: z.number().int().nullable(),
    jobGrade: z.number().int().nullable(),
    agencyKind: z.string(),
    agencyCode: z.string(),
    /** The newest standard of the position (any status); null when none was composed yet. */
    latestStandard: z
      .object({ id: z.uuid(), version: z.number().int(), status: z.enum(standardStatuses) })
      .nullable(),
    hasRatifiedStandard: z.boolean(),
  }),
);
