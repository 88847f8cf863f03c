/**
 * Lifecycle of a job standard: the owning agency drafts and submits, its verifier verifies, its
 * validator validates, KemenPAN-RB (ratifier, a national role) ratifies and gives the position
 * code. Every step but ratification may be returned to draft with a reason. Pure.
 */
import { DomainError } from './errors';
import type { Finding } from './job-standard-rules';
import type { Role } from './roles';

export const standardStatuses = ['draft', 'submitted', 'verified', 'validated', 'ratified'] as const;
export type StandardStatus = (typeof standardStatuses)[number];

export const standardActions = ['submit', 'verify', 'validate', 'ratify', 'return'] as const;
export type StandardAction = (typeof standardActions)[number];

export const standardStatusNames: Readonly<Record<StandardStatus, string>> = Object.freeze({
  draft: 'draf',
  submitted: 'diajukan',
  verified: 'terverifikasi',
  validated: 'tervalidasi',
  ratified: 'ditetapkan',
});

export const standardActionNames: Readonly<Record<StandardAction, string>> = Object.freeze({
  submit: 'ajukan',
  verify: 'verifikasi',
  validate: 'validasi',
  ratify: 'tetapkan',
  return: 'kembalikan',
});

/** The forward step of each action: from → to. `return` goes back to draft from any open step. */
const forward: Record<Exclude<StandardAction, 'return'>, { from: StandardStatus; to: StandardStatus }> = {
  submit: { from: 'draft', to: 'submitted' },
  verify: { from: 'submitted', to: 'verified' },
  validate: { from: 'verified', to: 'validated' },
  ratify: { from: 'validated', to: 'ratified' },
};

/** The step waiting at each status, whose actors may also return it. */
const pendingStep: Partial<Record<StandardStatus, Exclude<StandardAction, 'return' | 'submit'>>> = {
  submitted: 'verify',
  verified: 'validate',
  validated: 'ratify',
};

const returnable: readonly StandardStatus[] = ['submitted', 'verified', 'validated'];

/**
 * The status after `action`, or DomainError('INVALID_TRANSITION') when the action does not apply
 * to `current` (a skipped step, a ratified standard). `return` needs a non-blank `reason`
 * (DomainError('RETURN_REASON_REQUIRED')).
 */
export function nextStandardStatus(
  current: StandardStatus,
  action: StandardAction,
  reason?: string | null,
): StandardStatus {
  if (action === 'return') {
    if (!returnable.includes(current)) throw invalidTransition(current, action);
    assertReturnReason(reason);
    return 'draft';
  }
  const step = forward[action];
  if (!step || step.from !== current) throw invalidTransition(current, action);
  return step.to;
}

function invalidTransition(current: StandardStatus, action: StandardAction): DomainError {
  const name = standardActionNames[action] ?? action;
  return new DomainError(
    'INVALID_TRANSITION',
    `Tindakan "${name}" tidak dapat dilakukan pada SKJ berstatus ${standardStatusNames[current] ?? current}.`,
    { status: current, action },
  );
}

/** The reason of a return, trimmed; DomainError('RETURN_REASON_REQUIRED') when blank. */
export function assertReturnReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? '';
  if (!text) {
    throw new DomainError('RETURN_REASON_REQUIRED', 'Alasan pengembalian wajib diisi.');
  }
  return text;
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

export interface StandardActor {
  role: Role;
  /** null for national roles. */
  agencyId: string | null;
  userId: string;
}

export interface StandardWorkflowState {
  agencyId: string;
  status: StandardStatus;
  /** The user who submitted the current submission; null while never submitted. */
  submittedBy: string | null;
}

export type ActDecision = { ok: true } | { ok: false; code: 'FORBIDDEN' | 'SELF_APPROVAL'; message: string };

const approvals: readonly StandardAction[] = ['verify', 'validate', 'ratify'];

/**
 * Whether `actor` may take `action` on the standard, by role and agency. It does not check that
 * the action applies to the status: `nextStandardStatus` does. Nobody approves (verify, validate,
 * ratify) a submission they submitted themselves.
 */
