import { adoptStandardAsIs } from '../../services/adopt-standard-as-is';
import { adoptStandard, createJobStandard, reviseJobStandard } from '../../services/compose-job-standard';
import { patchJobStandard, saveJobStandard } from '../../services/edit-job-standard';
import { proposeTechnicalCompetency } from '../../services/propose-technical-competency';
import { diffJobStandards, getJobStandard, getStandardFindings } from '../../services/read-job-standards';
import { transitionJobStandard } from '../../services/transition-job-standard';
import type { Router } from '../route';
import {
  adoptAsIsBody,
  adoptedAsIs,
  adoptedStandard,
  createdStandard,
  createStandardBody,
  diffQuery,
  findingsResponse,
  patchStandardBody,
  proposalBody,
  proposalResponse,
  savedStandard,
  saveStandardBody,
  standardDetail,
  standardDiff,
  standardIdParams,
  transitionBody,
  transitionResult,
  versionsResponse,
} from './schema';

/** Competency rows are copied from the dictionaries: these are what a row can be refused for. */
const competencyRowErrors = ['UNKNOWN_COMPETENCY', 'COMPETENCY_NOT_RATIFIED', 'LEVEL_NOT_IN_DICTIONARY'];
/** A save of a version that may no longer change, or that changed since the editor read it. */
const editErrors = ['STANDARD_RATIFIED', 'STANDARD_NOT_DRAFT', 'STANDARD_STALE', ...competencyRowErrors];

