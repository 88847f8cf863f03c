/**
 * Who may read and plan succession (rencana suksesi): critical positions, successors and their
 * development plans are talent-management data of the agency. Its staff and the national actors
 * read them; HR (the agency's admin) marks critical positions and nominates successors. An
 * employee sees none of it, not even a nomination of themselves.
 */
import { definePolicy } from './policy';
import { type AgencyScope, administers, readsAgencyWork, seesAgency } from './scope';

export const successionPolicy = definePolicy<AgencyScope, 'readSuccession' | 'plan'>({
  entity: 'succession',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: {
    readSuccession: 'Rencana suksesi hanya untuk pengelola kepegawaian instansi.',
    plan: 'Hanya admin instansi yang dapat menetapkan jabatan kritikal dan suksesor.',
  },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    readSuccession: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    plan: (actor, scope) => administers(actor, scope.agencyId),
  },
});
