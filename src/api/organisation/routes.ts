import { z } from 'zod';
import { chartLayouts, chartPapers } from '../../documents/position-chart-options';
import { evaluationFactors, gradeBands } from '../../domain/job-evaluation';
import { positionPolicy } from '../../policies/position';
import { evaluatePosition, listJobEvaluations } from '../../services/evaluate-job';
import {
  getPositionMap,
  type UpdatePositionInput,
  updatePositionPlacement,
} from '../../services/position-map';
import { renderPositionChart, renderStaffingRecap } from '../../services/render-position-map';
import { fileDownload, xlsxType } from '../files';
import { position, positionPermissions, updatePositionBody } from '../positions/schema';
import type { Router } from '../route';
import {
  evaluationBody,
  evaluationFactorsResponse,
  jobEvaluationHistory,
  jobEvaluationResult,
} from './job-evaluation-schema';
import { positionMapResponse } from './schema';

const idParams = z.object({ id: z.uuid() });
const mapQuery = z.strictObject({ orgUnitId: z.uuid().optional() });
const chartQuery = z.strictObject({
  orgUnitId: z.uuid().optional(),
  layout: z.enum(chartLayouts).default('vertical'),
  paper: z.enum(chartPapers).default('A3'),
});

export function registerOrganisationRoutes(router: Router) {
  const tag = 'Organisasi';
  router.route({
    method: 'get',
    path: '/api/job-evaluation/factors',
    operationId: 'getJobEvaluationFactors',
    summary: 'Tabel faktor evaluasi jabatan (struktural, fungsional) dan rentang kelas jabatan 1..17',
    tag,
    response: evaluationFactorsResponse,
    handler: () => ({ factors: evaluationFactors, gradeBands }),
  });
  router.route({
    method: 'post',
    path: '/api/job-evaluations',
    operationId: 'evaluatePosition',
    summary:
      'Evaluasi jabatan: tingkat per faktor → nilai jabatan dan kelas jabatan (disimpan dengan riwayat)',
    tag,
    body: evaluationBody,
    response: jobEvaluationResult,
    successStatus: 201,
    errors: [
      'POSITION_NOT_FOUND',
      'EVALUATION_KIND_MISMATCH',
      'INVALID_EVALUATION',
      'INVALID_JOB_VALUE',
      'JOB_VALUE_OUTSIDE_BANDS',
    ],
    handler: async ({ ctx, body }) => await evaluatePosition(ctx, body),
  });
  router.route({
    method: 'get',
    path: '/api/positions/:id/job-evaluations',
    operationId: 'listJobEvaluations',
    summary: 'Riwayat evaluasi jabatan suatu jabatan, terbaru dahulu',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    response: jobEvaluationHistory,
    handler: async ({ ctx, params }) => await listJobEvaluations(ctx, params.id),
  });
  router.route({
    method: 'patch',
    path: '/api/positions/:id',
    operationId: 'updatePosition',
    summary:
      'Ubah jabatan: nama, kelompok, jenjang, urusan, ikhtisar, tugas, golongan, dan penempatannya (jumlah pegawai, kebutuhan, atasan, unit)',
    description:
      'Perubahan sebagian: hanya isian yang dikirim yang diubah; isian yang tidak dikirim tetap seperti semula. ' +
      '`null` mengosongkan isian yang boleh kosong (unit, atasan, urusan, ikhtisar, golongan terendah/tertinggi); ' +
      '`tasks` mengganti seluruh daftar tugas. Jenjang diperiksa terhadap kelompok jabatan (yang dikirim atau yang ' +
      'tersimpan), unit dan atasan harus dari instansi jabatan itu, dan atasan tidak boleh jabatan itu sendiri atau ' +
      'bawahannya; isian yang salah dijawab VALIDATION_FAILED dengan daftar `details.issues`. Tanpa isian sama sekali ' +
      'juga VALIDATION_FAILED. Admin dan penyusun instansi jabatan itu; jabatan instansi lain tidak ditemukan ' +
      '(POSITION_NOT_FOUND); jabatan yang sudah dihapus tidak dapat diubah (POSITION_RETIRED). Dicatat di jejak audit ' +
      '(sebelum/sesudah).',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    body: updatePositionBody,
    response: z.object({ position, permissions: positionPermissions }),
    errors: ['POSITION_RETIRED'],
    handler: async ({ ctx, params, body }) => {
      const updated = await updatePositionPlacement(ctx, params.id, body as UpdatePositionInput);
      return { position: updated, permissions: positionPolicy.permissions(ctx.actor, updated) };
    },
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/position-map',
    operationId: 'getPositionMap',
    summary:
      'Peta jabatan: pohon unit organisasi dengan jabatan, jumlah pegawai, kebutuhan, kelas jabatan, status SKJ',
    tag,
    params: idParams,
    query: mapQuery,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: positionMapResponse,
    errors: ['ORG_UNIT_NOT_FOUND'],
    handler: async ({ ctx, params, query }) => await getPositionMap(ctx, params.id, query.orgUnitId),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/position-map.xlsx',
    operationId: 'downloadPositionMapXlsx',
    summary: 'Unduh peta jabatan sebagai Excel',
    tag,
    params: idParams,
    query: mapQuery,
    notFoundCode: 'AGENCY_NOT_FOUND',
    produces: xlsxType,
    errors: ['ORG_UNIT_NOT_FOUND'],
    handler: async ({ ctx, params, query }) => {
      const map = await getPositionMap(ctx, params.id, query.orgUnitId, 'exportMap');
      const { positionMapWorkbook } = await import('../../exports/position-map-xlsx');
      const bytes = await positionMapWorkbook(map);
      const fileName = `peta-jabatan-${map.agency.code}.xlsx`.replace(/[^\w.-]/g, '_');
      return fileDownload({ bytes, fileName, contentType: xlsxType });
    },
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/position-map.pdf',
    operationId: 'downloadPositionChart',
    summary:
      'Peta jabatan sebagai bagan PDF: tata letak vertikal (atasan di atas bawahan) atau horizontal, kertas A3 atau A4 lanskap; B, K dan B − K per jabatan',
    tag,
    params: idParams,
    query: chartQuery,
    notFoundCode: 'AGENCY_NOT_FOUND',
    produces: 'application/pdf',
    errors: ['ORG_UNIT_NOT_FOUND'],
    handler: async ({ ctx, params, query }) => fileDownload(await renderPositionChart(ctx, params.id, query)),
  });
  for (const format of ['xlsx', 'pdf'] as const) {
    router.route({
      method: 'get',
      path: `/api/agencies/:id/staffing-recap.${format}`,
      operationId: format === 'xlsx' ? 'downloadStaffingRecapXlsx' : 'downloadStaffingRecapPdf',
      summary: `Rekapitulasi Kelas Jabatan dan Persediaan Pegawai (per kelas jabatan: jumlah jabatan, B, K, B − K) sebagai ${format === 'xlsx' ? 'Excel' : 'PDF'}`,
      tag,
      params: idParams,
      query: mapQuery,
      notFoundCode: 'AGENCY_NOT_FOUND',
      produces: format === 'xlsx' ? xlsxType : 'application/pdf',
      errors: ['ORG_UNIT_NOT_FOUND'],
      handler: async ({ ctx, params, query }) =>
        fileDownload(await renderStaffingRecap(ctx, params.id, format, query.orgUnitId)),
    });
  }
}
