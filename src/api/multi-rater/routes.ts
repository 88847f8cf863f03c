/**
 * 360° assessment: HR opens, follows and closes rounds; raters answer their own questionnaires;
 * results per person after closing (anonymity applied on the server); the printable instruments
 * of a standard (questionnaire, interview guide).
 */
import { z } from 'zod';
import { getRaterTask, myRaterTasks, saveRaterTask } from '../../services/answer-multi-rater';
import { closeRound } from '../../services/close-multi-rater-round';
import { contentTypes, documentFormats } from '../../services/document-formats';
import {
  addRater,
  getRound,
  listRounds,
  openRound,
  removeRater,
} from '../../services/manage-multi-rater-rounds';
import { myMultiRaterResults, subjectResults } from '../../services/read-multi-rater-results';
import { instrumentKinds, renderAssessmentInstrument } from '../../services/render-assessment-instrument';
import { fileDownload } from '../files';
import type { Router } from '../route';
import {
  addRaterBody,
  closedRound,
  listRoundsQuery,
  myResults,
  openRoundBody,
  raterParams,
  resultParams,
  roundDetail,
  roundIdParams,
  roundList,
  saveAnswersBody,
  subjectResults as subjectResultsSchema,
  taskDetail,
  taskList,
  taskParams,
} from './schema';

const agencyParams = z.object({ id: z.uuid() });
const standardParams = z.object({ id: z.uuid() });

const instrumentSummaries = {
  questionnaire: 'Kuesioner penilaian 360° dari indikator perilaku SKJ (lima level per kompetensi)',
  'interview-guide':
    'Panduan wawancara perilaku (BEI) dari indikator perilaku SKJ: pertanyaan, STAR, acuan level',
} as const;

const instrumentOperationIds = {
  questionnaire: { docx: 'getQuestionnaireDocx', pdf: 'getQuestionnairePdf' },
  'interview-guide': { docx: 'getInterviewGuideDocx', pdf: 'getInterviewGuidePdf' },
} as const;

