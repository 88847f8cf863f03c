/**
 * Who may do what with a job standard (SKJ). Reading: a ratified version is national reference
 * (the catalog), readable by everyone; drafts and versions in review are the owning agency's
 * work, readable by its staff and by the national actors, never by an employee or another agency.
 * Composing: the agency's admins and drafters, on a draft. The workflow: the agency's drafter or
 * admin submits, its verifier verifies, its validator validates, the national ratifier ratifies;
 * whoever takes the waiting step may return it; nobody approves what they submitted themselves.
 */
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import {
  nextStandardStatus,
  type StandardAction,
  type StandardStatus,
  standardActionNames,
  standardStatusNames,
} from '../domain/job-standard-workflow';
import type { Role } from '../domain/roles';
import { definePolicy } from './policy';
import { type AgencyScope, administers, composesFor, readsAgencyWork, seesAgency } from './scope';

export interface StandardRecord {
  agencyId: string;
  status: StandardStatus;
  /** The user who submitted the current submission; null while never submitted. */
  submittedBy: string | null;
  /** Whether this is the newest version of its lineage; a revision opens only from the newest. */
  latest?: boolean | undefined;
}

/** The actor as the workflow sees them. */
export interface StandardActor {
  role: Role;
  /** null for national roles. */
  agencyId: string | null;
  userId: string;
}

/** Who may take each forward step; `agency`: only for the owning agency. */
export const standardActionRoles: Readonly<
  Record<Exclude<StandardAction, 'return'>, { roles: readonly Role[]; agency: boolean }>
> = Object.freeze({
  submit: { roles: ['drafter', 'admin'], agency: true },
  verify: { roles: ['verifier'], agency: true },
  validate: { roles: ['validator'], agency: true },
  ratify: { roles: ['ratifier'], agency: false },
});

/** The step waiting at each status, whose actors may also return it. */
const pendingStep: Partial<Record<StandardStatus, Exclude<StandardAction, 'return' | 'submit'>>> = {
  submitted: 'verify',
  verified: 'validate',
  validated: 'ratify',
};

export type ActDecision = { ok: true } | { ok: false; code: 'FORBIDDEN' | 'SELF_APPROVAL'; message: string };

const approvals: readonly StandardAction[] = ['verify', 'validate', 'ratify'];

/**
 * Whether `actor` may take `action` on the standard, by role and agency. It does not check that
 * the action applies to the status: `nextStandardStatus` does. Nobody approves (verify, validate,
 * ratify) a submission they submitted themselves.
 */
export function canActOnStandard(
  actor: StandardActor,
  standard: Pick<StandardRecord, 'agencyId' | 'status' | 'submittedBy'>,
  action: StandardAction,
): ActDecision {
  const step = action === 'return' ? pendingStep[standard.status] : action;
  if (!step) {
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: `SKJ berstatus ${standardStatusNames[standard.status] ?? standard.status} tidak dapat dikembalikan.`,
    };
  }
  const rule = standardActionRoles[step];
  if (!rule.roles.includes(actor.role)) {
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: `Peran Anda tidak berwenang untuk tindakan "${standardActionNames[action]}" pada SKJ ini.`,
    };
  }
  if (rule.agency && actor.agencyId !== standard.agencyId) {
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: 'Anda hanya dapat memproses SKJ milik instansi Anda sendiri.',
    };
  }
  if (approvals.includes(action) && standard.submittedBy !== null && standard.submittedBy === actor.userId) {
    return {
      ok: false,
      code: 'SELF_APPROVAL',
      message: 'SKJ yang Anda ajukan sendiri harus diproses oleh orang lain.',
    };
  }
  return { ok: true };
}

/** Throws the decision of `canActOnStandard` as a DomainError when it is not ok. */
export function assertCanActOnStandard(
  actor: StandardActor,
  standard: Pick<StandardRecord, 'agencyId' | 'status' | 'submittedBy'>,
  action: StandardAction,
): void {
  const decision = canActOnStandard(actor, standard, action);
  if (!decision.ok) throw new DomainError(decision.code, decision.message);
}

/** The action applies to the status (the workflow's order), and the actor may take it. */
function mayTake(actor: Actor, standard: StandardRecord, action: StandardAction): boolean {
  try {
    nextStandardStatus(standard.status, action, 'alasan');
  } catch {
    return false;
  }
  return canActOnStandard(actor, standard, action).ok;
}

const readable = (actor: Actor, standard: StandardRecord) =>
  standard.status === 'ratified' || readsAgencyWork(actor, standard.agencyId);

export const jobStandardPolicy = definePolicy<
  StandardRecord,
  'compose' | 'update' | 'submit' | 'verify' | 'validate' | 'ratify' | 'return' | 'revise'
>({
  entity: 'jobStandard',
  notFound: { code: 'STANDARD_NOT_FOUND', message: 'SKJ tidak ditemukan.' },
  forbidden: {
    compose: 'Hanya penyusun atau admin instansi pemilik yang dapat menyusun SKJ ini.',
    update: 'Hanya penyusun atau admin instansi pemilik yang dapat mengubah draf SKJ ini.',
    revise: 'Hanya penyusun atau admin instansi pemilik yang dapat membuka revisi SKJ ini.',
  },
  abilities: {
    read: readable,
    /** Compose this agency's standards, whatever the version's status (the workflow checks it). */
    compose: (actor, standard) => composesFor(actor, standard.agencyId),
    update: (actor, standard) => standard.status === 'draft' && composesFor(actor, standard.agencyId),
    submit: (actor, standard) => mayTake(actor, standard, 'submit'),
    verify: (actor, standard) => mayTake(actor, standard, 'verify'),
    validate: (actor, standard) => mayTake(actor, standard, 'validate'),
    ratify: (actor, standard) => mayTake(actor, standard, 'ratify'),
    return: (actor, standard) => mayTake(actor, standard, 'return'),
    revise: (actor, standard) =>
      standard.status === 'ratified' && standard.latest !== false && composesFor(actor, standard.agencyId),
  },
});

/**
 * An agency's standards as a whole: composing new ones (create, adopt, import), the Excel export and
 * the reports over them (consistency report, merit dashboard). National actors read every agency's;
 * `agencyId` null is the national view (national actors only).
 */
export const agencyStandardsPolicy = definePolicy<
  AgencyScope,
  'compose' | 'adoptAsIs' | 'export' | 'readReports'
>({
  entity: 'agencyStandards',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: {
    compose: 'Hanya penyusun atau admin instansi yang dapat menyusun SKJ.',
    adoptAsIs: 'Hanya admin instansi yang dapat mengadopsi SKJ nasional apa adanya.',
    export: 'Unduhan SKJ instansi hanya untuk pengelola SKJ instansi.',
    readReports: 'Laporan SKJ hanya untuk pengelola SKJ instansi dan peran nasional.',
  },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    compose: (actor, scope) => composesFor(actor, scope.agencyId),
    /**
     * Adopt a nationally ratified standard as is (ratified at once, no workflow): the agency admin,
     * as the staffing authority's officer, with one confirmation.
     */
    adoptAsIs: (actor, scope) => administers(actor, scope.agencyId),
    export: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    readReports: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
  },
});