export function canActOnStandard(
  actor: StandardActor,
  standard: StandardWorkflowState,
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
  standard: StandardWorkflowState,
  action: StandardAction,
): void {
  const decision = canActOnStandard(actor, standard, action);
  if (!decision.ok) throw new DomainError(decision.code, decision.message);
}

/** Submission is blocked while any finding is an error: DomainError('STANDARD_HAS_ERRORS'). */
export function assertSubmittable(findings: readonly Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new DomainError(
      'STANDARD_HAS_ERRORS',
      `SKJ belum dapat diajukan: ${errors.length} kesalahan harus diperbaiki. ${errors[0]!.message}`,
      { findings },
    );
  }
}

/** A ratified standard is frozen: changing it means a new version. */
export function assertStandardEditable(status: StandardStatus): void {
  if (status !== 'draft') {
    throw new DomainError(
      status === 'ratified' ? 'STANDARD_RATIFIED' : 'STANDARD_NOT_DRAFT',
      status === 'ratified'
        ? 'SKJ yang sudah ditetapkan tidak dapat diubah. Buat versi revisi baru.'
        : 'Hanya SKJ berstatus draf yang dapat diubah. Kembalikan ke draf terlebih dahulu.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// National position code, given at ratification.

export const defaultPositionCodePattern = 'SKJ-{YYYY}-{SEQ6}';

export interface PositionCodeParts {
  jobLevel: string;
  agencyCode: string;
  year: number;
}

const placeholder = /\{([A-Z]+)(\d*)\}/g;

/**
 * Formats a national position code. Placeholders (upper case): {YYYY} year, {YY} two-digit year,
 * {SEQ} sequence, {SEQn} sequence zero-padded to n digits, {AGENCY} agency code, {LEVEL} job
 * level code in upper case. The pattern must contain a sequence so codes are unique.
 * Throws DomainError('INVALID_CODE_PATTERN' | 'INVALID_CODE_SEQUENCE').
 */
export function formatPositionCode(pattern: string, seq: number, parts: PositionCodeParts): string {
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new DomainError('INVALID_CODE_SEQUENCE', 'Nomor urut kode jabatan harus bilangan bulat positif.');
  }
  if (!Number.isInteger(parts.year) || parts.year < 1000 || parts.year > 9999) {
    throw new DomainError('INVALID_CODE_PATTERN', 'Tahun kode jabatan harus empat digit.');
  }
  let hasSequence = false;
  const code = pattern.replace(placeholder, (token, name: string, digits: string) => {
    if (name === 'SEQ') {
      hasSequence = true;
      const text = String(seq);
      if (!digits) return text;
      const width = Number(digits);
      if (text.length > width) {
        throw new DomainError(
          'INVALID_CODE_SEQUENCE',
          `Nomor urut ${seq} melebihi ${width} digit pada pola kode jabatan.`,
        );
      }
      return text.padStart(width, '0');
    }
    if (!digits) {
      if (name === 'YYYY') return String(parts.year);
      if (name === 'YY') return String(parts.year % 100).padStart(2, '0');
      if (name === 'AGENCY') return requirePart(parts.agencyCode, 'kode instansi');
      if (name === 'LEVEL') return requirePart(parts.jobLevel, 'jenjang jabatan').toUpperCase();
    }
    throw new DomainError('INVALID_CODE_PATTERN', `Penanda ${token} tidak dikenal pada pola kode jabatan.`);
  });
  if (!hasSequence) {
    throw new DomainError(
      'INVALID_CODE_PATTERN',
      'Pola kode jabatan harus memuat nomor urut ({SEQ} atau {SEQ6}) agar kode unik.',
    );
  }
  return code;
}

function requirePart(value: string, name: string): string {
  const text = value.trim();
  if (!text) throw new DomainError('INVALID_CODE_PATTERN', `Pola kode jabatan memerlukan ${name}.`);
  return text;
}
