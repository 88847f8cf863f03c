import { searchCompetencies } from '../../services/search-competencies';
import type { Router } from '../route';
import { competencySearchResponse, searchQuery } from './schema';

export function registerCompetencyRoutes(router: Router) {
  router.route({
    method: 'get',
    path: '/api/competencies',
    operationId: 'searchCompetencies',
    summary:
      'Cari kompetensi (manajerial, sosial kultural, dan kamus teknis yang ditetapkan): teks lengkap bahasa Indonesia + kemiripan trigram untuk salah ketik',
    tag: 'Kamus Kompetensi',
    query: searchQuery,
    response: competencySearchResponse,
    handler: async ({ ctx, query }) => ({ items: await searchCompetencies(ctx, query) }),
  });
}
