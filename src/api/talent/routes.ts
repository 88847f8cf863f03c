import { z } from 'zod';
import {
  createEmployeeLogin,
  getCivilServant,
  listCivilServants,
  myCivilServant,
} from '../../services/civil-servants';
import { matchCivilServant } from '../../services/job-person-match';
import { listAssessments } from '../../services/list-assessments';
import { assertCanImport, type ImportJobKind, startImport } from '../../services/start-import';
import { talentPool } from '../../services/talent-pool';
import { gapHeatmap, rankCandidates } from '../../services/talent-reports';
import { startedJob } from '../documents/schema';
import { receiveUploadFile } from '../files';
import { pageQuery } from '../paging';
import type { Router } from '../route';
import { text } from '../text';
import { registerTalentManagementRoutes } from './management-routes';
import {
  candidateRankingResponse,
  gapHeatmapResponse,
  jobPersonMatchResponse,
  talentPoolResponse,
} from './report-schema';
import {
  assessmentListResponse,
  civilServantDetail,
  civilServantListResponse,
  employeeLoginResponse,
} from './schema';

const idParams = z.object({ id: z.uuid() });
const nipParams = z.object({ nip: z.string().regex(/^\d{18}$/) });

export function registerTalentRoutes(router: Router) {
  registerTalentManagementRoutes(router);
  const tag = 'Pegawai dan Talenta';
  const { jobs } = router.deps;
  const imports: { path: string; operationId: string; kind: ImportJobKind; summary: string; file: string }[] =
    [
      {
        path: '/api/imports/civil-servants',
        operationId: 'startCivilServantImport',
        kind: 'civilServantImport',
        summary:
          'Mulai impor pegawai (.xlsx/.csv: NIP, Nama, Golongan, Pendidikan, Jurusan, Jabatan, Predikat Kinerja) sebagai pekerjaan latar; semua atau tidak sama sekali, laporan per baris di /api/jobs/:id',
        file: 'Berkas .xlsx (maks. 10 MB) atau .csv (maks. 64 MB)',
      },
      {
        path: '/api/imports/assessments',
        operationId: 'startAssessmentImport',
        kind: 'assessmentImport',
        summary:
          'Mulai impor hasil asesmen (.xlsx/.csv: NIP, Kode Kompetensi, Kamus, Level, Tanggal, Asesor, Lembaga) sebagai pekerjaan latar; semua atau tidak sama sekali, laporan per baris di /api/jobs/:id',
        file: 'Berkas .xlsx (maks. 10 MB) atau .csv (maks. 64 MB, 1.000.000 baris)',
      },
    ];
  for (const spec of imports) {
    router.route({
      method: 'post',
      path: spec.path,
      operationId: spec.operationId,
      summary: spec.summary,
      tag,
      multipart: { file: spec.file },
      response: startedJob,
      successStatus: 202,
      errors: ['EMPTY_FILE', 'JOB_QUEUE_FULL'],
      handler: async ({ c, ctx }) => {
        // Refused before a byte of the file is stored.
        assertCanImport(ctx);
        const upload = await receiveUploadFile(
          c,
          jobs.files,
          'Unggahan harus berisi kolom "file" (.xlsx atau .csv).',
        );
        return startImport(ctx, jobs, spec.kind, upload);
      },
    });
  }
  router.route({
    method: 'get',
    path: '/api/agencies/:id/civil-servants',
    operationId: 'listCivilServants',
    summary:
      'Pegawai suatu instansi, per halaman: { items, nextCursor }; halaman berikutnya dengan cursor = nextCursor',
    tag,
    params: idParams,
    query: z.strictObject({
      q: text({ max: 100 }).optional(),
      positionId: z.uuid().optional(),
      performance: z.enum(['below', 'meets', 'above']).optional(),
      sort: z.enum(['name', 'nip']).default('name'),
      ...pageQuery,
    }),
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: civilServantListResponse,
    errors: ['INVALID_CURSOR'],
    handler: async ({ ctx, params, query }) => listCivilServants(ctx, params.id, query),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/assessments',
    operationId: 'listAssessments',
    summary: 'Sesi asesmen pegawai suatu instansi, terbaru dahulu, per halaman: { items, nextCursor }',
    tag,
    params: idParams,
    query: z.strictObject({
      nip: text({ max: 18 })
        .regex(/^\d{18}$/, 'NIP terdiri atas 18 angka')
        .optional(),
      ...pageQuery,
    }),
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: assessmentListResponse,
    errors: ['INVALID_CURSOR'],
    handler: async ({ ctx, params, query }) => listAssessments(ctx, params.id, query),
  });
  router.route({
    method: 'get',
    path: '/api/me/civil-servant',
    operationId: 'getMyCivilServant',
    summary: 'Data pegawai milik pengguna yang masuk (layanan mandiri)',
    description:
      'Akun yang belum terhubung dengan data pegawai dijawab 404 CIVIL_SERVANT_NOT_FOUND (peran selain pegawai ' +
      'pada umumnya tidak terhubung).',
    tag,
    response: civilServantDetail,
    errors: ['CIVIL_SERVANT_NOT_FOUND'],
    handler: async ({ ctx }) => myCivilServant(ctx),
  });
  router.route({
    method: 'get',
    path: '/api/civil-servants/:nip',
    operationId: 'getCivilServant',
    summary: 'Satu pegawai dengan riwayat asesmennya',
    tag,
    params: nipParams,
    notFoundCode: 'CIVIL_SERVANT_NOT_FOUND',
    response: civilServantDetail,
    errors: ['INVALID_NIP'],
    handler: async ({ ctx, params }) => getCivilServant(ctx, params.nip),
  });
  router.route({
    method: 'post',
    path: '/api/civil-servants/:nip/login',
    operationId: 'createEmployeeLogin',
    summary: 'Buat akun masuk (peran pegawai) untuk seorang pegawai; kata sandi sementara ditampilkan sekali',
    tag,
    params: nipParams,
    notFoundCode: 'CIVIL_SERVANT_NOT_FOUND',
    response: employeeLoginResponse,
    successStatus: 201,
    errors: ['INVALID_NIP', 'LOGIN_EXISTS', 'USERNAME_EXISTS'],
    handler: async ({ ctx, params }) => createEmployeeLogin(ctx, params.nip),
  });
  router.route({
    method: 'get',
    path: '/api/civil-servants/:nip/match',
    operationId: 'getJobPersonMatch',
    summary:
      'Job person match pegawai terhadap SKJ yang ditetapkan suatu jabatan (bawaan: jabatannya sendiri): per kompetensi, persentase, kategori, saran pengembangan',
    tag,
    params: nipParams,
    query: z.strictObject({ positionId: z.uuid().optional() }),
    notFoundCode: 'CIVIL_SERVANT_NOT_FOUND',
    response: jobPersonMatchResponse,
    errors: ['INVALID_NIP', 'NO_POSITION', 'POSITION_NOT_FOUND', 'NO_RATIFIED_STANDARD'],
    handler: async ({ ctx, params, query }) => matchCivilServant(ctx, params.nip, query.positionId),
  });
  router.route({
    method: 'get',
    path: '/api/positions/:id/candidates',
    operationId: 'rankCandidates',
    summary:
      'Peringkat kandidat untuk suatu jabatan menurut job person match, dengan pemeriksaan persyaratan',
    tag,
    params: idParams,
    query: z.strictObject({
      scope: z.enum(['agency', 'national']).default('agency'),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    notFoundCode: 'POSITION_NOT_FOUND',
    response: candidateRankingResponse,
    errors: ['NATIONAL_SCOPE_NOT_ALLOWED', 'NO_RATIFIED_STANDARD', 'POSITION_RETIRED'],
    handler: async ({ ctx, params, query }) => rankCandidates(ctx, params.id, query),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/talent-pool',
    operationId: 'getTalentPool',
    summary:
      'Kotak talenta (9-box PermenPAN-RB 3/2020): kinerja dari predikat SKP × potensial dari hasil penilaian potensial (atau JPM bila kebijakan mengizinkan), rekomendasi per kotak',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: talentPoolResponse,
    handler: async ({ ctx, params }) => talentPool(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/org-units/:id/gap-heatmap',
    operationId: 'getGapHeatmap',
    summary: 'Peta panas kesenjangan kompetensi (kompetensi × jabatan) dan kebutuhan pelatihan suatu unit',
    tag,
    params: idParams,
    notFoundCode: 'ORG_UNIT_NOT_FOUND',
    response: gapHeatmapResponse,
    handler: async ({ ctx, params }) => gapHeatmap(ctx, params.id),
  });
}
