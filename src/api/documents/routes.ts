/**
 * Official documents: one standard (or its formulation record) as DOCX/PDF, an agency's book of
 * standards as a background job, and the job's progress and result.
 */
import { contentTypes, documentFormats } from '../../services/document-formats';
import { startBook } from '../../services/generate-book';
import { getBackgroundJob, openBackgroundJobResult } from '../../services/read-background-jobs';
import { renderStandardDocument, standardDocumentKinds } from '../../services/render-standard-document';
import { fileDownload, fileStreamDownload } from '../files';
import type { Router } from '../route';
import { backgroundJob, bookBody, idParams, startedJob } from './schema';

const kindSummaries = {
  document:
    'SKJ dalam tata letak resmi (Nama Jabatan … III Persyaratan Jabatan); DRAFT bila belum ditetapkan',
  record: 'Dokumen Rumusan Kompetensi: SKJ, riwayat alur kerja (pelaksana, waktu) dan blok tanda tangan',
} as const;

export function registerDocumentRoutes(router: Router) {
  for (const kind of standardDocumentKinds) {
    for (const format of documentFormats) {
      router.route({
        method: 'get',
        path: `/api/job-standards/:id/${kind}.${format}`,
        summary: `${kindSummaries[kind]} (${format.toUpperCase()})`,
        tag: 'Dokumen',
        params: idParams,
        notFoundCode: 'STANDARD_NOT_FOUND',
        produces: contentTypes[format],
        errors: ['404'],
        handler: async ({ ctx, params }) =>
          fileDownload(await renderStandardDocument(ctx, params.id, kind, format)),
      });
    }
  }
  router.route({
    method: 'post',
    path: '/api/agencies/:id/books',
    operationId: 'startBook',
    summary:
      'Mulai membuat Buku SKJ instansi atau satu unit organisasi (beserta sub-unitnya) sebagai pekerjaan latar; pantau di /api/jobs/:id',
    tag: 'Dokumen',
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: bookBody,
    response: startedJob,
    successStatus: 202,
    errors: ['BOOK_EMPTY', 'JOB_QUEUE_FULL'],
    handler: async ({ ctx, params, body }) => await startBook(ctx, router.deps.jobs, params.id, body),
  });
  router.route({
    method: 'get',
    path: '/api/jobs/:id',
    operationId: 'getBackgroundJob',
    summary:
      'Status pekerjaan latar (Buku SKJ, impor): tahap, selesai/total, baris dibaca/ditolak, kegagalan, hasil atau laporan per baris, alamat unduh bila ada berkas',
    tag: 'Dokumen',
    params: idParams,
    notFoundCode: 'JOB_NOT_FOUND',
    response: backgroundJob,
    handler: async ({ ctx, params }) => await getBackgroundJob(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/jobs/:id/download',
    operationId: 'downloadBackgroundJobResult',
    summary: 'Unduh hasil pekerjaan latar yang sudah selesai',
    tag: 'Dokumen',
    params: idParams,
    notFoundCode: 'JOB_NOT_FOUND',
    produces: 'application/octet-stream',
    errors: ['JOB_NOT_READY', 'JOB_RESULT_EXPIRED', 'JOB_RESULT_NOT_FOUND'],
    handler: async ({ ctx, params }) =>
      fileStreamDownload(await openBackgroundJobResult(ctx, router.deps.jobs, params.id)),
  });
}
