import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { exportStandardsXlsx, importStandardsXlsx } from '../../services/exchange-standards-xlsx';
import type { Router } from '../route';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const idParams = z.object({ id: z.uuid() });
const uploadFields = z.object({ file: z.instanceof(File) });

export function registerStandardExchangeRoutes(router: Router) {
  const tag = 'Standar Kompetensi Jabatan';
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
      return new Response(new Uint8Array(bytes), {
        headers: {
          'content-type': xlsxType,
          'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
        },
      });
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
      if (ctx.actor.agencyId !== params.id)
        throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
      let form: Record<string, unknown>;
      try {
        form = await c.req.parseBody();
      } catch {
        throw new DomainError(
          'INVALID_UPLOAD',
          'Unggahan harus berupa multipart/form-data dengan kolom "file".',
        );
      }
      const parsed = uploadFields.safeParse(form);
      if (!parsed.success)
        throw new DomainError('INVALID_UPLOAD', 'Unggahan harus berisi kolom "file" (.xlsx).');
      return importStandardsXlsx(
        ctx,
        new Uint8Array(await parsed.data.file.arrayBuffer()),
        parsed.data.file.name,
      );
    },
  });
}
