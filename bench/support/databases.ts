/**
 * A benchmark's measurement on a fresh PGlite in a temporary data dir and, when
 * BENCH_DATABASE_URL is set, on a fresh database of that PostgreSQL server (dropped afterwards).
 */
import { type Database, openDatabase } from '../../src/db/client';
import { makeTempDir, removeDir } from './process';

export async function onEachDatabase<T>(
  prefix: string,
  /** `url`: the fresh PostgreSQL database's, for a client of its own (absent on PGlite). */
  measure: (database: Database, label: 'PGlite' | 'PostgreSQL', url?: string) => Promise<T>,
  options: { skipPglite?: boolean } = {},
): Promise<{ results: T[]; notes: string[] }> {
  const results: T[] = [];
  const notes: string[] = [];
  if (!options.skipPglite) {
    const dir = makeTempDir(`skj-bench-${prefix}-`);
    const pglite = await openDatabase({ dataDir: dir });
    try {
      results.push(await measure(pglite, 'PGlite'));
    } finally {
      await pglite.close();
      removeDir(dir);
    }
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    notes.push('Set BENCH_DATABASE_URL=postgres://… to measure a real PostgreSQL server side by side.');
    return { results, notes };
  }
  const { default: pg } = await import('pg');
  const dbName = `skj_bench_${prefix.replace(/\W/g, '_')}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const target = new URL(url);
  target.pathname = `/${dbName}`;
  const postgres = await openDatabase({ url: target.toString() });
  try {
    results.push(await measure(postgres, 'PostgreSQL', target.toString()));
  } finally {
    await postgres.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
  return { results, notes };
}
