import { z } from 'zod';
import { searchCompetencies } from '../../services/search-competencies';
import type { Router } from '../route';
import { text } from '../text';

export const searchQuery = z.strictObject({
  q: text({ max: 200 }).min(2, 'Kata kunci minimal 2 karakter'),
  kind: z.enum(['managerial', 'socioCultural', 'technical']).optional(),
  affair: text({ max: 200 }).optional(),
  agencyId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export function registerCompetencyRoutes(router: Router) {
  router.route({
    method: 'get',
    path: '/api/competencies',
    summary:
      'Cari kompetensi (manajerial, sosial kultural, dan kamus teknis yang ditetapkan): teks lengkap bahasa Indonesia + kemiripan trigram untuk salah ketik',
    tag: 'Kamus Kompetensi',
    query: searchQuery,
    response: z.object({
      items: z.array(
        z.object({
          id: z.uuid(),
          code: z.string(),
          name: z.string(),
          kind: z.enum(['managerial', 'socioCultural', 'technical']),
          agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
          dictionaryName: z.string(),
          governmentAffair: z.string().nullable(),
          score: z.number(),
          snippet: z.string(),
        }),
      ),
    }),
    errors: ['400'],
    handler: async ({ ctx, query }) => ({ items: await searchCompetencies(ctx, query) }),
  });
}
