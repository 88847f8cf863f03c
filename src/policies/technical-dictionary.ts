/**
 * Who may do what with technical dictionaries. A ratified version applies nationally: everyone
 * reads it. Drafts and verified versions are the owning agency's work: its staff and the national
 * actors read them, never an employee or another agency. The owning agency's admins and drafters
 * compose; its verifier verifies; its admin ratifies as staffing authority (PPK); the verifier or
 * the admin may return a verified version. Excel exports are for staff, not for employees.
 * The national technical dictionary (no owning agency, e.g. the mandatory regional competency) is
 * stewarded by the superadmin: they compose its revisions, verify and ratify them.
 * The nine composition steps must be ticked before verification; the owning agency's admin (the
 * superadmin for the national dictionary) may verify without them, giving a reason (audited).
 */
import { type Actor, hasRole, isOfAgency } from '../domain/actor';
import { DomainError } from '../domain/errors';
import type { Role } from '../domain/roles';
import {
  type DictionaryAction,
  type DictionaryStatus,
  nextDictionaryStatus,
} from '../domain/technical-dictionary';
import { definePolicy } from './policy';
import {
  type AgencyScope,
  administers,
  composesFor,
  isEmployee,
  isSuperadmin,
  readsAgencyWork,
  seesAgency,
} from './scope';

/** Composes the dictionary: its agency's admins and drafters, or the superadmin for a national one. */
function composesDictionary(actor: Actor, agencyId: string | null): boolean {
  return agencyId === null ? isSuperadmin(actor) : composesFor(actor, agencyId);
}

/** Administers the dictionary as its staffing authority: the agency admin, or the national steward. */
function stewardsDictionary(actor: Actor, agencyId: string | null): boolean {
  return agencyId === null ? isSuperadmin(actor) : administers(actor, agencyId);
}

export interface DictionaryRecord {
  /** The owning agency; official (national) dictionaries have none. */
  agencyId: string | null;
  /** Whether any version is ratified (then the dictionary applies nationally). */
  hasRatified: boolean;
}

export interface DictionaryVersionRecord {
  agencyId: string | null;
  status: DictionaryStatus;
}

/** Who in the owning agency takes each step of a version. */
export const dictionaryActionRoles: Readonly<Record<DictionaryAction, readonly Role[]>> = Object.freeze({
  verify: ['verifier'],
  ratify: ['admin'],
  return: ['verifier', 'admin'],
});

const actionNames: Record<DictionaryAction, string> = {
  verify: 'memverifikasi',
  ratify: 'menetapkan',
  return: 'mengembalikan',
};

function mayActBy(actor: Actor, agencyId: string | null, action: DictionaryAction): boolean {
  if (agencyId === null) return isSuperadmin(actor);
  return isOfAgency(actor, agencyId) && hasRole(actor, ...dictionaryActionRoles[action]);
}

function applies(status: DictionaryStatus, action: DictionaryAction): boolean {
  try {
    nextDictionaryStatus(status, action);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throws FORBIDDEN unless the actor's role takes `action` in the owning agency; whether the action
 * applies to the version's status is the workflow's answer (`nextDictionaryStatus`).
 */
export function assertCanActOnDictionary(
  actor: Actor,
  version: DictionaryVersionRecord,
  action: DictionaryAction,
) {
  if (!mayActBy(actor, version.agencyId, action)) {
    throw new DomainError(
      'FORBIDDEN',
      `Peran Anda tidak berwenang ${actionNames[action]} kamus ini (${
        version.agencyId === null
          ? 'kamus nasional dikelola superadmin'
          : action === 'ratify'
            ? 'penetapan oleh admin instansi pemilik sebagai PPK'
            : 'verifikator instansi pemilik'
      }).`,
    );
  }
}

const composeMessage = 'Hanya admin atau penyusun instansi pemilik yang dapat mengubah kamus ini.';

export const technicalDictionaryPolicy = definePolicy<DictionaryRecord, 'readDrafts' | 'compose'>({
  entity: 'technicalDictionary',
  notFound: { code: 'DICTIONARY_NOT_FOUND', message: 'Kamus kompetensi tidak ditemukan.' },
  forbidden: { compose: composeMessage },
  abilities: {
    read: (actor, dictionary) => dictionary.hasRatified || readsAgencyWork(actor, dictionary.agencyId),
    readDrafts: (actor, dictionary) => readsAgencyWork(actor, dictionary.agencyId),
    /** Edit drafts, import, open a revision. */
    compose: (actor, dictionary) => composesDictionary(actor, dictionary.agencyId),
  },
});

export const dictionaryVersionPolicy = definePolicy<
  DictionaryVersionRecord,
  'compose' | 'update' | 'verify' | 'ratify' | 'return' | 'revise' | 'export' | 'overrideSteps'
>({
  entity: 'dictionaryVersion',
  notFound: { code: 'VERSION_NOT_FOUND', message: 'Versi kamus tidak ditemukan.' },
  forbidden: {
    compose: composeMessage,
    update: composeMessage,
    export: 'Unduhan Excel kamus hanya untuk pengelola instansi.',
    overrideSteps:
      'Hanya admin instansi pemilik kamus yang dapat memverifikasi tanpa sembilan langkah penyusunan lengkap.',
  },
  abilities: {
    read: (actor, version) => version.status === 'ratified' || readsAgencyWork(actor, version.agencyId),
    compose: (actor, version) => composesDictionary(actor, version.agencyId),
    update: (actor, version) => version.status === 'draft' && composesDictionary(actor, version.agencyId),
    verify: (actor, version) =>
      applies(version.status, 'verify') && mayActBy(actor, version.agencyId, 'verify'),
    ratify: (actor, version) =>
      applies(version.status, 'ratify') && mayActBy(actor, version.agencyId, 'ratify'),
    return: (actor, version) =>
      applies(version.status, 'return') && mayActBy(actor, version.agencyId, 'return'),
    revise: (actor, version) => version.status === 'ratified' && composesDictionary(actor, version.agencyId),
    export: (actor) => !isEmployee(actor),
    /** Verify although the nine composition steps are not all ticked, with a reason (audited). */
    overrideSteps: (actor, version) =>
      version.status === 'draft' && stewardsDictionary(actor, version.agencyId),
  },
});

/** An agency's dictionaries as a whole: creating one, listing its drafts. */
export const agencyDictionariesPolicy = definePolicy<AgencyScope, 'create' | 'readDrafts'>({
  entity: 'agencyDictionaries',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: { create: 'Hanya admin atau penyusun instansi yang dapat membuat kamus teknis.' },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    create: (actor, scope) => composesFor(actor, scope.agencyId),
    readDrafts: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
  },
});
