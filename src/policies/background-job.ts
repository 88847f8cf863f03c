/**
 * Who may generate, follow and download the agency's documents made in the background (the book
 * of standards, Buku SKJ). A book holds every standard of the agency, drafts included: only the
 * agency's staff start one; its staff and the national actors follow and download it; an employee
 * or another agency never sees it. How many may wait: `maxActiveJobsPerAgency`.
 */
import { isAgencyStaff } from '../domain/actor';
import { definePolicy } from './policy';
import { type AgencyScope, readsAgencyWork, seesAgency } from './scope';

/** One running and two waiting per agency; more is JOB_QUEUE_FULL (429). */
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
