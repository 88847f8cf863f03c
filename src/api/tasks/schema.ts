import { z } from 'zod';
import { calendarDate, permissionsOf, timestamp } from '../contract';
import { text } from '../text';

export const taskQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  jobLevel: text({ max: 40 }).optional(),
  minWaitingDays: z.coerce.number().int().min(0).max(3650).optional(),
});

const standardTask = z.object({
  standardId: z.uuid(),
  version: z.number().int(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  positionId: z.uuid(),
  positionName: z.string(),
  jobLevel: z.string(),
  jobLevelName: z.string(),
  status: z.enum(['draft', 'submitted', 'verified', 'validated', 'ratified']),
  /** When it reached its current status. */
  since: timestamp(),
  waitingDays: z.number().int(),
  /** From the drafting campaign that has the position in scope (its due date, else its end). */
  dueOn: calendarDate().nullable(),
  draftingCampaignName: z.string().nullable(),
  /** The last step was a return: when, why and by whom. */
  returned: z.object({ at: timestamp(), reason: z.string(), byName: z.string().nullable() }).nullable(),
});

const positionTask = z.object({
  positionId: z.uuid(),
  positionName: z.string(),
  jobLevel: z.string(),
  jobLevelName: z.string(),
});

const campaignTask = positionTask.extend({
  dueOn: calendarDate().nullable(),
  draftingCampaignId: z.uuid(),
  draftingCampaignName: z.string(),
});

export const tasksResponse = z.object({
  counts: z.object({
    drafts: z.number().int(),
    returned: z.number().int(),
    reviews: z.number().int(),
    ratifications: z.number().int(),
    overdue: z.number().int(),
    total: z.number().int(),
  }),
  permissions: permissionsOf(['read', 'drafts', 'verify', 'validate', 'ratify', 'overview']),
  drafts: z
    .object({
      items: z.array(standardTask),
      nextCursor: z.null(),
      total: z.number().int(),
      assignments: z.array(campaignTask),
    })
    .nullable(),
  reviews: z
    .object({ items: z.array(standardTask), nextCursor: z.null(), total: z.number().int() })
    .nullable(),
  ratifications: z
    .object({
      items: z.array(standardTask),
      nextCursor: z.null(),
      total: z.number().int(),
      queueTotal: z.number().int(),
      agencies: z.array(z.object({ id: z.uuid(), name: z.string(), count: z.number().int() })),
    })
    .nullable(),
  overview: z
    .object({
      positionsWithoutStandard: z.object({
        total: z.number().int(),
        items: z.array(positionTask.extend({ orgUnitName: z.string().nullable() })),
      }),
      overdue: z.array(
        campaignTask.extend({
          dueOn: calendarDate(),
          assigneeName: z.string().nullable(),
          status: z.string().nullable(),
        }),
      ),
      recentImports: z.array(
        z.object({
          kind: z.string(),
          at: timestamp(),
          userName: z.string().nullable(),
          rows: z.number().int().nullable(),
        }),
      ),
    })
    .nullable(),
});
