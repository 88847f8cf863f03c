/**
 * PGlite has no lock between processes: two processes on one data dir lose committed writes
 * silently. Whoever opens the data dir takes this exclusive lockfile first and refuses to start
 * while another live process holds it.
 *
 * The lockfile says who holds it: PID, host, boot id and the process's start tick (Linux), and
 * the data dir it was taken on. That tells a live owner from a stale lock (owner gone, PID reused
 * after a reboot) and a file copy of a data dir from the dir itself: a copy taken while the
 * server ran carries the live lock, and its files need not be consistent (see ADR 0014).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../domain/errors';

export const lockFileName = '.skj.lock';

export interface DataDirLock {
  path: string;
  release(): void;
}

export interface LockOwner {
  pid?: number;
  host?: string;
  bootId?: string;
  /** Start tick of the owner process (Linux /proc/PID/stat field 22): a reused PID differs. */
  startTick?: string;
  dataDir?: string;
  startedAt?: string;
}

function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function bootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id');
}

function startTick(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  // Fields after "pid (comm)": state is field 3, starttime field 22.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function currentOwner(dataDir: string): LockOwner {
  return {
    pid: process.pid,
    host: os.hostname(),
    bootId: bootId(),
    startTick: startTick(process.pid),
    dataDir,
    startedAt: new Date().toISOString(),
  };
}

/** The lock's owner as written in the lockfile, or null when there is no (readable) lockfile. */
export function readLockOwner(dataDir: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, lockFileName), 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

/**
 * Whether the owner still runs. A lock written on another host cannot be checked from here and
 * counts as not running (see `lockDataDir` for the warning that goes with it).
 */
export function lockOwnerAlive(owner: LockOwner): boolean {
  if (!owner.pid) return false;
  if (owner.host && owner.host !== os.hostname()) return false;
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return false; // rebooted since
  if (!processAlive(owner.pid)) return false;
  const tick = startTick(owner.pid);
  return !(owner.startTick && tick && owner.startTick !== tick); // PID reused by another process
}

function copiedFromOtherDir(dataDir: string, owner: LockOwner): string | null {
  const sameHost = !owner.host || owner.host === os.hostname();
  return sameHost && owner.dataDir && owner.dataDir !== dataDir ? owner.dataDir : null;
}

function lockedError(dataDir: string, lockPath: string, owner: LockOwner, alive: boolean): DomainError {
  const copiedFrom = copiedFromOtherDir(dataDir, owner);
  if (copiedFrom) {
    return new DomainError(
      'DATA_DIR_LOCKED',
      `Direktori data ${dataDir} adalah salinan berkas dari ${copiedFrom} yang dibuat saat server SKJ ` +
        `berjalan (PID ${owner.pid}${alive ? ', masih berjalan' : ''}). Salinan berkas dari server yang ` +
        'berjalan belum tentu utuh. Buat cadangan ' +
        '(POST /api/admin/backups atau skj backup) lalu pulihkan dengan skj restore BERKAS --data-dir DIR. ' +
        `Bila salinan dibuat saat server sudah berhenti, hapus ${lockPath} lalu mulai lagi.`,
      { pid: owner.pid, lockPath, copiedFrom },
    );
  }
  return new DomainError(
    'DATA_DIR_LOCKED',
    `Direktori data ${dataDir} sedang dipakai oleh proses lain (PID ${owner.pid}). ` +
      'Hentikan server SKJ yang sedang berjalan, atau gunakan SKJ_DATA_DIR lain.',
    { pid: owner.pid, lockPath },
  );
}

export interface LockOptions {
  /** Told when a stale lock is taken over (default: a line on stderr). */
  warn?: (message: string) => void;
}

export function lockDataDir(dataDir: string, options: LockOptions = {}): DataDirLock {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  fs.mkdirSync(dataDir, { recursive: true });
  const realDir = fs.realpathSync(dataDir);
  const lockPath = path.join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify(currentOwner(realDir)));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const owner = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner;
          if (owner.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Unreadable or half-written counts as stale.
      const owner = readLockOwner(dataDir) ?? {};
      // A live owner, this process included (a second open here would corrupt the data just the same).
      const alive = lockOwnerAlive(owner);
      if (alive || copiedFromOtherDir(realDir, owner)) throw lockedError(realDir, lockPath, owner, alive);
      if (owner.host && owner.host !== os.hostname()) {
        warn(
          `Kunci ${lockPath} ditulis di host ${owner.host} (PID ${owner.pid}) dan diambil alih. Bila ` +
            'direktori ini salinan berkas dari server yang masih berjalan di host itu, salinannya belum tentu ' +
            'utuh: hentikan server ini dan pulihkan dari cadangan (skj restore).',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DomainError('DATA_DIR_LOCKED', `Tidak dapat mengunci direktori data ${dataDir}.`);
}
