import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client';
import { lockDataDir } from '../src/db/lock';
import { agencies, competencies, competencyLevels, jobLevels, users } from '../src/db/schema';
import { isDatabaseEmpty } from '../src/db/seed/demo-seed';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { DomainError } from '../src/domain/errors';
import { openTestDatabase } from './support/test-database';

describe('data dir lock', () => {
  it('refuses a second holder with a clear Indonesian message, and frees the dir on release', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lock-'));
    const first = lockDataDir(dir);
    let refused: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('DATA_DIR_LOCKED');
    expect((refused as DomainError).message).toMatch(/sedang dipakai oleh proses lain/);
    first.release();
    const second = lockDataDir(dir);
    second.release();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes over the lock of a process that no longer exists', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lock-'));
    fs.writeFileSync(path.join(dir, '.skj.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('data dir lock: stale locks and copies', () => {
  const lockIn = (dir: string, owner: Record<string, unknown>) =>
    fs.writeFileSync(path.join(dir, '.skj.lock'), JSON.stringify(owner));

  it('names a file copy of a running data dir as such and says how to proceed', () => {
    const original = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lock-orig-'));
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lock-copy-'));
    const held = lockDataDir(original);
    fs.copyFileSync(held.path, path.join(copy, '.skj.lock'));
    let refused: DomainError | undefined;
    try {
      lockDataDir(copy);
    } catch (error) {
      refused = error as DomainError;
    }
    expect(refused?.code).toBe('DATA_DIR_LOCKED');
    expect(refused?.message).toContain(`salinan berkas dari ${fs.realpathSync(original)}`);
    expect(refused?.message).toContain('skj restore');
    held.release();
    // The original has stopped, but the copy was still taken from a running server: still refused.
    expect(() => lockDataDir(copy)).toThrow(/salinan berkas dari/);
    fs.rmSync(original, { recursive: true, force: true });
    fs.rmSync(copy, { recursive: true, force: true });
  });

  it('takes over a lock whose PID now belongs to another process (started at another tick)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lock-'));
    lockIn(dir, { pid: process.pid, host: os.hostname(), startTick: '1', dataDir: fs.realpathSync(dir) });
    const lock = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lock.path, 'utf8')).startTick).not.toBe('1');
    lock.release();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes over a lock written on another host, with a warning about copies', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lock-'));
    lockIn(dir, { pid: process.pid, host: 'server-lama', dataDir: '/srv/skj/data' });
    const warnings: string[] = [];
    const lock = lockDataDir(dir, { warn: (message) => warnings.push(message) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('ditulis di host server-lama');
    expect(JSON.parse(fs.readFileSync(lock.path, 'utf8')).host).toBe(os.hostname());
    lock.release();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('seeding', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.close());

  const counts = async () => {
    const tables = { agencies, users, jobLevels, competencies, competencyLevels };
    const out: Record<string, number> = {};
    for (const [name, table] of Object.entries(tables)) {
      const [row] = await database.db.select({ n: count() }).from(table);
      out[name] = row!.n;
    }
    return out;
  };

  it('is idempotent: a restart re-seeds reference data without duplicating anything', async () => {
    const before = await counts();
    // 8 managerial + 1 socio-cultural + the mandatory regional technical competency, and the seven
    // of the demo's example technical dictionary (its own text of the mandatory one included)
    expect(before.competencies).toBe(17);
    expect(before.competencyLevels).toBe(85);
    await seedReferenceData(database.db);
    expect(await counts()).toEqual(before);
  });

  it('has the demo agencies, so the demo seed will not run again', async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    const names = (await database.db.select({ code: agencies.code }).from(agencies))
      .map((a) => a.code)
      .sort();
    expect(names).toEqual(['KAB-CONTOH', 'KOTA-CONTOH']);
  });
});
