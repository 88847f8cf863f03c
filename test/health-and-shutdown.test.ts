/**
 * Health for orchestrators and the graceful stop: liveness answers while the database is held by
 * a long transaction (readiness waits for it), readiness reports the schema and turns 503 while
 * the server drains; a shutdown lets running background jobs finish within the grace period,
 * queues again what is still running then (the next start runs it), closes the database and
 * releases the data dir lock.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { lockDataDir } from '../src/db/lock';
import { knownMigrations } from '../src/db/migrate';
import { insertBackgroundJob } from '../src/db/repositories/background-job-repository';
import { agencies, backgroundJobs, users } from '../src/db/schema';
import { buildApp } from '../src/server';
import { ServerLifecycle } from '../src/server-lifecycle';
import { type JobHandler, requeueInterruptedJobs } from '../src/services/job-queue';
import { testTarget } from './support/database-url';
import { openTestDatabaseInDir } from './support/test-database';
import { startTestServer, type TestServer } from './support/test-server';

/** The embedded database's own operations: the PostgreSQL suite has nothing to run here. */
const onPostgres = testTarget() === 'postgres';

describe('health probes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  // PGlite's one connection is what a transaction holds; PostgreSQL has a pool.
  it.skipIf(onPostgres)(
    'answers live from the process while a long transaction holds the database; ready waits for it',
    async () => {
      const pglite = server.database.pglite!;
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let holding!: () => void;
      const inside = new Promise<void>((resolve) => {
        holding = resolve;
      });
      const transaction = pglite.transaction(async (tx) => {
        await tx.query('select 1');
        holding();
        await held;
      });
      await inside;
      const order: string[] = [];
      const ready = server
        .client()
        .get('/api/health/ready')
        .then((response) => {
          order.push('ready');
          return response;
        });
      const live = await server.client().get('/api/health/live');
      order.push('live');
      expect(live.status).toBe(200);
      expect(live.body.status).toBe('ok');
      expect(typeof live.body.uptimeSeconds).toBe('number');
      // Readiness needs the database, which the transaction still holds.
      expect(order).toEqual(['live']);
      release();
      await transaction;
      const answered = await ready;
      expect(order).toEqual(['live', 'ready']);
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({
        status: 'ready',
        checks: {
          accepting: true,
          database: 'ok',
          migration: { current: true, expected: knownMigrations().at(-1)!.tag },
        },
      });
    },
  );

  it('answers ready with the schema at this version, on either database', async () => {
    const ready = await server.client().get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ready',
      database: testTarget() === 'postgres' ? 'postgres' : 'pglite',
      checks: { accepting: true, database: 'ok', migration: { current: true } },
    });
    expect(ready.body.checks.migration.applied).toBe(knownMigrations().at(-1)!.tag);
  });

  it('keeps /api/health as before, and publishes the probes in the OpenAPI document', async () => {
    const health = await server.client().get('/api/health');
    expect(health.body).toMatchObject({ status: 'ok', database: onPostgres ? 'postgres' : 'pglite' });
    const openapi = await server.client().get('/api/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/api/health/live', '/api/health/ready', '/api/admin/backups']),
    );
  });
});

