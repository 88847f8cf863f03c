/**
 * Drafting campaigns (kegiatan penyusunan SKJ, seed 000): the enumerations, ISO-date arithmetic,
 * the period rules, the default weekly phase plan and the default SOP steps of seed 003. Pure.
 * Progress, lateness and the week grid are in `drafting-campaign-progress.ts`.
 */
import { DomainError } from './errors';

export const draftingCampaignGroupKinds = ['steering', 'drafting'] as const;
export type DraftingCampaignGroupKind = (typeof draftingCampaignGroupKinds)[number];

export const draftingCampaignMemberRoles = ['coordinator', 'member'] as const;
export type DraftingCampaignMemberRole = (typeof draftingCampaignMemberRoles)[number];

export const draftingCampaignPhaseKinds = [
  'preparation',
  'dataCollection',
  'processing',
  'composing',
  'other',
] as const;
export type DraftingCampaignPhaseKind = (typeof draftingCampaignPhaseKinds)[number];

/** Seed 000: members interview the position holder, the direct superior and the policy maker. */
export const intervieweeRoles = ['holder', 'superior', 'policyMaker'] as const;
export type IntervieweeRole = (typeof intervieweeRoles)[number];

/**
 * Who performs an SOP step. Drafting campaign roles: `steering` (a member of a steering team, e.g. the
 * unit head of seed 003), `coordinator` (a coordinator of a drafting group, e.g. the section
 * head), `member` (anyone in a drafting group, e.g. an assessor); or an SKJ user role.
 */
export const sopActorRoles = [
  'steering',
  'coordinator',
  'member',
  'admin',
  'drafter',
  'verifier',
  'validator',
] as const;
export type SopActorRole = (typeof sopActorRoles)[number];

// ---------------------------------------------------------------------------------------------
// ISO dates (YYYY-MM-DD), as calendar days without time zone.

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** A real calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const match = isoDatePattern.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / dayMs;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** `to` minus `from`, in days. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Today's calendar date where the agencies are (WIB by default). */
export function todayIso(now: Date, timeZone = 'Asia/Jakarta'): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

// ---------------------------------------------------------------------------------------------
// Periods

/** Seed 000 spans 5 months; two years is the longest drafting campaign the week grid is drawn for. */
export const maxDraftingCampaignDays = 731;

export interface Period {
  startsOn: string;
  endsOn: string;
}

/** The drafting campaign period: ends on or after it starts, at most two years. */
export function assertDraftingCampaignPeriod(period: Period): void {
  if (period.endsOn < period.startsOn) {
    throw new DomainError('INVALID_PERIOD', 'Tanggal selesai kegiatan tidak boleh sebelum tanggal mulai.', {
      issues: [{ path: 'endsOn', message: 'Tanggal selesai sebelum tanggal mulai' }],
    });
  }
  if (daysBetween(period.startsOn, period.endsOn) + 1 > maxDraftingCampaignDays) {
    throw new DomainError('DRAFTING_CAMPAIGN_PERIOD_TOO_LONG', 'Periode kegiatan paling lama dua tahun.', {
      issues: [{ path: 'endsOn', message: 'Periode lebih dari dua tahun' }],
    });
  }
}

/** A phase runs forward and lies inside the drafting campaign period. */
export function assertPhaseWithinPeriod(phase: Period & { name?: string }, draftingCampaign: Period): void {
  if (phase.endsOn < phase.startsOn) {
    throw new DomainError('INVALID_PERIOD', 'Tanggal selesai tahap tidak boleh sebelum tanggal mulai.', {
      issues: [{ path: 'endsOn', message: 'Tanggal selesai sebelum tanggal mulai' }],
    });
  }
  if (phase.startsOn < draftingCampaign.startsOn || phase.endsOn > draftingCampaign.endsOn) {
    const label = phase.name ? `Tahap "${phase.name}"` : 'Tahap';
    throw new DomainError(
      'PHASE_OUTSIDE_PERIOD',
      `${label} (${phase.startsOn} s.d. ${phase.endsOn}) berada di luar periode kegiatan (${draftingCampaign.startsOn} s.d. ${draftingCampaign.endsOn}).`,
      {
        issues: [
          {
            path: phase.startsOn < draftingCampaign.startsOn ? 'startsOn' : 'endsOn',
            message: 'Di luar periode kegiatan',
          },
        ],
      },
    );
  }
}

