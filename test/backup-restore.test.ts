/**
 * The restore drill (ADR 0014): a backup taken through the API while the server runs, restored
 * with the CLI's code into an empty data dir, gives every table the same row count and a ratified
 * standard's DOCX the same bytes; sessions are not carried. Plus the backup API's rules and the
 * restore's refusals.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { type BackupManifest, countTables, runQueryOn } from '../src/db/backup/manifest';
import { readBackupManifest, restoreBackup } from '../src/db/backup/restore-backup';
import { tarEnd, tarHeader, tarPadding } from '../src/db/backup/tar';
import { knownMigrations } from '../src/db/migrate';
import { prepareDatabase } from '../src/server';
import { ServerLifecycle } from '../src/server-lifecycle';
import { BackupSchedule } from '../src/services/backup-schedule';
import { testTarget } from './support/database-url';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { openTestDatabaseInDir } from './support/test-database';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

/** The embedded database's own operations: the PostgreSQL suite has nothing to run here. */
const onPostgres = testTarget() === 'postgres';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-backup-test-'));
const dataDir = path.join(root, 'data');
let server: TestServer;
let ministry: Ministry;
let superadmin: ApiClient;
let lifecycle: ServerLifecycle;

beforeAll(async () => {
  if (onPostgres) return;
  const env = { SKJ_DATA_DIR: dataDir, SKJ_BACKUP_KEEP: '2', SKJ_LOG: '0' };
  const database = await openTestDatabaseInDir(dataDir);
  lifecycle = new ServerLifecycle(database, loadConfig(env));
  server = await startTestServer(env, { database, lifecycle });
  ministry = await ministryWithRatifiedStandard(server);
  superadmin = await server.as('superadmin');
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function finishedBackup(id: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const list = await superadmin.get('/api/admin/backups');
    const backup = list.body.backups.find((b: { id: string }) => b.id === id);
    if (backup && backup.status !== 'running') return backup;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`backup ${id} did not finish`);
}

describe.skipIf(onPostgres)('backup → restore drill', { timeout: 180_000 }, () => {
  it('restores every row and the same bytes of a ratified standard, without sessions', async () => {
    const docxPath = `/api/job-standards/${ministry.standardId}/document.docx`;
    const original = await ministry.admin.download(docxPath);
    expect(original.status).toBe(200);

    const started = await superadmin.post('/api/admin/backups');
    expect(started.status).toBe(202);
    expect(started.body.backup.status).toBe('running');
    const backup = await finishedBackup(started.body.backup.id);
    expect(backup).toMatchObject({ status: 'done', trigger: 'manual', error: null });
    expect(backup.migration).toBe(knownMigrations().at(-1)!.tag);
    // Nothing has written since the snapshot: the source's counts now are the snapshot's.
    const source = await countTables(runQueryOn(server.database.db));
    expect(source['public.sessions']).toBeGreaterThan(0);

    const download = await superadmin.download(`/api/admin/backups/${backup.id}/download`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/gzip');
    const file = path.join(root, 'downloaded.tar.gz');
    fs.writeFileSync(file, download.bytes);
    const manifest = await readBackupManifest(file);
    expect(manifest.tables).toEqual(source);
    expect(backup.rows).toBe(Object.values(source).reduce((sum, n) => sum + n, 0));

    const restoredDir = path.join(root, 'restored');
    const summary = await restoreBackup(file, restoredDir);
    expect(summary.tables).toEqual({ ...source, 'public.sessions': 0 });

    // The restored data dir serves the same standard document, byte for byte; old sessions are gone.
    const restored = await startTestServer(
      { SKJ_DATA_DIR: restoredDir },
      {
        database: (await prepareDatabase(loadConfig({ SKJ_DATA_DIR: restoredDir, SKJ_DEMO: '0' }))).database,
      },
    );
    try {
      const reopened = await countTables(runQueryOn(restored.database.db));
      expect(reopened).toEqual({ ...source, 'public.sessions': 0 });
      const oldSession = await restored.client().get('/api/auth/me');
      expect(oldSession.status).toBe(401);
      const staleCookie = restored.client();
      staleCookie.cookie = ministry.admin.cookie;
      expect((await staleCookie.get('/api/auth/me')).status).toBe(401);
      const admin = await restored.as('superadmin');
      const again = await admin.download(docxPath);
      expect(again.status).toBe(200);
      expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(original.bytes))).toBe(0);
    } finally {
      await restored.close();
    }
  });

  it('audits starting and downloading a backup, and keeps only the newest SKJ_BACKUP_KEEP', async () => {
    // What a backup killed mid-way left behind goes with the next backup.
    const backupDir = path.join(dataDir, 'backups');
    fs.mkdirSync(path.join(backupDir, 'skj-backup-20200101-000000.tar.gz.staging', 'pglite'), {
      recursive: true,
    });
    fs.writeFileSync(path.join(backupDir, 'skj-backup-20200101-000000.tar.gz.partial'), 'half');
    const ids: string[] = [];
    for (let k = 0; k < 3; k++) {
      const started = await superadmin.post('/api/admin/backups');
      expect(started.status).toBe(202);
      ids.push((await finishedBackup(started.body.backup.id)).id);
    }
    const list = await superadmin.get('/api/admin/backups');
    const files = list.body.backups
      .filter((b: { status: string }) => b.status === 'done')
      .map((b: { id: string }) => b.id);
    expect(files).toHaveLength(2);
    expect(files).toContain(ids[2]);
    expect(files).not.toContain(ids[0]);
    expect(fs.readdirSync(backupDir).sort()).toEqual([...files].sort());
    expect(list.body.settings).toMatchObject({
      available: true,
      keep: 2,
      directory: path.join(dataDir, 'backups'),
    });
    expect(list.body.permissions).toMatchObject({ create: true, download: true });
    const gone = await superadmin.download(`/api/admin/backups/${ids[0]}/download`);
    expect(gone.status).toBe(404);
    expect(JSON.parse(Buffer.from(gone.bytes).toString()).error.code).toBe('BACKUP_NOT_FOUND');
    const audit = await server.database.pglite!.query<{ action: string; entity_id: string; user_id: string }>(
      `select action, entity_id, user_id from audit_log where entity = 'backup' order by id`,
    );
    const created = audit.rows.filter((row) => row.action === 'create').map((row) => row.entity_id);
    expect(created).toEqual(expect.arrayContaining(ids));
    expect(audit.rows.some((row) => row.action === 'download')).toBe(true);
    expect(audit.rows.every((row) => row.user_id)).toBe(true);
  });

  it('runs the nightly backup without a user, audited, and skips a run while another backup runs', async () => {
    const lines: string[] = [];
    const schedule = new BackupSchedule(lifecycle.backups, { hour: 2, minute: 0 }, (line) =>
      lines.push(line),
    );
    await schedule.runOnce();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Pencadangan terjadwal skj-backup-.* selesai\.$/);
    const list = await superadmin.get('/api/admin/backups');
    const newest = list.body.backups[0];
    expect(newest).toMatchObject({ status: 'done', trigger: 'schedule' });
    const audit = await server.database.pglite!.query<{ user_id: string | null; diff: unknown }>(
      `select user_id, diff from audit_log where entity = 'backup' and entity_id = $1`,
      [newest.id],
    );
    expect(audit.rows).toEqual([{ user_id: null, diff: { trigger: 'schedule' } }]);

    const manual = await superadmin.post('/api/admin/backups');
    expect(manual.status).toBe(202);
    const busy = await superadmin.post('/api/admin/backups');
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('BACKUP_IN_PROGRESS');
    await schedule.runOnce();
    expect(lines[1]).toContain('dilewati');
    await finishedBackup(manual.body.backup.id);
  });

  it('lets only the superadmin list, start and download backups', async () => {
    for (const client of [ministry.admin, await server.as('ratifier')]) {
      const list = await client.get('/api/admin/backups');
      expect(list.status).toBe(403);
      expect(list.body.error.code).toBe('FORBIDDEN');
      const start = await client.post('/api/admin/backups');
      expect(start.status).toBe(403);
    }
    expect((await server.client().post('/api/admin/backups')).status).toBe(401);
  });
});

