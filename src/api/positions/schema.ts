/** A position as the API answers it, the agency's position list (filters, keyset paging) and retiring. */
import { z } from 'zod';
import { positionStates } from '../../db/repositories/position-repository';
import { standardStatuses } from '../../domain/job-standard-workflow';
import { positionGroups } from '../../domain/reference';
import { maxPageLimit } from '../../services/paging';
import { listOf, permissionsOf, timestamp } from '../contract';
import { pageQuery } from '../paging';
import { text } from '../text';

export const positionPermissions = permissionsOf(['read', 'update', 'evaluate', 'retire']);

const positionFields = {
  id: z.uuid(),
  agencyId: z.uuid(),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  parentPositionId: z.uuid().nullable(),
  name: z.string(),
  positionGroup: z.enum(positionGroups as [string, ...string[]]),
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
  positionGroup: z.enum(positionGroups as [string, ...string[]]).optional(),
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
