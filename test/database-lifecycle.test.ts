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
    // 8 managerial + 1 socio-cultural + the mandatory regional technical competency
    expect(before.competencies).toBe(10);
    expect(before.competencyLevels).toBe(50);
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
