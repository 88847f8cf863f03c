import { z } from 'zod';
import {
  authorizeStandardsImport,
  exportStandardsXlsx,
  importStandardsXlsx,
} from '../../services/exchange-standards-xlsx';
import {
  authorizeStandardDocumentImport,
  importStandardDocuments,
  maxDocumentsPerUpload,
} from '../../services/import-standard-documents';
import { fileBytes, fileDownload, readUploadForm, xlsxType } from '../files';
import type { Router } from '../route';
import { standardDocumentImportResponse, standardsImportResponse } from './document-import-schema';

const idParams = z.object({ id: z.uuid() });
const uploadFields = z.object({ file: z.instanceof(File) });
const documentUploadFields = z.object({
  file: z.union([z.instanceof(File).transform((f) => [f]), z.array(z.instanceof(File)).min(1)]),
  positionId: z.uuid().optional(),
});

export function registerStandardExchangeRoutes(router: Router) {
  const tag = 'SKJ';
  router.route({
    method: 'get',
    path: '/api/agencies/:id/job-standards.xlsx',
    operationId: 'exportJobStandardsXlsx',
    summary:
      'Unduh semua SKJ instansi (versi terbaru) sebagai Excel: lembar SKJ, Kompetensi (jabatan × kompetensi), Persyaratan',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    produces: xlsxType,
    errors: ['AGENCY_NOT_FOUND'],
    handler: async ({ ctx, params }) => {
      const { fileName, bytes } = await exportStandardsXlsx(ctx, params.id);
      return fileDownload({ bytes, fileName, contentType: xlsxType });
    },
  });
  router.route({
    method: 'post',
    path: '/api/agencies/:id/job-standards/import',
    operationId: 'importJobStandardsXlsx',
    summary:
      'Impor SKJ dari Excel (bentuk yang sama dengan ekspor) menjadi draf; semua atau tidak sama sekali, dengan laporan per baris',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    description:
      'Setiap SKJ dicocokkan ke jabatan instansi menurut nama jabatan. Draf yang ada diganti isinya (`updated`), SKJ yang sudah ditetapkan dibuka versi revisinya (`revised`), jabatan tanpa SKJ diberi draf baru (`created`). Bila satu baris bermasalah (jabatan tidak ditemukan, kompetensi atau level tidak ada di kamus, SKJ sedang diverifikasi/divalidasi), tidak ada yang disimpan: 422 IMPORT_REJECTED dengan `error.details.problems` per lembar dan baris.',
    multipart: { file: 'Berkas .xlsx (maks. 10 MB, 50.000 baris per lembar)' },
    response: standardsImportResponse,
    errors: ['NOT_XLSX', 'ZIP_BOMB', 'IMPORT_REJECTED'],
    handler: async ({ c, ctx, params }) => {
      authorizeStandardsImport(ctx, params.id);
      const { file } = await readUploadForm(c, uploadFields, 'Unggahan harus berisi kolom "file" (.xlsx).');
      const { bytes, fileName } = await fileBytes(file);
      return importStandardsXlsx(ctx, params.id, bytes, fileName);
    },
  });
  router.route({
    method: 'post',
    path: '/api/agencies/:id/job-standard-documents/import',
    operationId: 'importStandardDocuments',
    summary:
      'Impor SKJ dari dokumen Word (.docx, tabel SKJ resmi) menjadi draf, satu draf per dokumen; semua atau tidak sama sekali, dengan laporan per dokumen',
    description:
      'Setiap dokumen dicocokkan ke jabatan instansi menurut kode jabatan, lalu nama jabatan (atau `positionId` bila hanya satu dokumen). Kompetensi dicocokkan ke kamus yang ditetapkan menurut kode lalu nama; yang tidak cocok dilaporkan dan tidak dimasukkan ke draf. Draf yang ada diganti isinya; SKJ yang sudah ditetapkan tidak diubah (dibuka draf revisi); SKJ yang sedang diverifikasi/divalidasi ditolak. Bila satu dokumen ditolak, tidak ada yang disimpan dan `error.details.documents` memuat laporan per dokumen.',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    multipart: {
      file: `Satu atau beberapa berkas .docx (kolom "file" diulang; maks. ${maxDocumentsPerUpload} dokumen, 10 MB seluruhnya)`,
      positionId: 'Opsional, hanya untuk satu dokumen: jabatan tujuan yang dipilih pengguna',
    },
    response: standardDocumentImportResponse,
    errors: [
      'NOT_A_DOCX',
      'DOCX_UNREADABLE',
      'NO_SKJ_TABLE',
      'EMPTY_FILE',
      'TOO_MANY_DOCUMENTS',
      'POSITION_CHOICE_NEEDS_ONE_DOCUMENT',
      'POSITION_NOT_MATCHED',
      'POSITION_AMBIGUOUS',
      'DUPLICATE_POSITION',
      'STANDARD_IN_REVIEW',
      'DOCX_IMPORT_REJECTED',
    ],
    handler: async ({ c, ctx, params }) => {
      authorizeStandardDocumentImport(ctx, params.id);
      const form = await readUploadForm(
        c,
        documentUploadFields,
        'Unggahan harus berisi kolom "file" dengan satu atau beberapa dokumen .docx.',
        { all: true },
      );
      const documents = await Promise.all(form.file.map(fileBytes));
      return importStandardDocuments(ctx, params.id, documents, { positionId: form.positionId });
    },
  });
}
