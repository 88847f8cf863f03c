/**
 * The start-up snapshot: a PGlite data dir that has run every migration and holds the reference
 * data, built once per install (`npm run build`) under `dist/db-snapshot/`. A first start on an
 * empty data dir copies it instead of running initdb and every migration (seconds saved on a slow
 * machine); the start then goes on as always (migrate: nothing left to do; reference data upsert;
 * the demo with this data dir's own random password; the setup token). Only migrations and
 * reference data are in it: nothing secret, nothing per install.
 *
 * Its key hashes the migrations, the reference data and its seed, and the PGlite version: a
 * snapshot with another key is stale and not used (the normal path runs), and the next build
 * replaces it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appRoot } from '../app-root';
import { openDatabase } from './client';
import { migrateDatabase, migrationsFolder } from './migrate';
import { seedReferenceData } from './seed/reference-seed';

const repoRoot = appRoot;

export const defaultSnapshotDir = path.join(repoRoot, 'dist', 'db-snapshot');

/** What the snapshot depends on: a change to any of these makes it stale. */
export function snapshotSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(migrationsFolder);
  walk(path.join(repoRoot, 'src', 'domain', 'reference'));
  files.push(
    path.join(repoRoot, 'src', 'domain', 'reference.ts'),
    path.join(repoRoot, 'src', 'db', 'seed', 'reference-seed.ts'),
    path.join(repoRoot, 'src', 'db', 'schema.ts'),
  );
  return files;
}

/** The installed PGlite's version (its package.json is not exported: found from its entry point). */
function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (dir !== path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === '@electric-sql/pglite') return json.version ?? 'unknown';
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

/** The key a fresh snapshot would have now. */
export function snapshotKey(sources: string[] = snapshotSources()): string {
  const hash = createHash('sha256');
  hash.update(`pglite ${pgliteVersion()}\n`);
  for (const file of sources) {
    hash.update(`${path.relative(repoRoot, file)}\n`);
    hash.update(fs.readFileSync(file));
    hash.update('\n');
  }
  return hash.digest('hex');
}

interface Manifest {
  key: string;
  createdAt: string;
}

const manifestName = 'manifest.json';
const dataName = 'pglite';

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, manifestName), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** Whether `dir` holds a complete snapshot with the current key. */
export function isSnapshotCurrent(dir: string, key = snapshotKey()): boolean {
  const manifest = readManifest(dir);
  return manifest?.key === key && fs.existsSync(path.join(dir, dataName, 'PG_VERSION'));
}

/**
 * Builds the snapshot into `dir` unless a current one is there. Built beside it and renamed into
 * place, so a reader never sees half of one. Returns whether it built.
 */
export async function buildSnapshot(dir: string = defaultSnapshotDir): Promise<boolean> {
  const key = snapshotKey();
  if (isSnapshotCurrent(dir, key)) return false;
  const parent = path.dirname(dir);
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, '.db-snapshot-'));
  try {
    const database = await openDatabase({ dataDir: path.join(staging, dataName) });
    try {
      await migrateDatabase(database);
      await seedReferenceData(database.db);
      await database.pglite!.exec('checkpoint');
    } finally {
      await database.close();
    }
    const manifest: Manifest = { key, createdAt: new Date().toISOString() };
    fs.writeFileSync(path.join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
    return true;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export type SnapshotOutcome = 'restored' | 'missing' | 'stale' | 'not-empty';

/**
 * Copies a current snapshot into `pgliteDir` when that dir does not exist yet (a first start).
 * Anything else leaves the normal path to do its work, and says why.
 */
export function restoreSnapshot(pgliteDir: string, dir: string = defaultSnapshotDir): SnapshotOutcome {
  if (fs.existsSync(pgliteDir) && fs.readdirSync(pgliteDir).length > 0) return 'not-empty';
  const manifest = readManifest(dir);
  if (!manifest || !fs.existsSync(path.join(dir, dataName, 'PG_VERSION'))) return 'missing';
  if (manifest.key !== snapshotKey()) return 'stale';
  const staging = `${pgliteDir}.restoring-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  // A clone where the file system can share the blocks (btrfs, XFS), a plain copy elsewhere.
  fs.cpSync(path.join(dir, dataName), staging, { recursive: true, mode: fs.constants.COPYFILE_FICLONE });
  fs.rmSync(pgliteDir, { recursive: true, force: true });
  fs.renameSync(staging, pgliteDir);
  return 'restored';
}
