/**
 * Health for orchestrators and the graceful stop: liveness answers while the database is held by
 * a long transaction (readiness waits for it), readiness reports the schema and turns 503 while
 * the server drains; a shutdown waits for running background jobs, marks what is left failed,
 * closes the database and releases the data dir lock.
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
  async function serverOnDataDir(grace: string) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-shutdown-'));
    const lock = lockDataDir(dataDir);
    const database = await openTestDatabaseInDir(dataDir);
    const config = loadConfig({ SKJ_DATA_DIR: dataDir, SKJ_LOG: '0', SKJ_SHUTDOWN_GRACE_SECONDS: grace });
    const lifecycle = new ServerLifecycle(database, config, lock);
    const app = buildApp(database, config, { lifecycle, log: () => {}, webRoot: '/nonexistent' });
    const http = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise<void>((resolve) => http.once('listening', () => resolve()));
    const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const [agency] = await database.db.select({ id: agencies.id }).from(agencies).limit(1);
    const [user] = await database.db.select({ id: users.id }).from(users).limit(1);
    const job = (status: 'queued' | 'running') =>
      insertBackgroundJob(database.db, {
        agencyId: agency!.id,
        kind: 'standardBook',
        params: {},
        total: 1,
        createdBy: user!.id,
      }).then(async (id) => {
        await database.db.update(backgroundJobs).set({ status }).where(eq(backgroundJobs.id, id));
        return id;
      });
    return { dataDir, lock, database, lifecycle, app, http, baseUrl, job };
  }

  async function jobStatus(dataDir: string, id: string) {
    const reopened = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
    try {
      const [row] = await reopened.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
      return row!;
    } finally {
      await reopened.close();
    }
  }

  it('answers ready 503 while draining, waits for a running job, closes and releases the lock', async () => {
    const s = await serverOnDataDir('60');
    const running = await s.job('running');
    const stopping = s.lifecycle.shutdown(s.http);
    // New connections are refused now; the app itself (as a kept-alive connection would reach it) says 503.
    const ready = await s.app.fetch(new Request('http://skj.test/api/health/ready'));
    expect(ready.status).toBe(503);
    const body = await ready.json();
    expect(body.error.code).toBe('NOT_READY');
    expect(body.error.details.checks.accepting).toBe(false);
    // The job finishes within the grace period, as the runner would mark it.
    await s.database.db
      .update(backgroundJobs)
      .set({ status: 'done', finishedAt: new Date() })
      .where(eq(backgroundJobs.id, running));
    const report = await stopping;
    expect(report).toEqual({ backupAborted: false, jobsInterrupted: 0 });
    expect(fs.existsSync(s.lock.path)).toBe(false);
    await expect(fetch(`${s.baseUrl}/api/health/live`)).rejects.toThrow();
    expect((await jobStatus(s.dataDir, running)).status).toBe('done');
    fs.rmSync(s.dataDir, { recursive: true, force: true });
  });

  it('marks jobs still queued or running after the grace period failed, saying to start them again', async () => {
    const s = await serverOnDataDir('0');
    const stuck = await s.job('running');
    const queued = await s.job('queued');
    const report = await s.lifecycle.shutdown(s.http);
    expect(report).toEqual({ backupAborted: false, jobsInterrupted: 2 });
    for (const id of [stuck, queued]) {
      const row = await jobStatus(s.dataDir, id);
      expect(row.status).toBe('failed');
      expect(row.error).toMatch(/Server berhenti sebelum pekerjaan ini selesai/);
    }
    fs.rmSync(s.dataDir, { recursive: true, force: true });
  });
});
