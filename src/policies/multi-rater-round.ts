/**
 * Who may do what with a 360° round (penilaian 360°). HR (the agency's admin) opens, staffs and
 * closes rounds; the agency's staff and the national actors follow them (who has answered, never
 * what one person answered). A rater is a civil servant with a login: they read and answer only
 * their own questionnaires. A rated person reads their own results once the round is closed.
 * Results are shown per rater group only above the anonymity minimum; the services enforce it.
 */
import type { Actor } from '../domain/actor';
import { definePolicy } from './policy';
import { type AgencyScope, administers, readsAgencyWork, seesAgency } from './scope';

export interface MultiRaterRoundRecord {
  agencyId: string;
  status: 'open' | 'closed';
}

export const agencyMultiRaterRoundsPolicy = definePolicy<AgencyScope, 'list' | 'open'>({
  entity: 'multiRaterRounds',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: {
    list: 'Penilaian 360° instansi hanya untuk pengelola kepegawaian.',
    open: 'Hanya admin instansi yang dapat membuka penilaian 360°.',
  },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    list: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    open: (actor, scope) => administers(actor, scope.agencyId),
  },
});

export const multiRaterRoundPolicy = definePolicy<MultiRaterRoundRecord, 'manage' | 'close' | 'readResults'>({
  entity: 'multiRaterRound',
  notFound: { code: 'MULTI_RATER_ROUND_NOT_FOUND', message: 'Penilaian 360° tidak ditemukan.' },
  forbidden: {
    manage: 'Hanya admin instansi yang dapat mengubah penilaian 360°.',
    close: 'Hanya admin instansi yang dapat menutup penilaian 360°.',
    readResults: 'Hasil penilaian 360° dibuka setelah penilaian ditutup.',
  },
  abilities: {
    read: (actor, round) => readsAgencyWork(actor, round.agencyId),
    manage: (actor, round) => administers(actor, round.agencyId) && round.status === 'open',
    close: (actor, round) => administers(actor, round.agencyId) && round.status === 'open',
    /** Before closing, results would let answers be worked out one submission at a time. */
    readResults: (actor, round) => readsAgencyWork(actor, round.agencyId) && round.status === 'closed',
  },
});

export interface RaterTaskRecord {
  agencyId: string;
  /** The login of the rater's civil-servant record. */
  raterUserId: string | null;
  roundStatus: 'open' | 'closed';
  submitted: boolean;
}

const isRater = (actor: Actor, task: RaterTaskRecord) =>
  task.raterUserId !== null && task.raterUserId === actor.userId;

/** A questionnaire is the rater's own: nobody else reads or answers it, HR included. */
export const raterTaskPolicy = definePolicy<RaterTaskRecord, 'answer'>({
  entity: 'multiRaterTask',
  notFound: { code: 'MULTI_RATER_TASK_NOT_FOUND', message: 'Kuesioner tidak ditemukan.' },
  forbidden: { answer: 'Kuesioner ini sudah dikirim atau penilaiannya sudah ditutup.' },
  abilities: {
    read: isRater,
    answer: (actor, task) => isRater(actor, task) && task.roundStatus === 'open' && !task.submitted,
  },
});

export interface RatedPersonRecord {
  agencyId: string;
  subjectUserId: string | null;
  roundStatus: 'open' | 'closed';
}

/** The results about one person: HR and staff after closing, and the person themselves after closing. */
export const multiRaterResultPolicy = definePolicy<RatedPersonRecord, 'readResults'>({
  entity: 'multiRaterResult',
  notFound: { code: 'MULTI_RATER_ROUND_NOT_FOUND', message: 'Penilaian 360° tidak ditemukan.' },
  forbidden: { readResults: 'Hasil penilaian 360° dibuka setelah penilaian ditutup.' },
  abilities: {
    read: (actor, r) =>
      readsAgencyWork(actor, r.agencyId) || (r.subjectUserId !== null && r.subjectUserId === actor.userId),
    readResults: (actor, r) =>
      r.roundStatus === 'closed' &&
      (readsAgencyWork(actor, r.agencyId) || (r.subjectUserId !== null && r.subjectUserId === actor.userId)),
  },
});
