/**
 * A plain SQL dump of the embedded database with PGlite's own pg_dump (@electric-sql/pglite-tools,
 * pinned together with PGlite: ADR 0014), for loading into PostgreSQL 15+ with
 * `psql -v ON_ERROR_STOP=1 -f dump.sql`.
 *
 * pg_dump here always writes INSERTs (the wrapper adds `--inserts`); `--rows-per-insert` makes
 * them multi-row, which loads several times faster than one row per statement. Objects get no
 * owner and no grants, so whoever loads the file owns them. Signed-in sessions are not exported.
 * pg_dump 18 writes `SET transaction_timeout`, a PostgreSQL 17 setting; that line is dropped so
 * the file loads on 15 and 16 without an error.
 */
import fs from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { appliedMigration, appVersion, type RunQuery, tablesNotRestored } from './manifest';

const rowsPerInsert = 1000;

/** Lines of pg_dump's preamble that an older PostgreSQL rejects. */
const newerSettings = /^SET transaction_timeout = .*;\n/m;

export interface SqlExport {
  file: string;
  sizeBytes: number;
  migration: string | null;
}

export async function exportSql(pglite: PGlite, file: string): Promise<SqlExport> {
  const run: RunQuery = async (text) => (await pglite.query(text)).rows as never[];
  const migration = await appliedMigration(run);
  const dump = await pgDump({
    pg: pglite,
    args: [
      `--rows-per-insert=${rowsPerInsert}`,
      '--no-owner',
      '--no-privileges',
      ...tablesNotRestored.map((table) => `--exclude-table-data=${table}`),
    ],
  });
  const text = (await dump.text()).replace(newerSettings, '');
  const header =
    `-- SKJ ${appVersion()}: ekspor SQL basis data tertanam (migrasi ${migration.tag ?? '-'}), ` +
    `${new Date().toISOString()}.\n` +
    '-- Muat ke PostgreSQL 15+ yang kosong: psql -v ON_ERROR_STOP=1 --single-transaction -d DB -f BERKAS\n\n';
  const partial = `${file}.partial`;
  await fs.promises.writeFile(partial, header + text, { mode: 0o600 });
  await fs.promises.rename(partial, file);
  const { size } = await fs.promises.stat(file);
  return { file, sizeBytes: size, migration: migration.tag };
}
