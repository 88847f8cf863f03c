/**
 * Backups through the API (superadmin only): start one, list them, download one. Every start and
 * every download is audited; a scheduled backup is audited without a user.
 */
import fs from 'node:fs';
import { recordAudit } from '../db/repositories/audit-repository';
import { backupPolicy } from '../policies/backup';
import type { BackupRunner, BackupView } from './backup-runner';
import type { ServiceContext } from './context';

const area = 'installation' as const;

function audit(runner: BackupRunner, ctx: ServiceContext | null, id: string, action: string, diff: unknown) {
  return recordAudit(ctx?.db ?? runner.db, {
    userId: ctx?.actor.userId ?? null,
    agencyId: null,
    entity: 'backup',
    entityId: id,
    action,
    diff,
  });
}

/** `POST /api/admin/backups`: starts an online backup; progress in the list. */
export function startBackup(ctx: ServiceContext, runner: BackupRunner): { backup: BackupView } {
  backupPolicy.authorize(ctx.actor, 'create', area);
  const backup = runner.start('manual', (id) => audit(runner, ctx, id, 'create', { trigger: 'manual' }));
  return { backup };
}

/** The schedule's nightly backup; null when another backup is still running. */
export function startScheduledBackup(runner: BackupRunner): BackupView | null {
  if (runner.busy) return null;
  return runner.start('schedule', (id) => audit(runner, null, id, 'create', { trigger: 'schedule' }));
}

export async function listBackups(ctx: ServiceContext, runner: BackupRunner) {
  backupPolicy.authorize(ctx.actor, 'list', area);
  return {
    backups: await runner.list(),
    settings: {
      available: runner.available,
      directory: runner.settings.dir,
      keep: runner.settings.keep,
    },
    permissions: backupPolicy.permissions(ctx.actor, area),
  };
}

/** A finished backup file to stream; the download is audited. */
export async function openBackupDownload(ctx: ServiceContext, runner: BackupRunner, id: string) {
  backupPolicy.authorize(ctx.actor, 'download', area);
  const file = runner.filePath(id);
  if (!file) throw backupPolicy.notFoundError();
  const { size } = await fs.promises.stat(file);
  await audit(runner, ctx, id, 'download', { sizeBytes: size });
  return { file, size, fileName: id, contentType: 'application/gzip' };
}
