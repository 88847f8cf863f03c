/**
 * What a backup says about itself (`manifest.json`, the archive's first entry), and the facts it
 * is built from: the schema's migration, every table's row count. A restore reads it before it
 * writes anything and checks the restored copy against the counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from '../../app-root';
import type { RunQuery } from '../client';
import type { AppliedMigration } from '../migrate';

export { type RunQuery, runQueryOn } from '../client';
export { appliedMigration, knownMigrations } from '../migrate';

export const backupFormat = 'skj-backup';
export const backupFormatVersion = 1;

/** Tables whose rows a restore drops: signed-in sessions belong to the old server. */
export const tablesNotRestored = ['public.sessions'] as const;

export interface BackupManifest {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  /** Who asked: the API, the server's schedule, or the CLI on a stopped server. */
  trigger?: 'manual' | 'schedule' | 'cli';
  appVersion: string;
  /** Embedded engine of the copy: a physical copy only opens with the same PostgreSQL major. */
  engine: { pglite: string; postgresMajor: number };
  /** The newest migration applied in the copy (drizzle's journal tag and timestamp). */
  migration: AppliedMigration;
  /** Rows per table (`schema.table`) at the moment of the snapshot. */
  tables: Record<string, number>;
}

const root = appRoot;

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function appVersion(): string {
  return readJson<{ version: string }>(path.join(root, 'package.json')).version;
}

export function pgliteVersion(): string {
  return readJson<{ version: string }>(path.join(root, 'node_modules/@electric-sql/pglite/package.json'))
    .version;
}

/** Exact row counts of every table outside the system schemas, by `schema.table`. */
export async function countTables(run: RunQuery): Promise<Record<string, number>> {
  const tables = await run<{ schemaname: string; tablename: string }>(
    `select schemaname, tablename from pg_tables
     where schemaname not in ('pg_catalog', 'information_schema') order by schemaname, tablename`,
  );
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const name = `"${t.schemaname.replaceAll('"', '""')}"."${t.tablename.replaceAll('"', '""')}"`;
    const [row] = await run<{ n: string }>(`select count(*)::text as n from ${name}`);
    counts[`${t.schemaname}.${t.tablename}`] = Number(row?.n ?? 0);
  }
  return counts;
}

export async function postgresMajor(run: RunQuery): Promise<number> {
  const [row] = await run<{ v: string }>(`select current_setting('server_version_num') as v`);
  return Math.floor(Number(row?.v) / 10000);
}
