/**
 * Job descriptions (uraian jabatan) per position with versions, their documents and task
 * spreadsheet, workload analysis (ABK): the editor's preview, the agency's effective working time
 * and the per-unit summary with its Excel export; job-factor information for the job evaluation.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { JobDescription } from '../../domain/job-description';
import type { WorkloadTask } from '../../domain/workload';
import { contentTypes } from '../../services/document-formats';
import { importJobDescriptionTasks } from '../../services/import-job-description-tasks';
import { ratifyJobDescription } from '../../services/ratify-job-description';
import {
  getJobDescription,
  getJobDescriptionVersion,
  getJobFactorInformation,
  listJobDescriptionHistory,
  previewWorkload,
} from '../../services/read-job-description';
import {
  exportJobDescriptionTasks,
  renderJobDescriptionDocument,
} from '../../services/render-job-description-document';
import { saveJobDescription } from '../../services/save-job-description';
import { getWorkloadSettings, updateWorkloadSettings } from '../../services/workload-settings';
import { getWorkloadSummary } from '../../services/workload-summary';
import type { AppEnv } from '../context';
import { fileBytes, fileDownload, readUploadForm, xlsxType } from '../files';
import type { Router } from '../route';
import {
  agencyWorkloadSettings,
  contentErrorCodes,
  formats,
  idParams,
  jobDescriptionDetail,
  jobDescriptionHistory,
  jobDescriptionVersionDetail,
  jobFactorInformationResult,
  ratifiedJobDescription,
  ratifyBody,
  savedJobDescription,
  saveJobDescriptionBody,
  taskErrorCodes,
  taskImportErrorCodes,
  taskImportResult,
  updatedWorkloadSettings,
  versionParams,
  workloadPreviewBody,
  workloadResult,
  workloadSettingsBody,
  workloadSummary,
} from './schema';

const uploadFields = z.object({
  file: z.instanceof(File),
  revision: z.coerce.number().int().min(0).optional(),
});

async function readUpload(c: Context<AppEnv>) {
  const form = await readUploadForm(
    c,
    uploadFields,
    'Unggahan harus berisi kolom "file" (.xlsx atau .csv) dan, bila ada, "revision" berupa angka.',
  );
  return { ...(await fileBytes(form.file)), revision: form.revision };
}

export function registerJobDescriptionRoutes(router: Router) {
  const tag = 'Uraian Jabatan dan ABK';
  const base = '/api/positions/:id/job-description';
  router.route({
    method: 'get',
    path: base,
    operationId: 'getJobDescription',
    summary:
      'Uraian jabatan suatu jabatan: isi terbaru (atau draf awal dari data jabatan), kelengkapan per komponen, beban kerja',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    response: jobDescriptionDetail,
    handler: async ({ ctx, params }) => await getJobDescription(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: base,
    operationId: 'saveJobDescription',
    summary:
      'Simpan uraian jabatan sebagai versi baru (revision = revisi yang dibuka, 0 untuk yang pertama); beban kerja mengisi kebutuhan pegawai (K) peta jabatan',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    body: saveJobDescriptionBody,
    response: savedJobDescription,
    errors: [...contentErrorCodes, 'JOB_DESCRIPTION_STALE'],
    handler: async ({ ctx, params, body }) =>
      await saveJobDescription(ctx, params.id, {
        revision: body.revision,
        content: body.content as JobDescription,
      }),
  });
  router.route({
    method: 'get',
    path: `${base}/versions`,
    operationId: 'listJobDescriptionVersions',
    summary: 'Riwayat versi uraian jabatan, terbaru dahulu',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    response: jobDescriptionHistory,
    errors: ['JOB_DESCRIPTION_NOT_FOUND'],
    handler: async ({ ctx, params }) => await listJobDescriptionHistory(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: `${base}/versions/:version`,
    operationId: 'getJobDescriptionVersion',
    summary: 'Isi satu versi uraian jabatan',
    tag,
    params: versionParams,
    notFoundCode: 'JOB_DESCRIPTION_VERSION_NOT_FOUND',
    response: jobDescriptionVersionDetail,
    errors: ['POSITION_NOT_FOUND', 'JOB_DESCRIPTION_NOT_FOUND'],
    handler: async ({ ctx, params }) => await getJobDescriptionVersion(ctx, params.id, params.version),
  });
  router.route({
    method: 'post',
    path: `${base}/ratify`,
    operationId: 'ratifyJobDescription',
    summary:
      'Tetapkan versi terbaru uraian jabatan (admin instansi); perubahan berikutnya menjadi versi draf baru',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    body: ratifyBody,
    response: ratifiedJobDescription,
    errors: [
      'JOB_DESCRIPTION_NOT_FOUND',
      'JOB_DESCRIPTION_STALE',
      'JOB_DESCRIPTION_ALREADY_RATIFIED',
      'JOB_DESCRIPTION_INCOMPLETE',
    ],
    handler: async ({ ctx, params, body }) => await ratifyJobDescription(ctx, params.id, body),
  });
  router.route({
    method: 'post',
    path: `${base}/workload`,
    operationId: 'previewWorkload',
    summary:
      'Hitung beban kerja tugas yang dikirim dengan waktu kerja efektif instansi, tanpa menyimpan (pratinjau penyunting)',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    body: workloadPreviewBody,
    response: workloadResult,
    errors: taskErrorCodes,
    handler: async ({ ctx, params, body }) =>
      await previewWorkload(ctx, params.id, body.tasks as WorkloadTask[]),
  });
  router.route({
    method: 'post',
    path: `${base}/tasks/import`,
    operationId: 'importJobDescriptionTasks',
    summary:
      'Impor rincian tugas (.xlsx/.csv: Uraian Tugas, Hasil Kerja, Volume, Waktu Penyelesaian, Satuan Waktu) sebagai versi baru; semua atau tidak sama sekali, laporan per baris',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    multipart: {
      file: 'Berkas .xlsx atau .csv, satu baris per tugas (maks. 10 MB)',
      revision: 'Opsional: revisi yang dibuka (ditolak bila sudah berubah)',
    },
    response: taskImportResult,
    errors: [...taskImportErrorCodes, ...contentErrorCodes, 'JOB_DESCRIPTION_STALE'],
    handler: async ({ c, ctx, params }) => {
      const upload = await readUpload(c);
      return importJobDescriptionTasks(ctx, params.id, upload.bytes, upload.fileName, upload.revision);
    },
  });
  router.route({
    method: 'get',
    path: `${base}/tasks.xlsx`,
    operationId: 'exportJobDescriptionTasks',
    summary: 'Unduh rincian tugas dan beban kerja sebagai Excel (tata letak yang sama dengan impor)',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    produces: xlsxType,
    errors: ['JOB_DESCRIPTION_NOT_FOUND'],
    handler: async ({ ctx, params }) => fileDownload(await exportJobDescriptionTasks(ctx, params.id)),
  });
  for (const format of formats) {
    router.route({
      method: 'get',
      path: `${base}.${format}`,
      operationId: format === 'pdf' ? 'getJobDescriptionPdf' : 'getJobDescriptionDocx',
      summary: `Uraian jabatan dalam tata letak dokumen SKJ (${format.toUpperCase()}); DRAFT bila belum ditetapkan`,
      tag,
      params: idParams,
      notFoundCode: 'POSITION_NOT_FOUND',
      produces: contentTypes[format],
      errors: ['JOB_DESCRIPTION_NOT_FOUND'],
      handler: async ({ ctx, params }) =>
        fileDownload(await renderJobDescriptionDocument(ctx, params.id, format)),
    });
  }
  router.route({
    method: 'get',
    path: '/api/positions/:id/job-factor-information',
    operationId: 'getJobFactorInformation',
    summary: 'Informasi faktor jabatan dari uraian jabatan, per faktor evaluasi jabatan',
    tag,
    params: idParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    response: jobFactorInformationResult,
    handler: async ({ ctx, params }) => await getJobFactorInformation(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/workload-settings',
    operationId: 'getWorkloadSettings',
    summary:
      'Waktu kerja efektif instansi untuk analisis beban kerja (bawaan 75.000 menit/tahun, 300 menit/hari)',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: agencyWorkloadSettings,
    handler: async ({ ctx, params }) => await getWorkloadSettings(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: '/api/agencies/:id/workload-settings',
    operationId: 'updateWorkloadSettings',
    summary:
      'Ubah waktu kerja efektif (admin instansi); beban kerja semua uraian jabatan dan kebutuhan pegawai dihitung ulang',
    tag,
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: workloadSettingsBody,
    response: updatedWorkloadSettings,
    errors: ['INVALID_EFFECTIVE_TIME'],
    handler: async ({ ctx, params, body }) => await updateWorkloadSettings(ctx, params.id, body),
  });
  router.route({
    method: 'get',
    path: '/api/org-units/:id/workload-summary',
    operationId: 'getWorkloadSummary',
    summary:
      'Rekapitulasi beban kerja unit organisasi dan sub-unitnya: beban kerja, kebutuhan (K), pegawai (B), kekurangan/kelebihan',
    tag,
    params: idParams,
    notFoundCode: 'ORG_UNIT_NOT_FOUND',
    response: workloadSummary,
    handler: async ({ ctx, params }) => await getWorkloadSummary(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/org-units/:id/workload-summary.xlsx',
    operationId: 'exportWorkloadSummary',
    summary: 'Unduh rekapitulasi beban kerja unit organisasi sebagai Excel',
    tag,
    params: idParams,
    notFoundCode: 'ORG_UNIT_NOT_FOUND',
    produces: xlsxType,
    handler: async ({ ctx, params }) => {
      const summary = await getWorkloadSummary(ctx, params.id);
      const { workloadSummaryWorkbook } = await import('../../exports/workload-summary-xlsx');
      return fileDownload({
        bytes: await workloadSummaryWorkbook(summary),
        fileName: `Rekapitulasi-ABK-${summary.orgUnit.code ?? summary.orgUnit.name}.xlsx`.replace(
          /[^\w.-]/g,
          '-',
        ),
        contentType: xlsxType,
      });
    },
  });
}
