/**
 * Backups of the whole database: every agency's data in one file, so only the superadmin lists,
 * starts and downloads them. The area itself is no secret (read is true): anyone else gets 403.
 */
import { hasRole } from '../domain/actor';
import { definePolicy } from './policy';

/** Backups are one installation-wide area, not a record of an agency. */
export type BackupArea = 'installation';

export const backupPolicy = definePolicy<BackupArea, 'list' | 'create' | 'download'>({
  entity: 'backup',
  notFound: { code: 'BACKUP_NOT_FOUND', message: 'Cadangan tidak ditemukan.' },
  forbidden: { default: 'Hanya superadmin yang dapat mengelola cadangan basis data.' },
  abilities: {
    read: () => true,
    list: (actor) => hasRole(actor, 'superadmin'),
    create: (actor) => hasRole(actor, 'superadmin'),
    download: (actor) => hasRole(actor, 'superadmin'),
  },
});
