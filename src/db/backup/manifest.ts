/**
 * What a backup says about itself (`manifest.json`, the archive's first entry), and the facts it
 * is built from: the schema's migration, every table's row count. A restore reads it before it
 * writes anything and checks the restored copy against the counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';
import { migrationsFolder } from '../migrate';

export const backupFormat = 'skj-backup';
export const backupFormatVersion = 1;

/** Tables whose rows a restore drops: signed-in sessions belong to the old server. */
export const tablesNotRestored = ['public.sessions'] as const;

export interface BackupManifest {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  /** Embedded engine of the copy: a physical copy only opens with the same PostgreSQL major. */
  engine: { pglite: string; postgresMajor: number };
  /** The newest migration applied in the copy (drizzle's journal tag and timestamp). */
  migration: { tag: string | null; createdAt: number };
  /** Rows per table (`schema.table`) at the moment of the snapshot. */
  tables: Record<string, number>;
}

/** Runs one SQL text and returns its rows: lets the same code read PGlite's raw handle and a Db. */
export type RunQuery = <T>(text: string) => Promise<T[]>;

export function runQueryOn(db: Db): RunQuery {
  return (text) => queryRows(db, sql.raw(text));
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function appVersion(): string {
  return readJson<{ version: string }>(path.join(root, 'package.json')).version;
}

export function pgliteVersion(): string {
  return readJson<{ version: string }>(path.join(root, 'node_modules/@electric-sql/pglite/package.json')).version;
}

export interface JournalEntry {
  tag: string;
  when: number;
}

/** The migrations this app knows, oldest first (drizzle-kit's journal). */
export function knownMigrations(): JournalEntry[] {
  return readJson<{ entries: JournalEntry[] }>(path.join(migrationsFolder, 'meta', '_journal.json')).entries;
}

/** The newest applied migration: drizzle records each one's journal timestamp as `created_at`. */
export async function appliedMigration(run: RunQuery): Promise<BackupManifest['migration']> {
  const exists = await run<{ t: string | null }>(`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!exists[0]?.t) return { tag: null, createdAt: 0 };
  const [row] = await run<{ created_at: string | number | null }>(
    'select max(created_at)::text as created_at from drizzle.__drizzle_migrations',
  );
  const createdAt = Number(row?.created_at ?? 0);
  return { tag: knownMigrations().find((m) => m.when === createdAt)?.tag ?? null, createdAt };
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
