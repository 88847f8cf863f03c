import type { Context } from 'hono';
import { z } from 'zod';
import {
  createEmployeeLogin,
  getCivilServant,
  listCivilServants,
  myCivilServant,
} from '../../services/civil-servants';
import { importAssessments } from '../../services/import-assessments';
import { importCivilServants } from '../../services/import-civil-servants';
import { matchCivilServant } from '../../services/job-person-match';
import { talentPool } from '../../services/talent-pool';
import { gapHeatmap, rankCandidates } from '../../services/talent-reports';
import type { AppEnv } from '../context';
import { fileBytes, readUploadForm } from '../files';
import type { Router } from '../route';
import { text } from '../text';
import { registerTalentManagementRoutes } from './management-routes';

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

export function registerTalentRoutes(router: Router) {
  registerTalentManagementRoutes(router);
  const tag = 'Pegawai dan Talenta';
  router.route({
    method: 'post',
    path: '/api/imports/civil-servants',
    summary:
      'Impor pegawai (.xlsx/.csv: NIP, Nama, Golongan, Pendidikan, Jurusan, Jabatan, Predikat Kinerja); semua atau tidak sama sekali, laporan per baris',
    tag,
    multipart: { file: 'Berkas .xlsx (maks. 10 MB) atau .csv (maks. 64 MB)' },
    errors: ['400', '403', '413', '422'],
    handler: async ({ c, ctx }) => {
      const { bytes, fileName } = await readUpload(c);
      return importCivilServants(ctx, bytes, fileName);
    },
  });
  router.route({
    method: 'post',
    path: '/api/imports/assessments',
    summary:
      'Impor hasil asesmen (.xlsx/.csv: NIP, Kode Kompetensi, Kamus, Level, Tanggal, Asesor, Lembaga); semua atau tidak sama sekali, laporan per baris',
    tag,
    multipart: { file: 'Berkas .xlsx (maks. 10 MB) atau .csv (maks. 64 MB, 1.000.000 baris)' },
    errors: ['400', '403', '413', '422'],
    handler: async ({ c, ctx }) => {
      const { bytes, fileName } = await readUpload(c);
      return importAssessments(ctx, bytes, fileName);
    },
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/civil-servants',
    summary: 'Pegawai suatu instansi',
    tag,
    params: idParams,
    query: z.strictObject({
      q: text({ max: 100 }).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    notFoundCode: 'AGENCY_NOT_FOUND',
    handler: async ({ ctx, params, query }) => listCivilServants(ctx, params.id, query),
  });
  router.route({
    method: 'get',
    path: '/api/me/civil-servant',
    summary: 'Data pegawai milik pengguna yang masuk (layanan mandiri)',
    tag,
    handler: async ({ ctx }) => myCivilServant(ctx),
  });
  router.route({
    method: 'get',
    path: '/api/civil-servants/:nip',
    summary: 'Satu pegawai dengan riwayat asesmennya',
    tag,
    params: nipParams,
    notFoundCode: 'CIVIL_SERVANT_NOT_FOUND',
    handler: async ({ ctx, params }) => getCivilServant(ctx, params.nip),
  });
  router.route({
    method: 'post',
    path: '/api/civil-servants/:nip/login',
    summary: 'Buat akun masuk (peran pegawai) untuk seorang pegawai; kata sandi sementara ditampilkan sekali',
    tag,
    params: nipParams,
    notFoundCode: 'CIVIL_SERVANT_NOT_FOUND',
    successStatus: 201,
    handler: async ({ ctx, params }) => createEmployeeLogin(ctx, params.nip),
  });
  router.route({
    method: 'get',
    path: '/api/civil-servants/:nip/match',
    summary:
      'Job person match pegawai terhadap SKJ yang ditetapkan suatu jabatan (bawaan: jabatannya sendiri): per kompetensi, persentase, kategori, saran pengembangan',
    tag,
    params: nipParams,
    query: z.strictObject({ positionId: z.uuid().optional() }),
    notFoundCode: 'CIVIL_SERVANT_NOT_FOUND',
    handler: async ({ ctx, params, query }) => matchCivilServant(ctx, params.nip, query.positionId),
  });
  router.route({
    method: 'get',
    path: '/api/positions/:id/candidates',
    summary:
      'Peringkat kandidat untuk suatu jabatan menurut job person match, dengan pemeriksaan persyaratan',
    tag,
    params: idParams,
    query: z.strictObject({
      scope: z.enum(['agency', 'national']).default('agency'),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    notFoundCode: 'POSITION_NOT_FOUND',
    handler: async ({ ctx, params, query }) => rankCandidates(ctx, params.id, query),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/talent-pool',
    summary:
      'Kotak talenta (9-box PermenPAN-RB 3/2020): kinerja dari predikat SKP × potensial dari hasil penilaian potensial (atau JPM bila kebijakan mengizinkan), rekomendasi per kotak',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    handler: async ({ ctx, params }) => talentPool(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/org-units/:id/gap-heatmap',
    summary: 'Peta panas kesenjangan kompetensi (kompetensi × jabatan) dan kebutuhan pelatihan suatu unit',
    tag,
    params: idParams,
    notFoundCode: 'ORG_UNIT_NOT_FOUND',
    handler: async ({ ctx, params }) => gapHeatmap(ctx, params.id),
  });
}
