/**
 * Who may read and manage civil servants (pegawai) and the talent reports over them. Personal data:
 * the agency's staff and the national actors read the agency's people; an employee reads only
 * their own record and match. Any other NIP answers CIVIL_SERVANT_NOT_FOUND, whether it exists or
 * not (no enumeration). The agency's admin imports people and results and creates their logins.
 */
import { type Actor, isNationalActor } from '../domain/actor';
import { definePolicy } from './policy';
import { type AgencyScope, administers, readsAgencyWork, seesAgency } from './scope';

export interface CivilServantRecord {
  agencyId: string;
  /** The login linked to the record (an employee's own), if any. */
  userId: string | null;
}

const readsServant = (actor: Actor, servant: CivilServantRecord) =>
  readsAgencyWork(actor, servant.agencyId) || (servant.userId !== null && servant.userId === actor.userId);

export const civilServantPolicy = definePolicy<
  CivilServantRecord,
  'match' | 'createLogin' | 'recordPotential' | 'readTalentEvidence'
>({
  entity: 'civilServant',
  notFound: { code: 'CIVIL_SERVANT_NOT_FOUND', message: 'Pegawai tidak ditemukan.' },
  forbidden: {
    createLogin: 'Hanya admin instansi yang dapat mengelola data pegawai.',
    recordPotential: 'Hanya admin instansi (pengelola kepegawaian) yang dapat mencatat hasil potensial.',
    readTalentEvidence: 'Hasil potensial dan rencana suksesi hanya untuk pengelola kepegawaian instansi.',
  },
  abilities: {
    read: readsServant,
    match: readsServant,
    createLogin: (actor, servant) => administers(actor, servant.agencyId),
    /** Potential results: entered by HR (the agency's admin). */
    recordPotential: (actor, servant) => administers(actor, servant.agencyId),
    /**
     * Potential results and nominations are talent-management data: the agency's staff and the
     * national actors read them; the employee reads their competency results, not these.
     */
    readTalentEvidence: (actor, servant) => readsAgencyWork(actor, servant.agencyId),
  },
});

export interface TalentScope extends AgencyScope {
  /** The position a candidate search is for, when there is one. */
  positionGroup?: string | undefined;
}

/** The agency's people as a whole: the list, the talent reports, the imports. */
export const talentPolicy = definePolicy<TalentScope, 'readTalent' | 'manage' | 'rankNationally'>({
  entity: 'talent',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: {
    readTalent: 'Data dan laporan pegawai hanya untuk pengelola kepegawaian instansi.',
    manage: 'Hanya admin instansi yang dapat mengelola data pegawai.',
  },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    readTalent: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    manage: (actor, scope) => administers(actor, scope.agencyId),
    /** Candidates from every agency: national actors, or anyone for a JPT position (open selection is national). */
    rankNationally: (actor, scope) =>
      readsAgencyWork(actor, scope.agencyId) &&
      (isNationalActor(actor) || scope.positionGroup === 'leadership'),
  },
});
