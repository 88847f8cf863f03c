/**
 * Who may read and change an agency's standard policy (the rule set its standards are checked
 * against: RCL patterns, weights, mandatory competencies). It is the agency's configuration: its
 * staff and the national actors read it; its admin changes it, and so may the superadmin.
 */
import { definePolicy } from './policy';
import { type AgencyScope, administers, isSuperadmin, readsAgencyWork, seesAgency } from './scope';

export const standardPolicyPolicy = definePolicy<AgencyScope, 'readSettings' | 'update'>({
  entity: 'standardPolicy',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: {
    readSettings: 'Kebijakan aturan SKJ hanya untuk pengelola SKJ instansi.',
    update: 'Hanya admin instansi yang dapat mengubah kebijakan aturan SKJ instansinya.',
  },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    readSettings: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    update: (actor, scope) => isSuperadmin(actor) || administers(actor, scope.agencyId),
  },
});
