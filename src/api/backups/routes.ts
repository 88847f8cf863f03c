/** Online backups of the embedded database (superadmin): start, list with progress, download. */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { contentDisposition } from '../../services/document-files';
import { listBackups, openBackupDownload, startBackup } from '../../services/manage-backups';
import type { Router } from '../route';
import { backupIdParams, backupList, startedBackup } from './schema';

export function registerBackupRoutes(router: Router) {
  const { backups } = router.deps;
  router.route({
    method: 'post',
    path: '/api/admin/backups',
    operationId: 'startBackup',
    summary:
      'Mulai mencadangkan basis data tertanam selagi server berjalan (salinan konsisten); pantau di GET /api/admin/backups',
    tag: 'Operasi',
    response: startedBackup,
    successStatus: 202,
    errors: ['BACKUP_IN_PROGRESS', 'BACKUP_NOT_AVAILABLE'],
    handler: ({ ctx }) => startBackup(ctx, backups),
  });
  router.route({
    method: 'get',
    path: '/api/admin/backups',
    operationId: 'listBackups',
    summary: 'Daftar cadangan: yang sedang berjalan, yang gagal baru-baru ini, dan berkas yang tersimpan',
    tag: 'Operasi',
    response: backupList,
    handler: ({ ctx }) => listBackups(ctx, backups),
  });
  router.route({
    method: 'get',
    path: '/api/admin/backups/:id/download',
    operationId: 'downloadBackup',
    summary: 'Unduh berkas cadangan (tar.gz: manifest.json dan data PGlite); pulihkan dengan skj restore',
    tag: 'Operasi',
    params: backupIdParams,
    notFoundCode: 'BACKUP_NOT_FOUND',
    produces: 'application/gzip',
    handler: async ({ ctx, params }) => {
      const download = await openBackupDownload(ctx, backups, params.id);
      const body = Readable.toWeb(fs.createReadStream(download.file)) as ReadableStream<Uint8Array>;
      return new Response(body, {
        headers: {
          'content-type': download.contentType,
          'content-length': String(download.size),
          'content-disposition': contentDisposition(download.fileName),
          'cache-control': 'no-store',
        },
      });
    },
  });
}
