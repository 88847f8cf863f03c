import { findRatifiedDictionary, officialDictionaryCodes } from '../../db/repositories/dictionary-repository';
import { DomainError } from '../../domain/errors';
import type { Router } from '../route';
import { officialDictionaryResponse } from './schema';

export function registerDictionaryRoutes(router: Router) {
  const { db } = router.deps;
  const official = [
    {
      path: '/api/dictionaries/managerial',
      operationId: 'getManagerialDictionary',
      code: officialDictionaryCodes.managerial,
      label: 'manajerial',
    },
    {
      path: '/api/dictionaries/socio-cultural',
      operationId: 'getSocioCulturalDictionary',
      code: officialDictionaryCodes.socioCultural,
      label: 'sosial kultural',
    },
  ];
  for (const dictionary of official) {
    router.route({
      method: 'get',
      path: dictionary.path,
      operationId: dictionary.operationId,
      summary: `Kamus kompetensi ${dictionary.label} resmi (PermenPAN-RB 38/2017), lima level per kompetensi`,
      tag: 'Kamus Kompetensi',
      auth: false,
      response: officialDictionaryResponse,
      errors: ['DICTIONARY_NOT_FOUND'],
      handler: async () => {
        const found = await findRatifiedDictionary(db, dictionary.code);
        if (!found) throw new DomainError('DICTIONARY_NOT_FOUND', 'Kamus belum dimuat.');
        return found;
      },
    });
  }
}
