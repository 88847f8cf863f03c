/**
 * Search over 2,000 synthetic ratified technical entries (plus the official dictionaries):
 * latency of `GET /api/competencies` as the service runs it (full-text + trigram + snippets),
 * 200 varied queries, p50/p95/max. PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set.
 */
import type { Database } from '../src/db/client';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import {
  insertDictionary,
  insertEntries,
  updateVersionStatus,
} from '../src/db/repositories/technical-dictionary-repository';
import { agencies, users } from '../src/db/schema';
import { seedDemoData } from '../src/db/seed/demo-seed';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { searchCompetencies } from '../src/services/search-competencies';
import { generateEntries, searchQueries } from './support/generate-dictionary';
import { makeTempDir, removeDir } from './support/process';
import { median, percentile } from './support/stats';
import type { BenchResult, Figure } from './types';

export const name = 'dictionary-search';
export const description = 'competency search over 2,000 ratified technical entries, 200 varied queries';

const entryCount = 2000;

async function measure(database: Database, label: string): Promise<{ figures: Figure[]; samples: number[] }> {
  const { db } = database;
  const [agency] = await db.select({ id: agencies.id }).from(agencies).limit(1);
  const [user] = await db.select({ id: users.id }).from(users).limit(1);
  const entries = generateEntries(entryCount);
  const seedStarted = performance.now();
  await db.transaction(async (tx) => {
    const created = await insertDictionary(tx, {
      agencyId: agency!.id,
      code: `BENCH-${Date.now()}`,
      name: 'Kamus Teknis Sintetis',
      createdBy: user!.id,
    });
    await insertEntries(tx, created.versionId, entries);
    await updateVersionStatus(tx, created.versionId, 'ratified', { ratifiedBy: user!.id, at: new Date() });
  });
  const seedMs = performance.now() - seedStarted;
  const ctx = {
    db,
    actor: { userId: user!.id, username: 'bench', role: 'drafter' as const, agencyId: agency!.id },
  };
  const queries = searchQueries(entries);
  for (const q of queries.slice(0, 20)) await searchCompetencies(ctx, { q, limit: 30 }); // warm up
  const samples: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const started = performance.now();
    const items = await searchCompetencies(ctx, { q, limit: 30 });
    samples.push(performance.now() - started);
    if (items.length > 0) hits++;
  }
  return {
    samples,
    figures: [
      { label: `${label}: seed ${entryCount} entries × 5 levels`, value: Math.round(seedMs), unit: 'ms' },
      { label: `${label}: search p50`, value: median(samples), unit: 'ms' },
      { label: `${label}: search p95`, value: percentile(samples, 95), unit: 'ms' },
      { label: `${label}: search max`, value: Math.max(...samples), unit: 'ms' },
      { label: `${label}: queries with results`, value: hits, unit: `of ${queries.length}` },
    ],
  };
}

async function prepare(database: Database) {
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  await seedDemoData(database.db, 'bench-password');
}

export async function run(): Promise<BenchResult> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const samples: Record<string, number[]> = {};
  const dir = makeTempDir('skj-bench-search-');
  const pglite = await openDatabase({ dataDir: dir });
  try {
    await prepare(pglite);
    const result = await measure(pglite, 'PGlite');
    figures.push(...result.figures);
    samples.pglite = result.samples;
  } finally {
    await pglite.close();
    removeDir(dir);
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const { default: pg } = await import('pg');
    const dbName = `skj_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const target = new URL(url);
    target.pathname = `/${dbName}`;
    const postgres = await openDatabase({ url: target.toString() });
    try {
      await prepare(postgres);
      const result = await measure(postgres, 'PostgreSQL');
      figures.push(...result.figures);
      samples.postgres = result.samples;
    } finally {
      await postgres.close();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  } else {
    notes.push('Set BENCH_DATABASE_URL=postgres://… to measure a real PostgreSQL server side by side.');
  }
  notes.push(
    'In-process service calls (no HTTP): full-text (indonesian) + trigram on names + ts_headline snippets.',
  );
  return { figures, notes, samples };
}
