import { exportDictionaryXlsx, importDictionaryXlsx } from '../../services/exchange-dictionary-xlsx';
import { fileDownload, readUploadForm, xlsxType } from '../files';
import type { Router } from '../route';
import { dictionaryImportFields, dictionaryImportResponse, idParams } from './schema';

export function registerDictionaryExchangeRoutes(router: Router) {
  const tag = 'Kamus Kompetensi Teknis';
  router.route({
    method: 'get',
    path: '/api/dictionary-versions/:id/export.xlsx',
    operationId: 'exportDictionaryVersion',
    summary: 'Unduh versi kamus sebagai Excel (lembar README, Kompetensi, Level)',
    tag,
    params: idParams,
    notFoundCode: 'VERSION_NOT_FOUND',
    produces: xlsxType,
    handler: async ({ ctx, params }) => {
      const { fileName, bytes } = await exportDictionaryXlsx(ctx, params.id);
      return fileDownload({ bytes, fileName, contentType: xlsxType });
    },
  });
  router.route({
    method: 'post',
    path: '/api/technical-dictionaries/:id/import',
    operationId: 'importTechnicalDictionary',
    summary:
      'Impor Excel ke draf kamus (format SKJ atau format datar satu baris per level); semua atau tidak sama sekali, dengan laporan per baris',
    tag,
    params: idParams,
    notFoundCode: 'DICTIONARY_NOT_FOUND',
    multipart: {
      file: 'Berkas .xlsx (maks. 10 MB, 50.000 baris)',
      governmentAffair: 'Urusan bawaan untuk format datar tanpa kolom urusan',
      group: 'Kelompok bawaan (generic/specific) untuk format datar tanpa kolom kelompok',
    },
    response: dictionaryImportResponse,
    errors: ['NOT_XLSX', 'ZIP_BOMB', 'UNKNOWN_GOVERNMENT_AFFAIR', 'IMPORT_REJECTED', 'VERSION_NOT_DRAFT'],
    handler: async ({ c, ctx, params }) => {
      const form = await readUploadForm(c, dictionaryImportFields, 'Unggahan tidak valid.');
      const bytes = new Uint8Array(await form.file.arrayBuffer());
      return importDictionaryXlsx(ctx, params.id, bytes, {
        defaultGovernmentAffair: form.governmentAffair,
        defaultGroup: form.group,
        fileName: form.file.name,
      });
    },
  });
}