export function registerJobStandardRoutes(
  router: Router,
  options: { positionCodePattern?: string | undefined },
) {
  const tag = 'SKJ';
  router.route({
    method: 'post',
    path: '/api/job-standards',
    operationId: 'createJobStandard',
    summary:
      'Buat draf SKJ untuk jabatan (terisi kompetensi manajerial, sosial kultural, dan kompetensi wajib daerah)',
    tag,
    body: createStandardBody,
    response: createdStandard,
    successStatus: 201,
    errors: ['POSITION_NOT_FOUND', 'STANDARD_EXISTS', ...competencyRowErrors],
    handler: async ({ ctx, body }) => await createJobStandard(ctx, body),
  });
  router.route({
    method: 'get',
    path: '/api/job-standards/:id',
    operationId: 'getJobStandard',
    summary: 'Satu versi SKJ: isi, temuan aturan, riwayat alur, versi, izin',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    response: standardDetail,
    errors: ['STANDARD_NOT_FOUND'],
    handler: async ({ ctx, params }) => await getJobStandard(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: '/api/job-standards/:id',
    operationId: 'saveJobStandard',
    summary: 'Simpan draf SKJ seutuhnya (membawa revisi yang disunting; revisi usang → 409)',
    description:
      'Isi yang disunting dikirim seluruhnya: `competencies` dan `requirements` wajib dan menggantikan yang tersimpan; `summary` dan `jobDescription` boleh tidak dikirim (tetap seperti semula). Untuk mengubah sebagian saja, pakai PATCH. `revision` adalah revisi yang dibaca penyunting; bila SKJ sudah diubah orang lain sejak itu, jawabannya 409 STANDARD_STALE dan tidak ada yang disimpan. SKJ yang sudah ditetapkan tidak pernah berubah (422 STANDARD_RATIFIED; buka versi revisi), yang sedang diverifikasi/divalidasi juga tidak (422 STANDARD_NOT_DRAFT).',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: saveStandardBody,
    response: savedStandard,
    errors: editErrors,
    handler: async ({ ctx, params, body }) => await saveJobStandard(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/job-standards/:id',
    operationId: 'updateJobStandard',
    summary: 'Ubah sebagian draf SKJ: hanya isian yang dikirim yang berubah',
    description:
      'Isian yang tidak dikirim tetap seperti semula. `requirements` digabung per bagian (`education`, `training`, `experience`, `rank`, `performanceIndicators`) dan, di dalam `education`, `training`, `experience` dan `rank`, per isian: `{"requirements": {"rank": {"minGrade": "III/d"}}}` hanya mengubah pangkat minimal. Daftar (`competencies`, `jobDescription`, `performanceIndicators`, daftar pelatihan, jenjang dan bidang pendidikan) diganti seluruhnya bila dikirim; `competencies` disalin ulang dari kamus seperti pada PUT. `summary: null` mengosongkan ikhtisar. `revision` tetap wajib: revisi usang → 409 STANDARD_STALE. SKJ yang sudah ditetapkan atau sedang dalam proses tidak dapat diubah (422 STANDARD_RATIFIED / STANDARD_NOT_DRAFT).',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: patchStandardBody,
    response: savedStandard,
    errors: editErrors,
    handler: async ({ ctx, params, body }) => await patchJobStandard(ctx, params.id, body),
  });
  router.route({
    method: 'post',
    path: '/api/job-standards/:id/technical-proposals',
    operationId: 'proposeTechnicalCompetency',
    summary: 'Usulkan kompetensi teknis baru dari penyusunan SKJ (entri draf di kamus usulan instansi)',
    description:
      'Dipakai bila kamus mana pun belum memuat kompetensi teknis yang dibutuhkan. Entri baru masuk ke versi draf kamus "Usulan Kompetensi Teknis" instansi (dibuat bila belum ada) dengan teks level yang dibutuhkan SKJ; empat level lainnya dilengkapi penyusun kamus. SKJ boleh langsung memuat kompetensi itu, dan temuan COMPETENCY_AWAITING_RATIFICATION menahan pengajuan sampai kamus ditetapkan.',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: proposalBody,
    response: proposalResponse,
    successStatus: 201,
    errors: [
      'STANDARD_NOT_FOUND',
      'STANDARD_RATIFIED',
      'STANDARD_NOT_DRAFT',
      'PROPOSAL_EXISTS',
      'PROPOSAL_DICTIONARY_IN_REVIEW',
    ],
    handler: async ({ ctx, params, body }) => await proposeTechnicalCompetency(ctx, params.id, body),
  });
  router.route({
    method: 'get',
    path: '/api/job-standards/:id/findings',
    operationId: 'getJobStandardFindings',
    summary: 'Temuan aturan (PermenPAN-RB 38/2017, PP 11/2017 ps. 166, pola RCL) atas SKJ',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    response: findingsResponse,
    errors: ['STANDARD_NOT_FOUND'],
    handler: async ({ ctx, params }) => {
      const { findings, policy } = await getStandardFindings(ctx, params.id);
      return { policy: policy.name, findings };
    },
  });
  router.route({
    method: 'post',
    path: '/api/job-standards/:id/transitions',
    operationId: 'transitionJobStandard',
    summary: 'Ajukan, verifikasi, validasi, tetapkan (KemenPAN-RB, memberi kode jabatan) atau kembalikan',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: transitionBody,
    response: transitionResult,
    errors: [
      'INVALID_TRANSITION',
      'SELF_APPROVAL',
      'RETURN_REASON_REQUIRED',
      'STANDARD_HAS_ERRORS',
      // Ratification draws the position code from the server's SKJ_POSITION_CODE_PATTERN.
      'INVALID_CODE_PATTERN',
      'INVALID_CODE_SEQUENCE',
    ],
    handler: async ({ ctx, params, body }) =>
      await transitionJobStandard(ctx, params.id, body, { positionCodePattern: options.positionCodePattern }),
  });
  router.route({
    method: 'get',
    path: '/api/job-standards/:id/versions',
    operationId: 'listJobStandardVersions',
    summary: 'Semua versi SKJ ini yang boleh dibaca, terbaru lebih dulu (tidak berhalaman)',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    response: versionsResponse,
    errors: ['STANDARD_NOT_FOUND'],
    handler: async ({ ctx, params }) => ({
      items: (await getJobStandard(ctx, params.id)).versions,
      nextCursor: null,
    }),
  });
  router.route({
    method: 'post',
    path: '/api/job-standards/:id/revisions',
    operationId: 'reviseJobStandard',
    summary: 'Buka versi revisi (draf baru) dari SKJ yang sudah ditetapkan',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    response: createdStandard,
    successStatus: 201,
    errors: ['REVISION_ALREADY_OPEN'],
    handler: async ({ ctx, params }) => await reviseJobStandard(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/job-standards/:id/diff',
    operationId: 'diffJobStandardVersions',
    summary: 'Perbedaan versi ini terhadap versi lain (`against`) dari SKJ yang sama',
    tag,
    params: standardIdParams,
    query: diffQuery,
    notFoundCode: 'STANDARD_NOT_FOUND',
    response: standardDiff,
    errors: ['VERSIONS_OF_DIFFERENT_STANDARDS'],
    handler: async ({ ctx, params, query }) => await diffJobStandards(ctx, params.id, query.against),
  });
  router.route({
    method: 'post',
    path: '/api/catalog/:id/adopt',
    operationId: 'adoptStandardAsDraft',
    summary: 'Adopsi SKJ nasional yang sudah ditetapkan sebagai draf untuk jabatan instansi sendiri',
    tag: 'Katalog SKJ Nasional',
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: createStandardBody,
    response: adoptedStandard,
    successStatus: 201,
    errors: ['STANDARD_NOT_RATIFIED', 'POSITION_NOT_FOUND', 'STANDARD_EXISTS'],
    handler: async ({ ctx, params, body }) => await adoptStandard(ctx, params.id, body),
  });
  router.route({
    method: 'post',
    path: '/api/catalog/:id/adopt-as-is',
    operationId: 'adoptStandardAsIs',
    summary:
      'Adopsi SKJ nasional apa adanya (admin instansi, satu konfirmasi): langsung ditetapkan dengan kode jabatan dan isi yang sama; harus memenuhi aturan instansi, bila tidak adaptasi sebagai draf',
    tag: 'Katalog SKJ Nasional',
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: adoptAsIsBody,
    response: adoptedAsIs,
    successStatus: 201,
    errors: [
      'STANDARD_NOT_RATIFIED',
      'POSITION_NOT_FOUND',
      'JOB_LEVEL_MISMATCH',
      'STANDARD_EXISTS',
      'ADOPTION_NEEDS_ADAPTATION',
    ],
    handler: async ({ ctx, params, body }) => await adoptStandardAsIs(ctx, params.id, body),
  });
}
