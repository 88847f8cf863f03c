/**
 * Backups of the embedded database taken by this server, one at a time, in the background. The
 * files in the backup dir are the record (each carries its manifest), so the list survives a
 * restart and a restore never shows backups that are not there; the running backup and recent
 * failures are kept in memory. After each backup only the newest `keep` files stay.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readBackupManifest } from '../db/backup/restore-backup';
import { writeBackup } from '../db/backup/write-backup';
import type { Database, Db } from '../db/client';
import { DomainError } from '../domain/errors';

/** `cli`: written by `skj backup` on a stopped server. */
export type BackupTrigger = 'manual' | 'schedule' | 'cli';
export type BackupStatus = 'running' | 'done' | 'failed';

export interface BackupView {
  id: string;
  status: BackupStatus;
  trigger: BackupTrigger | null;
  createdAt: string;
  finishedAt: string | null;
  sizeBytes: number | null;
  /** The schema's newest migration in the backup. */
  migration: string | null;
  /** Rows in all tables at the snapshot. */
  rows: number | null;
  error: string | null;
}

const namePattern = /^skj-backup-\d{8}-\d{6}(-\d{1,3})?\.tar\.gz$/;

function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export interface BackupSettings {
  dir: string;
  keep: number;
}

interface Running {
  view: BackupView;
  done: Promise<void>;
  abort: AbortController;
}

export class BackupRunner {
  private running: Running | null = null;
  private readonly failures: BackupView[] = [];

  constructor(
    private readonly database: Database,
    readonly settings: BackupSettings,
  ) {}

  get db(): Db {
    return this.database.db;
  }

  /** Online backups copy PGlite's data dir; a PostgreSQL server is backed up with its own tools. */
  get available(): boolean {
    return this.database.kind === 'pglite' && Boolean(this.database.pglite && this.database.dataDir);
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /** The file of a finished backup, or null for an unknown or malformed id. */
  filePath(id: string): string | null {
    if (!namePattern.test(id)) return null;
    const file = path.join(this.settings.dir, id);
    return fs.existsSync(file) ? file : null;
  }

  private newId(now: Date): string {
    const base = `skj-backup-${fileStamp(now)}`;
    for (let n = 1; ; n++) {
      const id = n === 1 ? `${base}.tar.gz` : `${base}-${n}.tar.gz`;
      if (!fs.existsSync(path.join(this.settings.dir, id))) return id;
    }
  }

  /**
   * Starts a backup and returns at once; `beforeSnapshot` runs first (the audit entry, which the
   * backup then contains). BACKUP_IN_PROGRESS when one is running.
   */
  start(trigger: BackupTrigger, beforeSnapshot: (id: string) => Promise<void>): BackupView {
    if (!this.available || !this.database.pglite || !this.database.dataDir) {
      throw new DomainError(
        'BACKUP_NOT_AVAILABLE',
        'Cadangan daring hanya untuk basis data tertanam (PGlite). Server PostgreSQL dicadangkan dengan ' +
          'pg_dump atau pemulihan titik-waktu (PITR) miliknya sendiri.',
      );
    }
    if (this.running) {
      throw new DomainError(
        'BACKUP_IN_PROGRESS',
        'Pencadangan lain sedang berjalan. Tunggu hingga selesai.',
        {
          id: this.running.view.id,
        },
      );
    }
    const now = new Date();
    fs.mkdirSync(this.settings.dir, { recursive: true });
    this.removeLeftovers();
    const view: BackupView = {
      id: this.newId(now),
      status: 'running',
      trigger,
      createdAt: now.toISOString(),
      finishedAt: null,
      sizeBytes: null,
      migration: null,
      rows: null,
      error: null,
    };
    const abort = new AbortController();
    const source = { pglite: this.database.pglite, dataDir: this.database.dataDir };
    const done = (async () => {
      try {
        await beforeSnapshot(view.id);
        await writeBackup(source, path.join(this.settings.dir, view.id), {
          signal: abort.signal,
          now,
          trigger,
        });
        await this.prune();
      } catch (error) {
        const message = abort.signal.aborted
          ? 'Server berhenti sebelum pencadangan selesai.'
          : error instanceof Error
            ? error.message
            : String(error);
        console.error(`backup ${view.id} failed:`, error);
        this.failures.unshift({
          ...view,
          status: 'failed',
          finishedAt: new Date().toISOString(),
          error: message,
        });
        this.failures.splice(10);
      } finally {
        this.running = null;
      }
    })();
    this.running = { view, done, abort };
    return view;
  }

  /** What a backup killed mid-way (process gone) left behind: its staging copy and partial file. */
  private removeLeftovers() {
    for (const name of fs.readdirSync(this.settings.dir)) {
      const base = name.replace(/\.(staging|partial)$/, '');
      if (base !== name && namePattern.test(base)) {
        fs.rmSync(path.join(this.settings.dir, name), { recursive: true, force: true });
      }
    }
  }

  /** Resolves when no backup runs (at once when none does). */
  async whenIdle(): Promise<void> {
    await this.running?.done;
  }

  /** Stops a running backup; its partial files are removed. */
  async abort(): Promise<void> {
    this.running?.abort.abort();
    await this.whenIdle();
  }

  private async finishedFiles(): Promise<string[]> {
    const names = await fs.promises.readdir(this.settings.dir).catch(() => [] as string[]);
    return names.filter((name) => namePattern.test(name)).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  }

  /** Keeps the newest `keep` backups. */
  async prune(): Promise<string[]> {
    const removed = (await this.finishedFiles()).slice(this.settings.keep);
    for (const name of removed) await fs.promises.rm(path.join(this.settings.dir, name), { force: true });
    return removed;
  }

  /** The running backup, recent failures and every backup file, newest first. */
  async list(): Promise<BackupView[]> {
    const views: BackupView[] = [];
    for (const name of await this.finishedFiles()) {
      const file = path.join(this.settings.dir, name);
      const [stat, manifest] = await Promise.all([
        // Pruning (after a backup finishes) may remove a file between the listing and here.
        fs.promises.stat(file).catch(() => null),
        readBackupManifest(file).catch(() => null),
      ]);
      if (!stat) continue;
      views.push({
        id: name,
        status: manifest ? 'done' : 'failed',
        trigger: manifest?.trigger ?? null,
        createdAt: manifest?.createdAt ?? stat.mtime.toISOString(),
        finishedAt: stat.mtime.toISOString(),
        sizeBytes: stat.size,
        migration: manifest?.migration.tag ?? null,
        rows: manifest ? Object.values(manifest.tables).reduce((sum, n) => sum + n, 0) : null,
        error: manifest ? null : 'Berkas cadangan tidak terbaca.',
      });
    }
    const all = [...(this.running ? [this.running.view] : []), ...this.failures, ...views];
    return all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }
}
