/** Response schemas of the paged talent lists. */
import { z } from 'zod';
import { calendarDate, listOf } from '../contract';

const performance = z.enum(['below', 'meets', 'above']);

export const civilServantListResponse = listOf(
  z.object({
    nip: z.string(),
    name: z.string(),
    rankGrade: z.string().nullable(),
    educationLevel: z.string().nullable(),
    performance: performance.nullable(),
    positionId: z.uuid().nullable(),
    positionName: z.string().nullable(),
    hasLogin: z.boolean(),
  }),
);

export const assessmentListResponse = listOf(
  z.object({
    id: z.uuid(),
    civilServant: z.object({ nip: z.string(), name: z.string() }),
    assessedOn: calendarDate(),
    assessor: z.string(),
    institution: z.string(),
    /** How many competencies the session scored. */
    scoreCount: z.number().int(),
  }),
);
