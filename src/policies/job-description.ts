/**
 * Who may do what with job descriptions (uraian jabatan) and workload analysis (ABK). They are the
 * agency's working data: its staff and the national actors read them (documents and the task
 * spreadsheet included), never an employee or another agency. The organisation bureau composes
 * (the agency's admins and drafters); the agency admin ratifies a version and sets the effective
 * working time.
 */
import { definePolicy } from './policy';
import { type AgencyScope, administers, composesFor, readsAgencyWork, seesAgency } from './scope';

/** The record is the position the job description belongs to. */
export const jobDescriptionPolicy = definePolicy<AgencyScope, 'update' | 'ratify'>({
  entity: 'jobDescription',
  notFound: { code: 'POSITION_NOT_FOUND', message: 'Jabatan tidak ditemukan.' },
  forbidden: {
    update: 'Hanya admin atau penyusun instansi yang dapat menyusun uraian jabatan.',
    ratify: 'Hanya admin instansi yang dapat menetapkan uraian jabatan.',
  },
  abilities: {
    read: (actor, position) => readsAgencyWork(actor, position.agencyId),
    update: (actor, position) => composesFor(actor, position.agencyId),
    ratify: (actor, position) => administers(actor, position.agencyId),
  },
});

/** The agency's effective working time and the per-unit workload summary (with its Excel). */
export const workloadPolicy = definePolicy<AgencyScope, 'readWorkload' | 'updateSettings'>({
  entity: 'workload',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: {
    readWorkload: 'Analisis beban kerja hanya untuk pengelola instansi.',
    updateSettings: 'Hanya admin instansi yang dapat mengubah waktu kerja efektif.',
  },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    readWorkload: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    updateSettings: (actor, scope) => administers(actor, scope.agencyId),
  },
});
