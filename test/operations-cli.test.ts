/**
 * `skj backup`, `skj restore` and `skj export-sql` as an operator runs them: on a stopped data dir,
 * refusing (and saying what to do) while a server holds it, restoring only into an empty dir, and
 * an SQL export from a backup that PostgreSQL 15 can load.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackupManifest } from '../src/db/backup/restore-backup';
import { lockDataDir } from '../src/db/lock';
import { testTarget } from './support/database-url';
import { openTestDatabaseInDir } from './support/test-database';

/** The embedded database's own operations: the PostgreSQL suite has nothing to run here. */
const onPostgres = testTarget() === 'postgres';

const run = promisify(execFile);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-ops-cli-'));
const dataDir = path.join(root, 'data');

async function skj(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      env: { ...process.env, SKJ_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  if (onPostgres) return;
  const database = await openTestDatabaseInDir(dataDir);
  await database.close();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe.skipIf(onPostgres)('skj backup / restore / export-sql', { timeout: 180_000 }, () => {
  const backup = path.join(root, 'cadangan.tar.gz');

  it('backs up a stopped data dir, and refuses to overwrite a file', async () => {
    const result = await skj(['backup', '--out', backup]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Cadangan ditulis: ${backup}`);
    const manifest = await readBackupManifest(backup);
    expect(manifest.trigger).toBe('cli');
    expect(manifest.tables['public.agencies']).toBe(2);
    const again = await skj(['backup', '--out', backup]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('FILE_EXISTS');
  });

  it('says to use the server while one holds the data dir', async () => {
    const lock = lockDataDir(dataDir);
    try {
      const result = await skj(['backup', '--out', path.join(root, 'while-running.tar.gz')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('SERVER_RUNNING');
      expect(result.stderr).toContain('POST /api/admin/backups');
      expect(result.stderr).toContain('SKJ_BACKUP_DIR');
      const exported = await skj(['export-sql', '--out', path.join(root, 'while-running.sql')]);
      expect(exported.code).toBe(1);
      expect(exported.stderr).toContain('--from-backup');
      expect(fs.existsSync(path.join(root, 'while-running.tar.gz'))).toBe(false);
    } finally {
      lock.release();
    }
  });

  it('restores only into an empty data dir, with the counts checked', async () => {
    const busy = fs.mkdtempSync(path.join(root, 'busy-'));
    fs.writeFileSync(path.join(busy, 'x'), '');
    const refused = await skj(['restore', backup, '--data-dir', busy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('DATA_DIR_NOT_EMPTY');
    const target = path.join(root, 'restored');
    const restored = await skj(['restore', backup, '--data-dir', target]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('jumlah baris setiap tabel sama dengan catatan cadangan');
    expect(restored.stdout).toContain('Sesi masuk tidak ikut dipulihkan');
    expect(fs.existsSync(path.join(target, 'pglite', 'PG_VERSION'))).toBe(true);
    expect(fs.existsSync(path.join(target, '.skj.lock'))).toBe(false);
    const usage = await skj(['restore', backup]);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('--data-dir');
  });

  it('exports plain SQL from a backup, without sessions and without the PostgreSQL 17 setting', async () => {
    const out = path.join(root, 'dump.sql');
    const result = await skj(['export-sql', '--from-backup', backup, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('CREATE TABLE public.agencies');
    expect(text).toContain('INSERT INTO public.agencies');
    expect(text).toContain('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    expect(text).not.toContain('transaction_timeout');
    expect(text).not.toContain('INSERT INTO public.sessions');
    expect(text).not.toMatch(/OWNER TO/);
  });
});
