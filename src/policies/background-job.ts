/**
 * Who may follow and download the agency's work done in the background: the book of standards
 * (Buku SKJ) and the imports of civil servants and assessment results (whose row reports name
 * people). A book holds every standard of the agency, drafts included: only the agency's staff
 * start one; an import is started by whoever may manage the agency's people (`talentPolicy`). The
 * agency's staff and the national actors follow and download; an employee or another agency never
 * sees a job. How many may wait: `maxActiveJobsPerAgency`.
 */
import { isAgencyStaff } from '../domain/actor';
import { definePolicy } from './policy';
import { type AgencyScope, readsAgencyWork, seesAgency } from './scope';

/**
 * Per agency and kind of work (books; imports of people and results together): at most this many
 * waiting or running; more is JOB_QUEUE_FULL (429).
 */
export const maxActiveJobsPerAgency = 3;

export const backgroundJobPolicy = definePolicy<AgencyScope, 'download'>({
  entity: 'backgroundJob',
  notFound: { code: 'JOB_NOT_FOUND', message: 'Pekerjaan tidak ditemukan.' },
  abilities: {
    read: (actor, job) => readsAgencyWork(actor, job.agencyId),
    download: (actor, job) => readsAgencyWork(actor, job.agencyId),
  },
});

export const bookPolicy = definePolicy<AgencyScope, 'generate'>({
  entity: 'book',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: { generate: 'Buku SKJ hanya dapat dibuat oleh pengelola SKJ instansi.' },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    generate: (actor, scope) => isAgencyStaff(actor, scope.agencyId),
  },
});
