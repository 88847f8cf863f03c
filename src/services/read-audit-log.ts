/** The audit log, newest first, one page at a time (superadmin: all or one agency; admin: own agency). */
import { type AuditLogFilter, pageAuditLog } from '../db/repositories/audit-repository';
import { auditLogPolicy, defaultAuditLogAgency } from '../policies/audit-log';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { decodeCursor, type PageRequest, toPage } from './paging';

export async function readAuditLog(
  ctx: ServiceContext,
  params: PageRequest & Omit<AuditLogFilter, 'agencyId'> & { agencyId?: string | undefined },
) {
  const agencyId = params.agencyId ?? defaultAuditLogAgency(ctx.actor);
  auditLogPolicy.authorize(ctx.actor, 'list', { agencyId });
  if (agencyId) await getVisibleAgency(ctx, agencyId);
  const sort = 'audit-log:newest';
  const after = decodeCursor(params.cursor, sort, 'n');
  const rows = await pageAuditLog(
    ctx.db,
    { ...params, agencyId },
    { beforeId: after?.[0] as number | undefined, limit: params.limit },
  );
  return toPage(
    rows,
    params.limit,
    sort,
    (row) => [Number(row.id)],
    (row) => ({
      id: Number(row.id),
      at: row.at,
      user: row.user_id ? { id: row.user_id, username: row.username } : null,
      agencyId: row.agency_id,
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
      diff: row.diff,
    }),
  );
}