describe.skipIf(onPostgres)('graceful shutdown', { timeout: 120_000 }, () => {
  const kind = 'shutdownTest';

  /** A server on a data dir whose jobs (`shutdownTest`) run until `release` or until stopped. */
  async function serverOnDataDir(grace: string, options: { dataDir?: string; blocking?: boolean } = {}) {
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'skj-shutdown-'));
    const lock = lockDataDir(dataDir);
    const database = options.dataDir
      ? await openDatabase({ dataDir: path.join(dataDir, 'pglite') })
      : await openTestDatabaseInDir(dataDir);
    if (options.dataDir) await requeueInterruptedJobs(database.db);
    const config = loadConfig({
      SKJ_DATA_DIR: dataDir,
      SKJ_LOG: '0',
      SKJ_SHUTDOWN_GRACE_SECONDS: grace,
      SKJ_JOB_WORKERS: '1',
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handler: JobHandler = async ({ database, signal, finish }) => {
      if (options.blocking !== false) {
        await Promise.race([
          released,
          new Promise((_, reject) =>
            signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
          ),
        ]);
      }
      await database.db.transaction((tx) => finish(tx, { result: { finished: true } }));
      return undefined;
    };
    const lifecycle = new ServerLifecycle(database, config, lock, { jobHandlers: { [kind]: handler } });
    const app = buildApp(database, config, { lifecycle, log: () => {}, webRoot: '/nonexistent' });
    const http = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise<void>((resolve) => http.once('listening', () => resolve()));
    const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const [agency] = await database.db.select({ id: agencies.id }).from(agencies).limit(1);
    const [user] = await database.db.select({ id: users.id }).from(users).limit(1);
    const job = async () => {
      const id = await insertBackgroundJob(database.db, {
        agencyId: agency!.id,
        kind,
        params: {},
        total: 1,
        createdBy: user!.id,
      });
      lifecycle.jobs.wake();
      return id;
    };
    const statusOf = async (id: string) => {
      const [row] = await database.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
      return row!;
    };
    const until = async (id: string, status: string) => {
      for (let i = 0; i < 600 && (await statusOf(id)).status !== status; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return statusOf(id);
    };
    return { dataDir, lock, database, lifecycle, app, http, baseUrl, job, until, release };
  }

  async function jobRow(dataDir: string, id: string) {
    const reopened = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
    try {
      const [row] = await reopened.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
      return row!;
    } finally {
      await reopened.close();
    }
  }

  it('answers ready 503 while draining, lets a running job finish, closes and releases the lock', async () => {
    const s = await serverOnDataDir('60');
    const running = await s.job();
    expect((await s.until(running, 'running')).lockedBy).toBe(s.lifecycle.jobs.workerId);
    const stopping = s.lifecycle.shutdown(s.http);
    // New connections are refused now; the app itself (as a kept-alive connection would reach it) says 503.
    const ready = await s.app.fetch(new Request('http://skj.test/api/health/ready'));
    expect(ready.status).toBe(503);
    const body = await ready.json();
    expect(body.error.code).toBe('NOT_READY');
    expect(body.error.details.checks.accepting).toBe(false);
    // The job finishes within the grace period.
    s.release();
    const report = await stopping;
    expect(report).toEqual({ backupAborted: false, jobsRequeued: 0 });
    expect(fs.existsSync(s.lock.path)).toBe(false);
    await expect(fetch(`${s.baseUrl}/api/health/live`)).rejects.toThrow();
    expect(await jobRow(s.dataDir, running)).toMatchObject({ status: 'done', result: { finished: true } });
    fs.rmSync(s.dataDir, { recursive: true, force: true });
  });

  it('stops a job still running after the grace period and queues it again; the next start runs it', async () => {
    const s = await serverOnDataDir('0');
    const stuck = await s.job();
    await s.until(stuck, 'running');
    // One worker: the second job waits in the queue.
    const waiting = await s.job();
    const report = await s.lifecycle.shutdown(s.http);
    expect(report).toEqual({ backupAborted: false, jobsRequeued: 1 });
    for (const id of [stuck, waiting]) {
      expect(await jobRow(s.dataDir, id)).toMatchObject({ status: 'queued', lockedBy: null, error: null });
    }
    // The next start on this data dir takes them up.
    const next = await serverOnDataDir('0', { dataDir: s.dataDir, blocking: false });
    for (const id of [stuck, waiting]) {
      expect(await next.until(id, 'done')).toMatchObject({ status: 'done', result: { finished: true } });
    }
    await next.lifecycle.shutdown(next.http);
    fs.rmSync(s.dataDir, { recursive: true, force: true });
  });
});
