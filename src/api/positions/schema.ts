/** A position as the API answers it, the agency's position list (filters, keyset paging) and retiring. */
import { z } from 'zod';
import { positionStates } from '../../db/repositories/position-repository';
import { standardStatuses } from '../../domain/job-standard-workflow';
import { maxPageLimit } from '../../services/paging';
import { catalogItem } from '../catalog/schema';
import { listOf, permissionsOf, timestamp } from '../contract';
import { pageQuery } from '../paging';
import { positionGroups } from '../reference/schema';
import { text } from '../text';

export const positionPermissions = permissionsOf(['read', 'update', 'evaluate', 'retire']);

const positionFields = {
  id: z.uuid(),
  agencyId: z.uuid(),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  parentPositionId: z.uuid().nullable(),
  name: z.string(),
  positionGroup: z.enum(positionGroups),
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
  /** Set once the agency retired the position (it left the map; its standards stay readable). */
  retiredAt: timestamp().nullable(),
  agencyKind: z.string(),
  agencyCode: z.string(),
};

export const position = z.object(positionFields);

export const listedPosition = z.object({
  ...positionFields,
  /** The newest standard of the position (any status); null when none was composed yet. */
  latestStandard: z
    .object({ id: z.uuid(), version: z.number().int(), status: z.enum(standardStatuses) })
    .nullable(),
  hasRatifiedStandard: z.boolean(),
  permissions: positionPermissions,
});

export const positionListQuery = z.strictObject({
  q: text({ max: 200 }).optional(),
  orgUnitId: z.uuid().optional(),
  positionGroup: z.enum(positionGroups).optional(),
  jobLevel: text({ max: 40 }).optional(),
  state: z.enum(positionStates).optional(),
  limit: z.coerce.number().int().min(1).max(maxPageLimit).optional(),
  cursor: pageQuery.cursor,
});

export const positionListResponse = listOf(listedPosition).extend({
  /** How many positions match the filters, over every page. */
  total: z.number().int(),
});

export const retirePositionBody = z.strictObject({
  reason: text({ min: 3, max: 1000, multiline: true }),
});

/** `POST /api/positions`: a new position of the caller's agency. */
export const createPositionBody = z.strictObject({
  name: text({ min: 3, max: 300 }),
  positionGroup: z.enum(positionGroups),
  jobLevel: text({ min: 2, max: 40 }),
  orgUnitId: z.uuid().optional(),
  parentPositionId: z.uuid().optional(),
  governmentAffair: text({ max: 200 }).optional(),
  summary: text({ max: 4000, multiline: true }).optional(),
  tasks: z
    .array(text({ min: 1, max: 1000, multiline: true }))
    .max(100)
    .optional(),
  rankMin: text({ max: 40 }).optional(),
  rankMax: text({ max: 40 }).optional(),
});

/**
 * `PATCH /api/positions/:id`: a partial update; absent fields stay as they are, `null` empties a
 * field that may be empty, `tasks` replaces the whole list.
 */
export const updatePositionBody = z
  .strictObject({
    headcount: z.number().int().min(0).max(100_000).optional(),
    requiredHeadcount: z.number().int().min(0).max(100_000).optional(),
    parentPositionId: z.uuid().nullable().optional(),
    orgUnitId: z.uuid().nullable().optional(),
    name: text({ min: 3, max: 300 }).optional(),
    positionGroup: z.enum(positionGroups).optional(),
    jobLevel: text({ min: 2, max: 40 }).optional(),
    governmentAffair: text({ max: 200 }).nullable().optional(),
    summary: text({ max: 4000, multiline: true }).nullable().optional(),
    tasks: z
      .array(text({ min: 1, max: 1000, multiline: true }))
      .max(100)
      .optional(),
    rankMin: text({ max: 40 }).nullable().optional(),
    rankMax: text({ max: 40 }).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Tidak ada perubahan yang dikirim.' });

/** A ratified standard of another agency like the position, best first; scores from 0 to 1. */
export const similarStandard = catalogItem.extend({
  /** 0.5 × name + 0.2 × summary + 0.2 × shared technical competencies + 0.1 for the same job level. */
  score: z.number(),
  nameScore: z.number(),
  summaryScore: z.number(),
  competencyScore: z.number(),
  sameJobLevel: z.boolean(),
});
export const similarStandardsResponse = z.object({ items: z.array(similarStandard) });
