import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';
import { auditLog, NATIONAL_AUDIT_AGENCY } from '../schema';

export interface AuditEntry {
  userId: string | null;
  /** null: a national action (stored under `NATIONAL_AUDIT_AGENCY`, read back as null). */
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
    agencyId: entry.agencyId ?? NATIONAL_AUDIT_AGENCY,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    diff: entry.diff ?? null,
  });
}

export interface AuditLogFilter {
  /** One agency's entries; null: every entry, national actions included. */
  agencyId: string | null;
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  userId?: string | undefined;
}

export interface AuditLogRow {
  id: number;
  at: string;
  user_id: string | null;
  username: string | null;
  agency_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  diff: unknown;
}

/** Newest first: `limit + 1` entries with an id below `beforeId`, along the (agency, id) index. */
export async function pageAuditLog(
  db: Db,
  filter: AuditLogFilter,
  page: { beforeId?: number | undefined; limit: number },
) {
  return queryRows<AuditLogRow>(
    db,
    sql`select l.id::int8 as id, to_char(l.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
          l.user_id, u.username, nullif(l.agency_id, ${NATIONAL_AUDIT_AGENCY}::uuid) as agency_id, l.entity, l.entity_id, l.action, l.diff
        from audit_log l left join users u on u.id = l.user_id
        where true
          ${filter.agencyId ? sql`and l.agency_id = ${filter.agencyId}` : sql``}
          ${filter.entity ? sql`and l.entity = ${filter.entity}` : sql``}
          ${filter.entityId ? sql`and l.entity_id = ${filter.entityId}` : sql``}
          ${filter.action ? sql`and l.action = ${filter.action}` : sql``}
          ${filter.userId ? sql`and l.user_id = ${filter.userId}` : sql``}
          ${page.beforeId !== undefined ? sql`and l.id < ${page.beforeId}` : sql``}
        order by l.id desc
        limit ${page.limit + 1}`,
  );
}
