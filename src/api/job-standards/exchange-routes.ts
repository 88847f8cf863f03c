import { z } from 'zod';
import {
  authorizeStandardsImport,
  exportStandardsXlsx,
  importStandardsXlsx,
} from '../../services/exchange-standards-xlsx';
import { fileBytes, fileDownload, readUploadForm, xlsxType } from '../files';
import type { Router } from '../route';

const idParams = z.object({ id: z.uuid() });
const uploadFields = z.object({ file: z.instanceof(File) });

export function registerStandardExchangeRoutes(router: Router) {
  const tag = 'SKJ';
  router.route({
    method: 'get',
    path: '/api/agencies/:id/job-standards.xlsx',
    summary:
      'Unduh semua SKJ instansi (versi terbaru) sebagai Excel: lembar SKJ, Kompetensi (jabatan × kompetensi), Persyaratan',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    produces: xlsxType,
    handler: async ({ ctx, params }) => {
      const { fileName, bytes } = await exportStandardsXlsx(ctx, params.id);
      return fileDownload({ bytes, fileName, contentType: xlsxType });
    },
  });
  router.route({
    method: 'post',
    path: '/api/agencies/:id/job-standards/import',
    summary:
      'Impor SKJ dari Excel (bentuk yang sama dengan ekspor) menjadi draf; semua atau tidak sama sekali, dengan laporan per baris',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    multipart: { file: 'Berkas .xlsx (maks. 10 MB, 50.000 baris per lembar)' },
    errors: ['400', '403', '404', '413', '422'],
    handler: async ({ c, ctx, params }) => {
      authorizeStandardsImport(ctx, params.id);
      const { file } = await readUploadForm(c, uploadFields, 'Unggahan harus berisi kolom "file" (.xlsx).');
      const { bytes, fileName } = await fileBytes(file);
      return importStandardsXlsx(ctx, params.id, bytes, fileName);
    },
  });
}
