import { z } from 'zod';
import { findRatifiedDictionary, officialDictionaryCodes } from '../../db/repositories/dictionary-repository';
import { DomainError } from '../../domain/errors';
import type { Router } from '../route';

const level = z.object({
  level: z.number().int().min(1).max(5),
  description: z.string(),
  behaviourIndicators: z.array(z.string()),
});

export const officialDictionaryResponse = z.object({
  name: z.string(),
  source: z.string().nullable(),
  items: z.array(
    z.object({ code: z.string(), name: z.string(), definition: z.string(), levels: z.array(level) }),
  ),
});

export function registerDictionaryRoutes(router: Router) {
  const { db } = router.deps;
  const official = [
    { path: '/api/dictionaries/managerial', code: officialDictionaryCodes.managerial, label: 'manajerial' },
    {
      path: '/api/dictionaries/socio-cultural',
      code: officialDictionaryCodes.socioCultural,
      label: 'sosial kultural',
    },
  ];
  for (const dictionary of official) {
    router.route({
      method: 'get',
      path: dictionary.path,
      summary: `Kamus kompetensi ${dictionary.label} resmi (PermenPAN-RB 38/2017), lima level per kompetensi`,
      tag: 'Kamus Kompetensi',
      auth: false,
      response: officialDictionaryResponse,
      handler: async () => {
        const found = await findRatifiedDictionary(db, dictionary.code);
        if (!found) throw new DomainError('DICTIONARY_NOT_FOUND', 'Kamus belum dimuat.');
        return found;
      },
    });
  }
}
