/**
 * Operations on the benchmark province (ADR 0014): 50,000 civil servants, 5,000 positions with
 * ratified standards, 750,000 assessment rows imported through the real import. On PGlite:
 * - the online backup (`writeBackup`): how long the database is held for the copy, the whole
 *   backup, the file's size; PGlite's own `dumpDataDir('gzip')` beside it, the alternative;
 * - the restore into an empty data dir (unpack, open, count every table);
 * - `export-sql` (PGlite's pg_dump) and the dump's size;
 * - the liveness probe's answers over HTTP during the import and during the backup (PGlite runs
 *   on the event loop: a long statement delays every answer);
 * - with BENCH_DATABASE_URL, `psql -f` of the dump into a fresh database.
 * BENCH_PROVINCE_SCALE (default 1) scales people and positions down.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { loadConfig } from '../src/config';
import { exportSql } from '../src/db/backup/export-sql';
import { restoreBackup } from '../src/db/backup/restore-backup';
import { writeBackup } from '../src/db/backup/write-backup';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { seedDemoData } from '../src/db/seed/demo-seed';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { buildApp } from '../src/server';
import { ServerLifecycle } from '../src/server-lifecycle';
import { runImportJob } from './support/import-job';
import { probe } from './support/probe';
import { makeTempDir, removeDir } from './support/process';
import { median, percentile, round } from './support/stats';
import { assessmentCsv, generateProvince } from './talent';
import type { BenchResult, Figure } from './types';

export const name = 'operations';
export const description =
  'province: online backup, restore, export-sql (+ psql load), liveness during import and backup';

const execFileAsync = promisify(execFile);
const scale = Number(process.env.BENCH_PROVINCE_SCALE ?? 1);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const mib = (bytes: number) => round(bytes / 2 ** 20, 1);

/** Polls the liveness probe every 100 ms until stopped (`support/probe.ts`). */
function probeLiveness(url: string) {
  const sampler = probe(async () => {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.ok;
  }, 100);
  return { stop: async () => (await sampler.stop()).samples };
}

function probeFigures(label: string, samples: number[]): Figure[] {
  if (samples.length === 0) return [{ label: `${label}: liveness answers (count)`, value: 0, unit: '' }];
  return [
    { label: `${label}: liveness answers (count)`, value: samples.length, unit: '' },
    { label: `${label}: liveness median`, value: round(median(samples), 1), unit: 'ms' },
    { label: `${label}: liveness p99`, value: round(percentile(samples, 99), 1), unit: 'ms' },
    { label: `${label}: liveness max`, value: round(Math.max(...samples), 1), unit: 'ms' },
  ];
}

