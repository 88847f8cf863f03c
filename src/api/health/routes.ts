/**
 * Health for people and orchestrators: `/api/health` (the database answers, as before),
 * `/api/health/live` (the process answers: no database, no session, registered ahead of the
 * session middleware) and `/api/health/ready` (accepting requests, database up, schema current).
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { checkReadiness } from '../../services/check-readiness';
import { errorBody } from '../errors';
import type { Router } from '../route';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  demo: z.boolean(),
});

const liveResponse = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() });

const readyResponse = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']),
  checks: z.object({
    accepting: z.boolean(),
    database: z.enum(['ok', 'unreachable', 'timeout']),
    migration: z.object({
      applied: z.string().nullable(),
      expected: z.string().nullable(),
      current: z.boolean(),
    }),
  }),
});

/** Must be registered before any middleware that may touch the database. */
export function registerLivenessRoute(router: Router) {
  const { lifecycle } = router.deps;
  router.route({
    method: 'get',
    path: '/api/health/live',
    operationId: 'getLiveness',
    summary: 'Proses server hidup (tanpa memeriksa basis data; untuk liveness probe)',
    tag: 'Sistem',
    auth: false,
    response: liveResponse,
    handler: () => ({
      status: 'ok' as const,
      uptimeSeconds: Math.round((Date.now() - lifecycle.startedAt) / 1000),
    }),
  });
}

export function registerHealthRoutes(router: Router) {
  const { db, databaseKind, demo, lifecycle } = router.deps;
  router.route({
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    summary: 'Status server dan basis data',
    tag: 'Sistem',
    auth: false,
    response: healthResponse,
    handler: async () => {
      await db.execute(sql`select 1`);
      return { status: 'ok', database: databaseKind, demo };
    },
  });
  router.route({
    method: 'get',
    path: '/api/health/ready',
    operationId: 'getReadiness',
    summary:
      'Server siap menerima permintaan: tidak sedang berhenti, basis data menjawab, migrasi terbaru sudah diterapkan (503 bila tidak; untuk readiness probe)',
    tag: 'Sistem',
    auth: false,
    response: readyResponse,
    errors: ['NOT_READY'],
    handler: async ({ c }) => {
      const readiness = await checkReadiness(db, lifecycle.draining);
      if (!readiness.ready) {
        return c.json(
          errorBody(
            'NOT_READY',
            lifecycle.draining
              ? 'Server sedang berhenti.'
              : 'Server belum siap: basis data atau migrasinya belum siap.',
            { checks: readiness.checks },
          ),
          503,
        );
      }
      return { status: 'ready' as const, database: databaseKind, checks: readiness.checks };
    },
  });
}