export function registerMultiRaterRoutes(router: Router) {
  const tag = 'Penilaian 360°';
  router.route({
    method: 'get',
    path: '/api/agencies/:id/multi-rater-rounds',
    operationId: 'listMultiRaterRounds',
    summary: 'Penilaian 360° instansi, terbaru dahulu',
    tag,
    params: agencyParams,
    query: listRoundsQuery,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: roundList,
    handler: async ({ ctx, params, query }) => listRounds(ctx, params.id, query),
  });
  router.route({
    method: 'post',
    path: '/api/agencies/:id/multi-rater-rounds',
    operationId: 'openMultiRaterRound',
    response: roundDetail,
    summary:
      'Buka penilaian 360° untuk sejumlah pegawai (penilai disebutkan, atau diambil dari peta jabatan: atasan, rekan, bawahan; penilaian diri selalu)',
    tag,
    params: agencyParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: openRoundBody,
    successStatus: 201,
    errors: ['CLOSES_ON_PAST', 'MULTI_RATER_ROUND_INVALID'],
    handler: async ({ ctx, params, body }) => {
      const { id } = await openRound(ctx, params.id, body);
      return getRound(ctx, id);
    },
  });
  router.route({
    method: 'get',
    path: '/api/multi-rater-rounds/:id',
    operationId: 'getMultiRaterRound',
    summary:
      'Satu penilaian 360°: pegawai yang dinilai, penilainya, siapa yang sudah mengirim (tanpa jawaban)',
    tag,
    params: roundIdParams,
    notFoundCode: 'MULTI_RATER_ROUND_NOT_FOUND',
    response: roundDetail,
    handler: async ({ ctx, params }) => getRound(ctx, params.id),
  });
  router.route({
    method: 'post',
    path: '/api/multi-rater-rounds/:id/raters',
    operationId: 'addMultiRaterRater',
    response: roundDetail,
    summary: 'Tambah penilai bagi seorang pegawai selama penilaian terbuka',
    tag,
    params: roundIdParams,
    notFoundCode: 'MULTI_RATER_ROUND_NOT_FOUND',
    body: addRaterBody,
    successStatus: 201,
    errors: ['MULTI_RATER_SUBJECT_NOT_FOUND', 'UNKNOWN_NIP', 'RATER_IS_SUBJECT', 'RATER_EXISTS'],
    handler: async ({ ctx, params, body }) => {
      await addRater(ctx, params.id, body);
      return getRound(ctx, params.id);
    },
  });
  router.route({
    method: 'delete',
    path: '/api/multi-rater-rounds/:id/raters/:raterId',
    operationId: 'removeMultiRaterRater',
    response: roundDetail,
    summary: 'Hapus penilai yang belum mengirim kuesioner (penilaian diri tidak dapat dihapus)',
    tag,
    params: raterParams,
    notFoundCode: 'MULTI_RATER_ROUND_NOT_FOUND',
    errors: ['MULTI_RATER_RATER_NOT_FOUND', 'SELF_RATER_REQUIRED', 'RATER_SUBMITTED'],
    handler: async ({ ctx, params }) => {
      await removeRater(ctx, params.id, params.raterId);
      return getRound(ctx, params.id);
    },
  });
  router.route({
    method: 'post',
    path: '/api/multi-rater-rounds/:id/close',
    operationId: 'closeMultiRaterRound',
    summary:
      'Tutup penilaian 360°: hasil per kompetensi menjadi hasil penilaian (metode 360°) dan level kini disusun ulang menurut kebijakan',
    tag,
    params: roundIdParams,
    notFoundCode: 'MULTI_RATER_ROUND_NOT_FOUND',
    response: closedRound,
    handler: async ({ ctx, params }) => closeRound(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/multi-rater-rounds/:id/results/:nip',
    operationId: 'getMultiRaterResults',
    summary:
      'Hasil 360° seorang pegawai setelah penilaian ditutup: level per kompetensi, rerata per kelompok penilai (rekan dan bawahan hanya bila cukup penjawab)',
    tag,
    params: resultParams,
    notFoundCode: 'MULTI_RATER_ROUND_NOT_FOUND',
    response: subjectResultsSchema,
    handler: async ({ ctx, params }) => subjectResults(ctx, params.id, params.nip),
  });
  router.route({
    method: 'get',
    path: '/api/me/multi-rater-tasks',
    operationId: 'listMyMultiRaterTasks',
    summary: 'Kuesioner 360° yang harus diisi pengguna sebagai penilai (penilaian yang masih terbuka)',
    tag,
    response: taskList,
    handler: async ({ ctx }) => myRaterTasks(ctx),
  });
  router.route({
    method: 'get',
    path: '/api/me/multi-rater-results',
    operationId: 'listMyMultiRaterResults',
    summary: 'Hasil 360° pengguna sendiri dari penilaian yang sudah ditutup',
    tag,
    response: myResults,
    handler: async ({ ctx }) => myMultiRaterResults(ctx),
  });
  router.route({
    method: 'get',
    path: '/api/multi-rater-tasks/:id',
    operationId: 'getMultiRaterTask',
    summary:
      'Satu kuesioner 360° milik penilai: kompetensi, lima level dengan indikatornya, jawaban tersimpan',
    tag,
    params: taskParams,
    notFoundCode: 'MULTI_RATER_TASK_NOT_FOUND',
    response: taskDetail,
    handler: async ({ ctx, params }) => getRaterTask(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: '/api/multi-rater-tasks/:id',
    operationId: 'saveMultiRaterTask',
    summary:
      'Simpan jawaban kuesioner 360° (level 1–5 atau null = tidak dapat menilai); submit: true mengirimnya (semua kompetensi harus dijawab)',
    tag,
    params: taskParams,
    notFoundCode: 'MULTI_RATER_TASK_NOT_FOUND',
    body: saveAnswersBody,
    response: taskDetail,
    errors: ['UNKNOWN_COMPETENCY', 'ANSWERS_INCOMPLETE'],
    handler: async ({ ctx, params, body }) => saveRaterTask(ctx, params.id, body),
  });
  for (const kind of instrumentKinds) {
    for (const format of documentFormats) {
      router.route({
        method: 'get',
        path: `/api/job-standards/:id/${kind}.${format}`,
        operationId: instrumentOperationIds[kind][format],
        summary: `${instrumentSummaries[kind]} (${format.toUpperCase()})`,
        tag: 'Dokumen',
        params: standardParams,
        notFoundCode: 'STANDARD_NOT_FOUND',
        produces: contentTypes[format],
        handler: async ({ ctx, params }) =>
          fileDownload(await renderAssessmentInstrument(ctx, params.id, kind, format)),
      });
    }
  }
}
