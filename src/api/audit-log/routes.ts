import { z } from 'zod';
import { readAuditLog } from '../../services/read-audit-log';
import { pageQuery } from '../paging';
import type { Router } from '../route';
import { text } from '../text';
import { auditLogResponse } from './schema';

export function registerAuditLogRoutes(router: Router) {
  router.route({
    method: 'get',
    path: '/api/audit-log',
    operationId: 'listAuditLog',
    summary:
      'Log audit, terbaru dahulu, per halaman: { items, nextCursor } (superadmin: semua atau satu instansi; admin: instansinya)',
    tag: 'Operasi',
    query: z.strictObject({
      agencyId: z.uuid().optional(),
      entity: text({ max: 60 }).optional(),
      entityId: text({ max: 200 }).optional(),
      action: text({ max: 60 }).optional(),
      userId: z.uuid().optional(),
      ...pageQuery,
    }),
    response: auditLogResponse,
    errors: ['AGENCY_NOT_FOUND', 'INVALID_CURSOR'],
    handler: async ({ ctx, query }) => readAuditLog(ctx, query),
  });
}