async function psqlLoad(dump: string, figures: Figure[], notes: string[]) {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    notes.push('Set BENCH_DATABASE_URL=postgres://… to time psql -f of the dump into PostgreSQL.');
    return;
  }
  const { default: pg } = await import('pg');
  const dbName = `skj_bench_operations_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const target = new URL(url);
  target.pathname = `/${dbName}`;
  try {
    const [, loadMs] = await timed(() =>
      execFileAsync(
        'psql',
        ['-v', 'ON_ERROR_STOP=1', '--single-transaction', '-q', '-d', target.toString(), '-f', dump],
        {
          maxBuffer: 64 * 1024 * 1024,
        },
      ),
    );
    figures.push({
      label: 'PostgreSQL: psql -f of the dump (one transaction)',
      value: round(loadMs / 1000, 1),
      unit: 's',
    });
    const size = await admin.query(`select pg_database_size('${dbName}') as bytes`);
    figures.push({
      label: 'PostgreSQL: database size after the load',
      value: mib(Number(size.rows[0].bytes)),
      unit: 'MiB',
    });
  } finally {
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

export async function run(): Promise<BenchResult> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const root = makeTempDir('skj-bench-operations-');
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
  const config = loadConfig({ SKJ_DATA_DIR: dataDir, SKJ_LOG: '0' });
  const lifecycle = new ServerLifecycle(database, config);
  const app = buildApp(database, config, { log: () => {}, webRoot: '/nonexistent', lifecycle });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const liveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health/live`;
  try {
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    await seedDemoData(database.db, 'bench-password');
    const province = await generateProvince(database);
    const csv = await assessmentCsv(database, province.agencyId);
    const importProbe = probeLiveness(liveUrl);
    const [imported, importMs] = await timed(() =>
      runImportJob(
        database,
        'assessmentImport',
        { agencyId: province.agencyId, userId: province.adminId, fileName: 'asesmen.csv', bytes: csv },
        lifecycle.jobs,
      ),
    );
    figures.push({
      label: `import ${imported.result.rows!.toLocaleString('en-US')} assessment rows`,
      value: round(importMs / 1000, 1),
      unit: 's',
    });
    figures.push(...probeFigures('during the import', await importProbe.stop()));
    const dataBytes = (await fs.promises.readdir(path.join(dataDir, 'pglite'), { recursive: true }))
      .map((name) => fs.statSync(path.join(dataDir, 'pglite', name)))
      .filter((stat) => stat.isFile())
      .reduce((sum, stat) => sum + stat.size, 0);
    figures.push({ label: 'PGlite data dir on disk', value: mib(dataBytes), unit: 'MiB' });

    const backupFile = path.join(root, 'province.tar.gz');
    const backupProbe = probeLiveness(liveUrl);
    const backup = await writeBackup({ pglite: database.pglite!, dataDir: database.dataDir! }, backupFile);
    figures.push(
      {
        label: 'backup: database held (checkpoint, counts, copy)',
        value: round(backup.heldMs / 1000, 2),
        unit: 's',
      },
      { label: 'backup: total (with tar + gzip)', value: round(backup.totalMs / 1000, 1), unit: 's' },
      { label: 'backup: file size', value: mib(backup.sizeBytes), unit: 'MiB' },
    );
    figures.push(...probeFigures('during the backup', await backupProbe.stop()));

    const dumpProbe = probeLiveness(liveUrl);
    const [pgliteDump, pgliteDumpMs] = await timed(() => database.pglite!.dumpDataDir('gzip'));
    const dumpSamples = await dumpProbe.stop();
    figures.push(
      {
        label: "alternative: PGlite dumpDataDir('gzip'), blocking",
        value: round(pgliteDumpMs / 1000, 1),
        unit: 's',
      },
      { label: "alternative: PGlite dumpDataDir('gzip') size", value: mib(pgliteDump.size), unit: 'MiB' },
      {
        label: "alternative: liveness max during dumpDataDir('gzip')",
        value: round(Math.max(0, ...dumpSamples), 1),
        unit: 'ms',
      },
    );

    const [restored, restoreMs] = await timed(() => restoreBackup(backupFile, path.join(root, 'restored')));
    const rows = Object.values(restored.tables).reduce((sum, n) => sum + n, 0);
    figures.push({
      label: `restore into an empty dir (unpack, open, count ${rows.toLocaleString('en-US')} rows)`,
      value: round(restoreMs / 1000, 1),
      unit: 's',
    });

    const dump = path.join(root, 'province.sql');
    const exportProbe = probeLiveness(liveUrl);
    const [exported, exportMs] = await timed(() => exportSql(database.pglite!, dump));
    const exportSamples = await exportProbe.stop();
    figures.push(
      { label: 'export-sql (pg_dump, INSERTs of 1,000 rows)', value: round(exportMs / 1000, 1), unit: 's' },
      { label: 'export-sql: dump size', value: mib(exported.sizeBytes), unit: 'MiB' },
      {
        label: 'export-sql: liveness max meanwhile (pg_dump runs on the event loop)',
        value: round(Math.max(0, ...exportSamples), 1),
        unit: 'ms',
      },
    );
    await psqlLoad(dump, figures, notes);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await lifecycle.jobs.stop(Date.now());
    await database.close();
    removeDir(root);
  }
  notes.push(`Scale ${scale}. Liveness polled over HTTP every 100 ms from the same process.`);
  return { figures, notes };
}