/** A position's due date, when set, lies inside the drafting campaign period. */
export function assertDueWithinPeriod(dueOn: string | null | undefined, draftingCampaign: Period): void {
  if (dueOn && (dueOn < draftingCampaign.startsOn || dueOn > draftingCampaign.endsOn)) {
    throw new DomainError(
      'DUE_DATE_OUTSIDE_PERIOD',
      `Tenggat ${dueOn} berada di luar periode kegiatan (${draftingCampaign.startsOn} s.d. ${draftingCampaign.endsOn}).`,
      { issues: [{ path: 'dueOn', message: 'Di luar periode kegiatan' }] },
    );
  }
}

/**
 * Moving the period must not strand a position's due date outside it: DUE_DATE_OUTSIDE_PERIOD
 * names how many and which positions, so the admin moves their due dates first.
 */
export function assertDueDatesWithinPeriod(
  scope: readonly { positionId: string; dueOn: string | null }[],
  draftingCampaign: Period,
): void {
  const outside = scope.filter(
    (row) =>
      row.dueOn !== null && (row.dueOn < draftingCampaign.startsOn || row.dueOn > draftingCampaign.endsOn),
  );
  if (outside.length === 0) return;
  throw new DomainError(
    'DUE_DATE_OUTSIDE_PERIOD',
    `${outside.length} jabatan memiliki tenggat di luar periode baru (${draftingCampaign.startsOn} s.d. ${draftingCampaign.endsOn}). Ubah tenggatnya lebih dulu.`,
    {
      positionIds: outside.map((row) => row.positionId),
      issues: [
        {
          path: outside.some((row) => row.dueOn! < draftingCampaign.startsOn) ? 'startsOn' : 'endsOn',
          message: 'Tenggat jabatan di luar periode',
        },
      ],
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Default weekly plan (seed 000: preparation, then data collection, processing, composing results)

export interface PhasePlanItem extends Period {
  kind: DraftingCampaignPhaseKind;
  name: string;
  sortOrder: number;
}

const defaultPhases: readonly { kind: DraftingCampaignPhaseKind; name: string; weight: number }[] = [
  { kind: 'preparation', name: 'Persiapan', weight: 3 },
  { kind: 'dataCollection', name: 'Pengumpulan data', weight: 7 },
  { kind: 'processing', name: 'Pengolahan data', weight: 5 },
  { kind: 'composing', name: 'Penyusunan hasil standar kompetensi jabatan', weight: 5 },
];

/**
 * Four consecutive phases covering the period, cut at week boundaries (weeks counted from the
 * start date) in the proportions of seed 000's 20-week schedule (3 : 7 : 5 : 5), each at least one
 * week; the last phase ends with the drafting campaign. A period shorter than four weeks is cut by days,
 * and one shorter than four days gives every phase the whole period.
 */
export function defaultPhasePlan(period: Period): PhasePlanItem[] {
  const days = daysBetween(period.startsOn, period.endsOn) + 1;
  const weeks = Math.ceil(days / 7);
  const unit = weeks >= defaultPhases.length ? 7 : days >= defaultPhases.length ? 1 : 0;
  if (unit === 0) {
    return defaultPhases.map((phase, i) => ({
      kind: phase.kind,
      name: phase.name,
      sortOrder: i + 1,
      ...period,
    }));
  }
  const units = unit === 7 ? weeks : days;
  const total = defaultPhases.reduce((sum, phase) => sum + phase.weight, 0);
  const ends: number[] = [];
  let cumulative = 0;
  defaultPhases.forEach((phase, i) => {
    cumulative += phase.weight;
    const remaining = defaultPhases.length - 1 - i;
    const previous = ends[i - 1] ?? 0;
    const proposed = i === defaultPhases.length - 1 ? units : Math.round((units * cumulative) / total);
    ends.push(Math.min(units - remaining, Math.max(previous + 1, proposed)));
  });
  return defaultPhases.map((phase, i) => {
    const first = ends[i - 1] ?? 0;
    const last = ends[i]!;
    return {
      kind: phase.kind,
      name: phase.name,
      sortOrder: i + 1,
      startsOn: addDays(period.startsOn, first * unit),
      endsOn: i === defaultPhases.length - 1 ? period.endsOn : addDays(period.startsOn, last * unit - 1),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// SOP of seed 003 (SOP Perumusan Kompetensi, BKD Provinsi Jawa Tengah, nomor 006)

export interface SopStepTemplate {
  step: string;
  actorRole: SopActorRole;
  inputs: string;
  duration: string;
  output: string;
}

/** Seed 003's seven steps; the unit head is the steering team, the section head a coordinator. */
export const defaultSopSteps: readonly SopStepTemplate[] = Object.freeze([
  {
    step: 'Kepala unit memerintahkan kepala seksi untuk merumuskan kompetensi bagi instansi yang akan melaksanakan penilaian potensi dan/atau kompetensi.',
    actorRole: 'steering',
    inputs: 'Surat permohonan uji kompetensi, tugas dan fungsi jabatan, rencana strategis',
    duration: '',
    output: 'Surat penugasan',
  },
  {
    step: 'Kepala seksi berkoordinasi dengan pemangku kepentingan mengenai rencana perumusan kompetensi.',
    actorRole: 'coordinator',
    inputs: 'Surat permohonan penilaian potensi dan/atau kompetensi',
    duration: '10 menit',
    output: 'Jadwal rapat dengan pemangku kepentingan dan narasumber',
  },
  {
    step: 'Kepala seksi bersama asesor melaksanakan rapat perumusan kompetensi dengan pemangku kepentingan.',
    actorRole: 'coordinator',
    inputs:
      'Surat penugasan, data sekunder (tugas dan fungsi jabatan), LCD, PC/laptop, printer, kamus kompetensi',
    duration: '3 jam',
    output: 'Hasil perumusan potensi dan/atau kompetensi',
  },
  {
    step: 'Kepala seksi dan pimpinan pemangku kepentingan menandatangani dokumen rumusan potensi dan/atau kompetensi.',
    actorRole: 'coordinator',
    inputs: 'Draf final dokumen rumusan potensi dan/atau kompetensi',
    duration: '10 menit',
    output: 'Dokumen rumusan potensi dan/atau kompetensi',
  },
  {
    step: 'Kepala seksi melaporkan hasil perumusan potensi dan/atau kompetensi kepada kepala unit.',
    actorRole: 'coordinator',
    inputs: 'Dokumen rumusan potensi dan/atau kompetensi, nota dinas pengantar',
    duration: '10 menit',
    output: 'Dokumen rumusan potensi dan/atau kompetensi',
  },
  {
    step: 'Kepala unit memerintahkan agar dokumen rumusan dipedomani untuk menyusun instrumen penilaian serta didokumentasikan.',
    actorRole: 'steering',
    inputs: 'Dokumen rumusan potensi dan/atau kompetensi, nota dinas pengantar',
    duration: '10 menit',
    output: '',
  },
  {
    step: 'Kepala seksi mendokumentasikan rumusan potensi dan/atau kompetensi.',
    actorRole: 'coordinator',
    inputs: 'Map',
    duration: '10 menit',
    output: 'Dokumen terdokumentasikan',
  },
]);

/** Indonesian names of the SOP actor roles, for messages. */
export const sopActorRoleNames: Readonly<Record<SopActorRole, string>> = Object.freeze({
  steering: 'Tim Pengarah',
  coordinator: 'koordinator kelompok penyusun',
  member: 'anggota kelompok penyusun',
  admin: 'admin instansi',
  drafter: 'penyusun',
  verifier: 'verifikator',
  validator: 'validator',
});
