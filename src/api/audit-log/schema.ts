/** Response schema of the audit log. */
import { z } from 'zod';
import { listOf, timestamp } from '../contract';

export const auditLogResponse = listOf(
  z.object({
    id: z.number().int(),
    at: timestamp(),
    /** Who made the change; null for changes of the system itself. */
    user: z.object({ id: z.uuid(), username: z.string().nullable() }).nullable(),
    /** The agency the change belongs to; null for national records. */
    agencyId: z.uuid().nullable(),
    entity: z.string(),
    entityId: z.string(),
    action: z.string(),
    /** What changed, as the audited use case recorded it. */
    diff: z.unknown(),
  }),
);
