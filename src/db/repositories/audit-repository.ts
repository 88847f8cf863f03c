import type { Db } from '../client';
import { auditLog } from '../schema';

export interface AuditEntry {
  userId: string | null;
  agencyId: string | null;
  entity: string;
  entityId: string;
  action: string;
  diff?: unknown;
}

/** Written inside the transaction of the change it describes: no change without its entry. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    userId: entry.userId,
    agencyId: entry.agencyId,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    diff: entry.diff ?? null,
  });
}
