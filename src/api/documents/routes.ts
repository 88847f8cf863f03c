/**
 * Official documents: one standard (or its formulation record) as DOCX/PDF, an agency's book of
 * standards as a background job, and the job's progress and result.
 */
import { contentTypes, documentFormats } from '../../services/document-formats';
import { startBook } from '../../services/generate-book';
import { getDecreeTemplate, startDecree } from '../../services/generate-decree';
import { getDecreeTeam, setDecreeTeam } from '../../services/manage-drafting-campaign-decree-team';
import { getBackgroundJob, openBackgroundJobResult } from '../../services/read-background-jobs';
import {
  campaignLetterKinds,
  renderCampaignLetter,
  renderCoverMemo,
} from '../../services/render-official-letter';
import { renderStandardDocument, standardDocumentKinds } from '../../services/render-standard-document';
import { fileDownload, fileStreamDownload } from '../files';
import type { Router } from '../route';
import {
  backgroundJob,
  bookBody,
  decreeBody,
  decreeTeam,
  decreeTeamBody,
  decreeTemplate,
  idParams,
  letterQuery,
  startedJob,
} from './schema';

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
        operationId: standardDocumentOperationIds[kind][format],
        summary: `${kindSummaries[kind]} (${format.toUpperCase()})`,
        tag: 'Dokumen',
        params: idParams,
        notFoundCode: 'STANDARD_NOT_FOUND',
        produces: contentTypes[format],
        errors: ['STANDARD_NOT_FOUND'],
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
  for (const format of documentFormats) {
    router.route({
      method: 'get',
      path: `/api/job-standards/:id/cover-memo.${format}`,
      operationId: format === 'pdf' ? 'downloadCoverMemoPdf' : 'downloadCoverMemoDocx',
      summary: `Nota dinas pengantar Dokumen Rumusan Kompetensi kepada pimpinan unit (langkah 5 SOP perumusan), ${format.toUpperCase()}; nomor dan tanggal dari parameter`,
      tag: 'Dokumen',
      params: idParams,
      query: letterQuery,
      notFoundCode: 'STANDARD_NOT_FOUND',
      produces: contentTypes[format],
      handler: async ({ ctx, params, query }) =>
        fileDownload(await renderCoverMemo(ctx, params.id, format, query)),
    });
    for (const kind of campaignLetterKinds) {
      router.route({
        method: 'get',
        path: `/api/drafting-campaigns/:id/${kind}.${format}`,
        operationId: campaignLetterOperationIds[kind][format],
        summary: `${letterSummaries[kind]} (${format.toUpperCase()})`,
        tag: 'Dokumen',
        params: idParams,
        query: letterQuery,
        notFoundCode: 'DRAFTING_CAMPAIGN_NOT_FOUND',
        produces: contentTypes[format],
        errors: ['DECREE_TEAM_EMPTY'],
        handler: async ({ ctx, params, query }) =>
          fileDownload(await renderCampaignLetter(ctx, params.id, kind, format, query)),
      });
    }
  }
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns/:id/decree-team',
    operationId: 'getDecreeTeam',
    summary:
      'Susunan tim penyusun untuk SK Tim dan Surat Perintah Tugas (pengarah sampai anggota; anggota tidak harus pengguna)',
    tag: 'Dokumen',
    params: idParams,
    notFoundCode: 'DRAFTING_CAMPAIGN_NOT_FOUND',
    response: decreeTeam,
    handler: async ({ ctx, params }) => await getDecreeTeam(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: '/api/drafting-campaigns/:id/decree-team',
    operationId: 'setDecreeTeam',
    summary: 'Ganti susunan tim penyusun (admin instansi; NIP diperiksa; tercatat di jejak audit)',
    tag: 'Dokumen',
    params: idParams,
    notFoundCode: 'DRAFTING_CAMPAIGN_NOT_FOUND',
    body: decreeTeamBody,
    response: decreeTeam,
    errors: ['NIP_INVALID', 'USER_NOT_FOUND', 'USER_OF_OTHER_AGENCY', 'USER_INACTIVE'],
    handler: async ({ ctx, params, body }) => await setDecreeTeam(ctx, params.id, body.members),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/decree-template',
    operationId: 'getDecreeTemplate',
    summary:
      'Bahan formulir Keputusan penetapan SKJ: penanda tangan, judul, teks menimbang/mengingat/diktum bawaan, jumlah SKJ yang ditetapkan',
    tag: 'Dokumen',
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: decreeTemplate,
    handler: async ({ ctx, params }) => await getDecreeTemplate(ctx, params.id),
  });
  router.route({
    method: 'post',
    path: '/api/agencies/:id/decrees',
    operationId: 'startDecree',
    summary:
      'Mulai membuat Keputusan penetapan SKJ instansi (lampiran: SKJ yang ditetapkan) sebagai pekerjaan latar; pantau di /api/jobs/:id',
    tag: 'Dokumen',
    params: idParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: decreeBody,
    response: startedJob,
    successStatus: 202,
    errors: ['DECREE_DATE_INVALID', 'DECREE_EMPTY', 'JOB_QUEUE_FULL'],
    handler: async ({ ctx, params, body }) => await startDecree(ctx, router.deps.jobs, params.id, body),
  });
}

const letterSummaries = {
  'team-decree': 'Keputusan pembentukan Tim Penyusun SKJ kegiatan ini, susunan tim sebagai lampiran',
  'assignment-letter': 'Surat Perintah Tugas kepada tim penyusun kegiatan ini',
  schedule: 'Jadwal kegiatan per minggu (bulan × minggu I–IV), lanskap',
} as const;

const standardDocumentOperationIds = {
  document: { pdf: 'downloadStandardDocumentPdf', docx: 'downloadStandardDocumentDocx' },
  record: { pdf: 'downloadStandardRecordPdf', docx: 'downloadStandardRecordDocx' },
} as const;

const campaignLetterOperationIds = {
  'team-decree': { pdf: 'downloadTeamDecreePdf', docx: 'downloadTeamDecreeDocx' },
  'assignment-letter': { pdf: 'downloadAssignmentLetterPdf', docx: 'downloadAssignmentLetterDocx' },
  schedule: { pdf: 'downloadCampaignSchedulePdf', docx: 'downloadCampaignScheduleDocx' },
} as const;
