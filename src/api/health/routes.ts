import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Router } from '../route';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  demo: z.boolean(),
});

export function registerHealthRoutes(router: Router) {
  const { db, databaseKind, demo } = router.deps;
  router.route({
    method: 'get',
    path: '/api/health',
    summary: 'Status server dan basis data',
    tag: 'Sistem',
    auth: false,
    response: healthResponse,
    handler: async () => {
      await db.execute(sql`select 1`);
      return { status: 'ok', database: databaseKind, demo };
    },
  });
}
