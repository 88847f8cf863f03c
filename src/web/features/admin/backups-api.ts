/** Online backups of the embedded database (superadmin). Types come from the server's schemas. */
import type { z } from 'zod';
import type { backupList, backupView, startedBackup } from '../../../api/backups/schema';
import { request } from '../../shared/api/request';

export type Backup = z.infer<typeof backupView>;
export type BackupList = z.infer<typeof backupList>;

export function listBackups(): Promise<BackupList> {
  return request<BackupList>('/admin/backups');
}

export function startBackup(): Promise<z.infer<typeof startedBackup>> {
  return request('/admin/backups', { method: 'POST' });
}

export function backupDownloadUrl(id: string): string {
  return `/api/admin/backups/${encodeURIComponent(id)}/download`;
}
