import { adoptStandardAsIs } from '../../services/adopt-standard-as-is';
import {
  adoptStandard,
  createJobStandard,
  reviseJobStandard,
  saveJobStandard,
} from '../../services/compose-job-standard';
import { proposeTechnicalCompetency } from '../../services/propose-technical-competency';
import { diffJobStandards, getJobStandard, getStandardFindings } from '../../services/read-job-standards';
import { transitionJobStandard } from '../../services/transition-job-standard';
import type { Router } from '../route';
import {
  adoptAsIsBody,
  adoptedAsIs,
  createStandardBody,
  diffQuery,
  proposalBody,
  proposalResponse,
  saveStandardBody,
  standardIdParams,
  transitionBody,
} from './schema';

export function registerJobStandardRoutes(
  router: Router,
  options: { positionCodePattern?: string | undefined },
) {
  const tag = 'SKJ';
  router.route({
    method: 'post',
    path: '/api/job-standards',
    summary:
      'Buat draf SKJ untuk jabatan (terisi kompetensi manajerial, sosial kultural, dan kompetensi wajib daerah)',
    tag,
    body: createStandardBody,
    successStatus: 201,
    errors: ['400', '403', '404', '409'],
    handler: async ({ ctx, body }) => await createJobStandard(ctx, body),
  });
  router.route({
    method: 'get',
    path: '/api/job-standards/:id',
    summary: 'Satu versi SKJ: isi, temuan aturan, riwayat alur, versi, izin',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    errors: ['404'],
    handler: async ({ ctx, params }) => await getJobStandard(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: '/api/job-standards/:id',
    summary: 'Simpan draf SKJ (membawa revisi yang disunting; revisi usang → 409)',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: saveStandardBody,
    errors: ['400', '403', '404', '409', '422'],
    handler: async ({ ctx, params, body }) => await saveJobStandard(ctx, params.id, body),
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
    summary: 'Temuan aturan (PermenPAN-RB 38/2017, PP 11/2017 ps. 166, pola RCL) atas SKJ',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    handler: async ({ ctx, params }) => {
      const { findings, policy } = await getStandardFindings(ctx, params.id);
      return { policy: policy.name, findings };
    },
  });
  router.route({
    method: 'post',
    path: '/api/job-standards/:id/transitions',
    summary: 'Ajukan, verifikasi, validasi, tetapkan (KemenPAN-RB, memberi kode jabatan) atau kembalikan',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: transitionBody,
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) =>
      await transitionJobStandard(ctx, params.id, body, { positionCodePattern: options.positionCodePattern }),
  });
  router.route({
    method: 'get',
    path: '/api/job-standards/:id/versions',
    summary: 'Semua versi SKJ ini',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    handler: async ({ ctx, params }) => ({ items: (await getJobStandard(ctx, params.id)).versions }),
  });
  router.route({
    method: 'post',
    path: '/api/job-standards/:id/revisions',
    summary: 'Buka versi revisi (draf baru) dari SKJ yang sudah ditetapkan',
    tag,
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    successStatus: 201,
    handler: async ({ ctx, params }) => await reviseJobStandard(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/job-standards/:id/diff',
    summary: 'Perbedaan versi ini terhadap versi lain dari SKJ yang sama',
    tag,
    params: standardIdParams,
    query: diffQuery,
    notFoundCode: 'STANDARD_NOT_FOUND',
    handler: async ({ ctx, params, query }) => await diffJobStandards(ctx, params.id, query.against),
  });
  router.route({
    method: 'post',
    path: '/api/catalog/:id/adopt',
    summary: 'Adopsi SKJ nasional yang sudah ditetapkan sebagai draf untuk jabatan instansi sendiri',
    tag: 'Katalog SKJ Nasional',
    params: standardIdParams,
    notFoundCode: 'STANDARD_NOT_FOUND',
    body: createStandardBody,
    successStatus: 201,
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
