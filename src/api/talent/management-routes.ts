/**
 * Talent management beyond the match: potential results (import, manual entry, history), the
 * retirement forecast and the training-needs analysis (JSON and Excel).
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { importPotentialResults } from '../../services/import-potential-results';
import { listPotential, recordPotential } from '../../services/record-potential';
import { retirementForecast } from '../../services/retirement-forecast';
import { trainingNeeds, trainingNeedsWorkbook } from '../../services/training-needs';
import type { AppEnv } from '../context';
import { fileBytes, fileStreamDownload, readUploadForm, xlsxType } from '../files';
import type { Router } from '../route';
import {
  forecastQuery,
  forecastResponse,
  potentialBody,
  potentialImportResponse,
  potentialList,
  potentialResponse,
  trainingNeedsQuery,
  trainingNeedsResponse,
} from './schema';

const idParams = z.object({ id: z.uuid() });
const nipParams = z.object({ nip: z.string().regex(/^\d{18}$/) });
const uploadFields = z.object({ file: z.instanceof(File, { message: 'Kolom "file" wajib berisi berkas.' }) });

async function readUpload(c: Context<AppEnv>) {
  const { file } = await readUploadForm(
    c,
    uploadFields,
    'Unggahan harus berisi kolom "file" (.xlsx atau .csv).',
  );
  return fileBytes(file);
}

export function registerTalentManagementRoutes(router: Router) {
  const tag = 'Pegawai dan Talenta';
  router.route({
    method: 'post',
    path: '/api/imports/potential',
    operationId: 'importPotentialResults',
    summary:
      'Impor hasil penilaian potensial (.xlsx/.csv: NIP, Tanggal, Nilai 0–100 atau Kategori Tinggi/Menengah/Rendah, Sumber); semua atau tidak sama sekali',
    tag,
    multipart: { file: 'Berkas .xlsx (maks. 10 MB) atau .csv (maks. 64 MB)' },
    response: potentialImportResponse,
    errors: [
      'AGENCY_NOT_FOUND',
      'EMPTY_FILE',
      'INVALID_FILE',
      'INVALID_CSV',
      'NOT_XLSX',
      'ZIP_BOMB',
      'TOO_MANY_ROWS',
      'IMPORT_REJECTED',
    ],
    handler: async ({ c, ctx }) => {
      const { bytes, fileName } = await readUpload(c);
      return importPotentialResults(ctx, bytes, fileName);
    },
  });
  router.route({
    method: 'get',
    path: '/api/civil-servants/:nip/potential',
    operationId: 'listPotentialResults',
    summary: 'Riwayat hasil penilaian potensial seorang pegawai (terbaru dipakai kotak talenta)',
    tag,
    params: nipParams,
    notFoundCode: 'CIVIL_SERVANT_NOT_FOUND',
    response: potentialList,
    errors: ['INVALID_NIP'],
    handler: async ({ ctx, params }) => listPotential(ctx, params.nip),
  });
  router.route({
    method: 'post',
    path: '/api/civil-servants/:nip/potential',
    operationId: 'recordPotentialResult',
    summary:
      'Catat hasil penilaian potensial (nilai 0–100 atau kategori, tanggal, sumber) oleh pengelola kepegawaian',
    tag,
    params: nipParams,
    notFoundCode: 'CIVIL_SERVANT_NOT_FOUND',
    body: potentialBody,
    successStatus: 201,
    response: potentialResponse,
    errors: ['INVALID_NIP', 'POTENTIAL_VALUE_REQUIRED', 'FUTURE_DATE'],
    handler: async ({ ctx, params, body }) => recordPotential(ctx, params.nip, body),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/retirement-forecast',
    operationId: 'getRetirementForecast',
    summary:
      'Proyeksi pensiun (PP 11/2017 Pasal 239): yang pensiun dalam 1, 2 dan 5 tahun per unit dan jabatan, dan daftar pegawainya',
    tag,
    params: idParams,
    query: forecastQuery,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: forecastResponse,
    errors: ['ORG_UNIT_NOT_FOUND'],
    handler: async ({ ctx, params, query }) => retirementForecast(ctx, params.id, query),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/training-needs',
    operationId: 'getTrainingNeeds',
    summary:
      'Analisis kebutuhan pengembangan kompetensi: kesenjangan per unit dan kompetensi, prioritas, usulan bentuk pengembangan',
    tag,
    params: idParams,
    query: trainingNeedsQuery,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: trainingNeedsResponse,
    errors: ['ORG_UNIT_NOT_FOUND'],
    handler: async ({ ctx, params, query }) => trainingNeeds(ctx, params.id, query),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/training-needs.xlsx',
    operationId: 'getTrainingNeedsXlsx',
    summary:
      'Analisis kebutuhan pengembangan kompetensi sebagai Excel (rencana, per kompetensi, rincian pegawai)',
    tag,
    params: idParams,
    query: trainingNeedsQuery,
    notFoundCode: 'AGENCY_NOT_FOUND',
    produces: xlsxType,
    errors: ['ORG_UNIT_NOT_FOUND'],
    handler: async ({ ctx, params, query }) =>
      fileStreamDownload(await trainingNeedsWorkbook(ctx, params.id, query)),
  });
}
