/**
 * Lifecycle of a job standard: draft → submitted → verified → validated → ratified (the national
 * ratification gives the position code); every step but ratification may be returned to draft with
 * a reason. Pure. Who may take each step: `src/policies/job-standard.ts`.
 */
import { DomainError } from './errors';
import type { Finding } from './job-standard-rules';

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

/**
 * Submission and ratification are blocked while any finding is an error:
 * DomainError('STANDARD_HAS_ERRORS').
 */
export function assertSubmittable(
  findings: readonly Finding[],
  action: 'submit' | 'ratify' = 'submit',
): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new DomainError(
      'STANDARD_HAS_ERRORS',
      `SKJ belum dapat ${action === 'ratify' ? 'ditetapkan' : 'diajukan'}: ${errors.length} kesalahan harus diperbaiki. ${errors[0]!.message}`,
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
