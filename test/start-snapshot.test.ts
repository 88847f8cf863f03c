/**
 * The start-up snapshot: a first start on an empty data dir copies it (migrated, reference data),
 * then seeds the demo with this data dir's own password or prints a setup token as always; a
 * stale, missing or disabled snapshot leaves the normal path (initdb, migrations) to run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { queryRows } from '../src/db/client';
import { appliedMigration, knownMigrations } from '../src/db/migrate';
import { readStoredDemoPassword } from '../src/db/seed/demo-password';
import { buildSnapshot, isSnapshotCurrent, snapshotKey } from '../src/db/snapshot';
import { type PreparedDatabase, prepareDatabase } from '../src/server';
import { verifyPassword } from '../src/services/passwords';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-snapshot-'));
const snapshotDir = path.join(root, 'snapshot');
let dataDirs = 0;
const newDataDir = () => path.join(root, `data-${++dataDirs}`);

beforeAll(async () => {
  expect(await buildSnapshot(snapshotDir)).toBe(true);
}, 120_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function start(dataDir: string, env: Record<string, string> = {}, dir = snapshotDir) {
  return prepareDatabase(loadConfig({ SKJ_DATA_DIR: dataDir, SKJ_LOG: '0', ...env }), { snapshotDir: dir });
}
async function stop(prepared: PreparedDatabase) {
  await prepared.database.close();
  prepared.lock?.release();
}
async function count(prepared: PreparedDatabase, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    prepared.database.db,
    sql.raw(`select count(*)::int as n from ${table}`),
  );
  return row!.n;
}

describe('building the snapshot', () => {
  it('is current after the build, is not rebuilt while current, and is rebuilt once stale', async () => {
    expect(isSnapshotCurrent(snapshotDir)).toBe(true);
    expect(await buildSnapshot(snapshotDir)).toBe(false);
    const manifestFile = path.join(snapshotDir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, key: 'an-older-key' }));
    expect(isSnapshotCurrent(snapshotDir)).toBe(false);
    expect(await buildSnapshot(snapshotDir)).toBe(true);
    expect(isSnapshotCurrent(snapshotDir)).toBe(true);
  }, 120_000);

  it('has a key that changes with any migration, seed or reference file', () => {
    const dir = fs.mkdtempSync(path.join(root, 'sources-'));
    const files = ['0001_a.sql', 'reference.json'].map((name) => path.join(dir, name));
    for (const file of files) fs.writeFileSync(file, 'create table a (id int);');
    const before = snapshotKey(files);
    expect(snapshotKey(files)).toBe(before);
    fs.appendFileSync(files[1]!, ' ');
    expect(snapshotKey(files)).not.toBe(before);
    fs.writeFileSync(path.join(dir, '0002_b.sql'), 'alter table a add b int;');
    expect(snapshotKey([...files, path.join(dir, '0002_b.sql')])).not.toBe(snapshotKey(files));
  });
});

describe('a first start from the snapshot', () => {
  it('is migrated, has the reference data, and seeds the demo with a password of its own', async () => {
    const dataDir = newDataDir();
    const first = await start(dataDir);
    try {
      expect(first.snapshot).toBe('restored');
      const applied = await appliedMigration((text) => queryRows(first.database.db, sql.raw(text)));
      expect(applied.tag).toBe(knownMigrations().at(-1)!.tag);
      expect(await count(first, 'proficiency_levels')).toBe(5);
      expect(await count(first, 'competencies')).toBeGreaterThan(5);
      expect(first.demo).toMatchObject({ loaded: true, source: 'generated' });
      const password = first.demo!.password!;
      expect(readStoredDemoPassword(dataDir)).toBe(password);
      const [admin] = await queryRows<{ password_hash: string }>(
        first.database.db,
        sql`select password_hash from users where username = 'superadmin'`,
      );
      expect(await verifyPassword(admin!.password_hash, password)).toBe(true);
      expect(first.setup).toBeNull();
    } finally {
      await stop(first);
    }
    // Two data dirs from the same snapshot do not share the demo password.
    const otherDir = newDataDir();
    const other = await start(otherDir);
    try {
      expect(other.snapshot).toBe('restored');
      expect(other.demo!.password).not.toBe(readStoredDemoPassword(dataDir));
    } finally {
      await stop(other);
    }
    // The next start opens the data dir as it is.
    const again = await start(dataDir);
    try {
      expect(again.snapshot).toBe('not-empty');
      expect(again.demo).toMatchObject({ loaded: false });
    } finally {
      await stop(again);
    }
  }, 120_000);

  it('without the demo, holds no account and prints a setup token', async () => {
    const prepared = await start(newDataDir(), { SKJ_DEMO: '0' });
    try {
      expect(prepared.snapshot).toBe('restored');
      expect(await count(prepared, 'users')).toBe(0);
      expect(await count(prepared, 'agencies')).toBe(0);
      expect(prepared.setup?.token).toBeTruthy();
      expect(prepared.demo).toBeNull();
    } finally {
      await stop(prepared);
    }
  }, 120_000);
});

describe('falling back to the normal start', () => {
  it('runs initdb and the migrations when the snapshot is stale, missing or switched off', async () => {
    const staleDir = path.join(root, 'stale-snapshot');
    fs.cpSync(snapshotDir, staleDir, { recursive: true });
    const manifestFile = path.join(staleDir, 'manifest.json');
    fs.writeFileSync(
      manifestFile,
      JSON.stringify({ ...JSON.parse(fs.readFileSync(manifestFile, 'utf8')), key: 'stale' }),
    );
    for (const [expected, env, dir] of [
      ['stale', {}, staleDir],
      ['missing', {}, path.join(root, 'no-snapshot-here')],
      ['off', { SKJ_DB_SNAPSHOT: '0' }, snapshotDir],
    ] as const) {
      const prepared = await start(newDataDir(), env, dir);
      try {
        expect(prepared.snapshot).toBe(expected);
        const applied = await appliedMigration((text) => queryRows(prepared.database.db, sql.raw(text)));
        expect(applied.tag).toBe(knownMigrations().at(-1)!.tag);
        expect(await count(prepared, 'proficiency_levels')).toBe(5);
        expect(prepared.demo).toMatchObject({ loaded: true });
      } finally {
        await stop(prepared);
      }
    }
  }, 240_000);
});
