/**
 * Online backups copy PGlite's data dir: a server on PostgreSQL (or on an in-memory PGlite) says
 * so instead of writing anything, and points to PostgreSQL's own tools.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('backups where there is no embedded data dir', () => {
  it('refuses with BACKUP_NOT_AVAILABLE, naming pg_dump, and lists nothing', async () => {
    const superadmin = await server.as('superadmin');
    const started = await superadmin.post('/api/admin/backups');
    expect(started.status).toBe(409);
    expect(started.body.error.code).toBe('BACKUP_NOT_AVAILABLE');
    expect(started.body.error.message).toContain('pg_dump');
    const list = await superadmin.get('/api/admin/backups');
    expect(list.status).toBe(200);
    expect(list.body.backups).toEqual([]);
    expect(list.body.settings.available).toBe(false);
  });
});
