import { type CompositionStep, entryProblemCodes } from '../../domain/technical-dictionary';
import {
  addDictionaryEntry,
  createTechnicalDictionary,
  removeDictionaryEntry,
  reviseDictionary,
  tickCompositionStep,
  updateDictionaryEntry,
} from '../../services/compose-technical-dictionary';
import {
  diffDictionaryVersions,
  getDictionaryVersion,
  getTechnicalDictionary,
  listTechnicalDictionaries,
} from '../../services/read-technical-dictionaries';
import { transitionDictionaryVersion } from '../../services/transition-dictionary-version';
import { okResponse } from '../contract';
import type { Router } from '../route';
import {
  checklistBody,
  createDictionaryBody,
  createdDictionaryResponse,
  dictionaryDetailResponse,
  dictionaryListResponse,
  diffQuery,
  entryParams,
  entryResponse,
  entryUpdateBody,
  idParams,
  newEntryBody,
  revisionResponse,
  stepParams,
  transitionBody,
  versionDetailResponse,
  versionDiffResponse,
  versionResponse,
} from './schema';

const tag = 'Kamus Kompetensi Teknis';

export function registerTechnicalDictionaryRoutes(router: Router) {
  router.route({
    method: 'get',
    path: '/api/technical-dictionaries',
    operationId: 'listTechnicalDictionaries',
    summary: 'Kamus teknis yang dapat dilihat: semua yang sudah ditetapkan, ditambah milik instansi sendiri',
    tag,
    response: dictionaryListResponse,
    handler: async ({ ctx }) => ({ items: await listTechnicalDictionaries(ctx) }),
  });
  router.route({
    method: 'post',
    path: '/api/technical-dictionaries',
    operationId: 'createTechnicalDictionary',
    summary: 'Buat kamus teknis baru (versi 1, draf) untuk instansi sendiri',
    tag,
    body: createDictionaryBody,
    response: createdDictionaryResponse,
    successStatus: 201,
    errors: ['AGENCY_NOT_FOUND', 'DICTIONARY_CODE_EXISTS'],
    handler: async ({ ctx, body }) => await createTechnicalDictionary(ctx, body),
  });
  router.route({
    method: 'get',
    path: '/api/technical-dictionaries/:id',
    operationId: 'getTechnicalDictionary',
    summary: 'Satu kamus teknis dengan riwayat versinya',
    tag,
    params: idParams,
    notFoundCode: 'DICTIONARY_NOT_FOUND',
    response: dictionaryDetailResponse,
    handler: async ({ ctx, params }) => await getTechnicalDictionary(ctx, params.id),
  });
  router.route({
    method: 'post',
    path: '/api/technical-dictionaries/:id/revisions',
    operationId: 'reviseTechnicalDictionary',
    summary: 'Buka versi revisi (draf baru) dari versi yang sudah ditetapkan',
    tag,
    params: idParams,
    notFoundCode: 'DICTIONARY_NOT_FOUND',
    response: revisionResponse,
    successStatus: 201,
    errors: ['REVISION_ALREADY_OPEN', 'NOTHING_TO_REVISE'],
    handler: async ({ ctx, params }) => ({ version: await reviseDictionary(ctx, params.id) }),
  });
  router.route({
    method: 'get',
    path: '/api/dictionary-versions/:id',
    operationId: 'getDictionaryVersion',
    summary: 'Satu versi kamus: kompetensi, daftar periksa sembilan langkah, riwayat, izin',
    tag,
    params: idParams,
    notFoundCode: 'VERSION_NOT_FOUND',
    response: versionDetailResponse,
    handler: async ({ ctx, params }) => await getDictionaryVersion(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/dictionary-versions/:id/diff',
    operationId: 'diffDictionaryVersions',
    summary: 'Perbedaan versi ini terhadap versi lain dari kamus yang sama',
    tag,
    params: idParams,
    query: diffQuery,
    notFoundCode: 'VERSION_NOT_FOUND',
    response: versionDiffResponse,
    errors: ['VERSIONS_OF_DIFFERENT_DICTIONARIES'],
    handler: async ({ ctx, params, query }) => await diffDictionaryVersions(ctx, params.id, query.against),
  });
  router.route({
    method: 'post',
    path: '/api/dictionary-versions/:id/entries',
    operationId: 'addDictionaryEntry',
    summary: 'Tambah kompetensi ke versi draf (tepat lima level, tiap level minimal satu indikator)',
    tag,
    params: idParams,
    notFoundCode: 'VERSION_NOT_FOUND',
    body: newEntryBody,
    response: entryResponse,
    successStatus: 201,
    errors: [...entryProblemCodes, 'VERSION_STALE', 'VERSION_NOT_DRAFT', 'VERSION_RATIFIED'],
    handler: async ({ ctx, params, body }) => {
      const { revision, ...input } = body;
      return {
        entry: await addDictionaryEntry(
          ctx,
          params.id,
          { ...input, subAffair: input.subAffair ?? null },
          revision,
        ),
      };
    },
  });
  router.route({
    method: 'put',
    path: '/api/dictionary-versions/:id/entries/:entryId',
    operationId: 'updateDictionaryEntry',
    summary:
      'Ubah kompetensi pada versi draf; kirim revision kompetensi yang dibaca (409 ENTRY_STALE bila sudah diubah orang lain)',
    tag,
    params: entryParams,
    notFoundCode: 'ENTRY_NOT_FOUND',
    body: entryUpdateBody,
    response: entryResponse,
    errors: [
      ...entryProblemCodes,
      'ENTRY_STALE',
      'VERSION_NOT_FOUND',
      'VERSION_NOT_DRAFT',
      'VERSION_RATIFIED',
    ],
    handler: async ({ ctx, params, body }) => {
      const { revision, ...input } = body;
      return {
        entry: await updateDictionaryEntry(
          ctx,
          params.id,
          params.entryId,
          { ...input, subAffair: input.subAffair ?? null },
          revision,
        ),
      };
    },
  });
  router.route({
    method: 'delete',
    path: '/api/dictionary-versions/:id/entries/:entryId',
    operationId: 'removeDictionaryEntry',
    summary: 'Hapus kompetensi dari versi draf',
    tag,
    params: entryParams,
    notFoundCode: 'ENTRY_NOT_FOUND',
    response: okResponse,
    errors: ['VERSION_NOT_FOUND', 'VERSION_NOT_DRAFT', 'VERSION_RATIFIED'],
    handler: async ({ ctx, params }) => {
      await removeDictionaryEntry(ctx, params.id, params.entryId);
      return { ok: true };
    },
  });
  router.route({
    method: 'post',
    path: '/api/dictionary-versions/:id/transitions',
    operationId: 'transitionDictionaryVersion',
    summary: 'Verifikasi (verifikator), tetapkan (admin instansi sebagai PPK) atau kembalikan ke draf',
    tag,
    params: idParams,
    notFoundCode: 'VERSION_NOT_FOUND',
    body: transitionBody,
    response: versionResponse,
    errors: [
      'VERSION_STALE',
      'INVALID_TRANSITION',
      'COMMENT_REQUIRED',
      'DICTIONARY_EMPTY',
      'DICTIONARY_HAS_PROBLEMS',
      'COMPOSITION_STEPS_INCOMPLETE',
    ],
    handler: async ({ ctx, params, body }) => ({
      version: await transitionDictionaryVersion(ctx, params.id, body),
    }),
  });
  router.route({
    method: 'put',
    path: '/api/dictionary-versions/:id/checklist/:step',
    operationId: 'tickCompositionStep',
    summary: 'Centang atau hapus centang satu dari sembilan langkah penyusunan kamus',
    tag,
    params: stepParams,
    notFoundCode: 'VERSION_NOT_FOUND',
    body: checklistBody,
    response: okResponse,
    errors: ['VERSION_NOT_DRAFT', 'VERSION_RATIFIED'],
    handler: async ({ ctx, params, body }) => {
      await tickCompositionStep(ctx, params.id, params.step as CompositionStep, body.ticked);
      return { ok: true };
    },
  });
}
