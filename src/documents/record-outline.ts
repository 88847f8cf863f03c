/**
 * The signed formulation record (Dokumen Rumusan Kompetensi, seed 003 step 4): the standard, then
 * its workflow history with actors and dates, then signature blocks for the drafter, verifier,
 * validator and the ratifying ministry. Independent of the file format, like `standard-outline.ts`.
 */
import { formatNip } from '../domain/agency-identity';
import type { StandardAction, StandardStatus } from '../domain/job-standard-workflow';
import {
  formatDate,
  formatDateTime,
  type StandardDocumentInput,
  type StandardOutline,
  standardOutline,
  statusName,
} from './standard-outline';

export interface TransitionEntry {
  action: StandardAction;
  fromStatus: StandardStatus | null;
  toStatus: StandardStatus;
  actorName: string | null;
  actorRole: string | null;
  /** The actor's NIP and official title, printed with their signature; null when not recorded. */
  actorNip?: string | null | undefined;
  actorTitle?: string | null | undefined;
  at: Date;
  comment: string | null;
}

export interface RecordDocumentInput extends StandardDocumentInput {
  transitions: TransitionEntry[];
}

export interface SignatureBlock {
  /** "Diajukan oleh," */
  caption: string;
  /** The signer's official title (jabatan), or a dotted line to fill in by hand. */
  role: string;
  /** "NIP. 19850412 201001 1 003", or a dotted line. */
  nip: string;
  /** null: the step has not happened yet (a dotted line to sign by hand). */
  name: string | null;
  date: string | null;
}

export interface RecordOutline {
  title: string;
  subtitle: string;
  standard: StandardOutline;
  historyTitle: string;
  historyHeaders: string[];
  historyRows: string[][];
  signaturesTitle: string;
  signatures: SignatureBlock[];
}

export const recordTitle = 'DOKUMEN RUMUSAN KOMPETENSI';
export const noHistory = 'Belum ada langkah alur kerja yang tercatat.';
export const blankName = '(....................................)';
export const blankNip = 'NIP. ....................................';
export const blankTitle = '(jabatan) ....................................';

const actionNames: Record<StandardAction, string> = {
  submit: 'Diajukan',
  verify: 'Diverifikasi',
  validate: 'Divalidasi',
  ratify: 'Ditetapkan',
  return: 'Dikembalikan',
};

const roleNames: Record<string, string> = {
  superadmin: 'Superadmin',
  admin: 'Admin Instansi',
  drafter: 'Penyusun',
  verifier: 'Verifikator',
  validator: 'Validator',
  ratifier: 'KemenPAN-RB',
  employee: 'Pegawai',
};

const signatureSteps: { action: Exclude<StandardAction, 'return'>; caption: string }[] = [
  { action: 'submit', caption: 'Disusun dan diajukan oleh,' },
  { action: 'verify', caption: 'Diverifikasi oleh,' },
  { action: 'validate', caption: 'Divalidasi oleh,' },
  { action: 'ratify', caption: 'Ditetapkan oleh,' },
];

export function recordOutline(input: RecordDocumentInput): RecordOutline {
  const standard = standardOutline(input);
  const transitions = [...input.transitions].sort((a, b) => a.at.getTime() - b.at.getTime());
  const historyRows = transitions.map((t, k) => [
    String(k + 1),
    actionNames[t.action] ?? t.action,
    `${t.fromStatus ? statusName(t.fromStatus) : '-'} » ${statusName(t.toStatus)}`,
    [
      t.actorName ?? '-',
      t.actorTitle?.trim() || (t.actorRole ? (roleNames[t.actorRole] ?? t.actorRole) : null),
    ]
      .filter(Boolean)
      .join(', '),
    formatDateTime(t.at),
    t.comment ?? '',
  ]);
  // The latest of each step counts: a return sends the standard back, and it is submitted again.
  const lastReturn = Math.max(-1, ...transitions.map((t, k) => (t.action === 'return' ? k : -1)));
  const signatures = signatureSteps.map((step) => {
    const done = transitions.findLast((t, k) => t.action === step.action && k > lastReturn);
    // Signers are titled by their jabatan, never by their role in this app.
    return {
      caption: step.caption,
      role: done?.actorTitle?.trim() || blankTitle,
      nip: done?.actorNip ? `NIP. ${formatNip(done.actorNip)}` : blankNip,
      name: done?.actorName ?? null,
      date: done ? formatDate(done.at) : null,
    };
  });
  return {
    title: recordTitle,
    subtitle: `${standard.positionName} · ${standard.agencyName}`,
    standard,
    historyTitle: 'IV. RIWAYAT PERUMUSAN',
    historyHeaders: ['No', 'Tahap', 'Status', 'Pelaksana', 'Waktu', 'Catatan'],
    historyRows,
    signaturesTitle: 'V. PENGESAHAN',
    signatures,
  };
}