/** A backup-shaped file whose manifest says what `change` makes it say. */
async function fakeBackup(file: string, change: (manifest: BackupManifest) => void) {
  const manifest: BackupManifest = {
    format: 'skj-backup',
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    appVersion: '9.9.9',
    engine: { pglite: '9.9.9', postgresMajor: 18 },
    migration: { tag: '0011_background_job_expired', createdAt: knownMigrations().at(-1)!.when },
    tables: {},
  };
  change(manifest);
  const json = Buffer.from(JSON.stringify(manifest));
  const parts = [
    tarHeader({ name: 'manifest.json', type: 'file', size: json.length, mode: 0o644, mtime: new Date() }),
    json,
    tarPadding(json.length),
    tarEnd,
  ];
  await pipeline(Readable.from(parts), zlib.createGzip(), fs.createWriteStream(file));
}

describe.skipIf(onPostgres)('restore refuses', { timeout: 120_000 }, () => {
  it('a non-empty data dir, before writing anything', async () => {
    const target = fs.mkdtempSync(path.join(root, 'busy-'));
    fs.writeFileSync(path.join(target, 'keep.txt'), 'data');
    const file = path.join(root, 'newer.tar.gz');
    await fakeBackup(file, () => {});
    await expect(restoreBackup(file, target)).rejects.toMatchObject({ code: 'DATA_DIR_NOT_EMPTY' });
    expect(fs.readdirSync(target)).toEqual(['keep.txt']);
  });

  it('a backup of a newer schema than this app knows', async () => {
    const file = path.join(root, 'future.tar.gz');
    await fakeBackup(file, (m) => {
      m.migration = { tag: null, createdAt: knownMigrations().at(-1)!.when + 1000 };
    });
    const target = path.join(root, 'future-target');
    await expect(restoreBackup(file, target)).rejects.toMatchObject({ code: 'BACKUP_NEWER_SCHEMA' });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('a file that is not a backup, and a truncated one, leaving the dir empty', async () => {
    const notBackup = path.join(root, 'not-a-backup.tar.gz');
    fs.writeFileSync(notBackup, 'hello');
    await expect(restoreBackup(notBackup, path.join(root, 'x1'))).rejects.toMatchObject({
      code: 'BACKUP_INVALID',
    });
    const started = await superadmin.post('/api/admin/backups');
    const backup = await finishedBackup(started.body.backup.id);
    const whole = fs.readFileSync(path.join(dataDir, 'backups', backup.id));
    const truncated = path.join(root, 'truncated.tar.gz');
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const target = path.join(root, 'truncated-target');
    await expect(restoreBackup(truncated, target)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    expect(fs.readdirSync(target)).toEqual([]);
  });
});
