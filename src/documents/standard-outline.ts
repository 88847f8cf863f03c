/**
 * What an official SKJ document says, in the order and wording of the official layout (seed 001,
 * "Contoh: Standar Kompetensi Administrator"), independent of the file format. The DOCX and PDF
 * writers both draw this outline, so the two formats carry the same text.
 */

import type { AgencyIdentity } from '../domain/agency-identity';
import {
  competencyKinds,
  type Importance,
  importanceNames,
  importances,
  type JobStandard,
} from '../domain/job-standard';
import type { StandardStatus } from '../domain/job-standard-workflow';
import { findJobLevel, type PositionGroup, ranks } from '../domain/reference';
import { formatDate } from './dates';
import {
  identityFromName,
  type Letterhead,
  letterhead,
  type SignatureBlockOutline,
  signatureBlock,
  staffingSigner,
} from './official-outline';

export { formatDate, formatDateTime } from './dates';

/** Facts about the stored version that the content itself does not carry. */
export interface StandardDocumentMeta {
  agencyName: string;
  version: number;
  status: StandardStatus;
  ratifiedAt: Date | null;
  /** The code given at ratification (the row's, which wins over the content's copy). */
  positionCode: string | null;
  generatedAt: Date;
  /** Letterhead and signer; without it the document carries the agency name only. */
  identity?: AgencyIdentity | undefined;
  /** Set when the standard was adopted as is from another agency's ratified standard. */
  adoptedFrom?: { agencyName: string; positionCode: string } | null | undefined;
}

export interface StandardDocumentInput {
  standard: JobStandard;
  meta: StandardDocumentMeta;
}

export interface CompetencyLine {
  number: number;
  name: string;
  level: number;
  description: string;
  indicators: string[];
}

export interface CompetencyGroup {
  /** "A. Manajerial", "B. Sosial Kultural", "C. Teknis". */
  title: string;
  rows: CompetencyLine[];
}

export interface RequirementLine {
  /**
   * "1 Jenjang"; '' for the second and later items of one sub-heading (drawn as one merged cell);
   * null when the group has no sub-headings (the text spans both detail columns).
   */
  label: string | null;
  text: string;
  importance: Importance | null;
}

export interface RequirementGroup {
  /** "A. Pendidikan" … "E. Indikator Kinerja Jabatan". */
  title: string;
  lines: RequirementLine[];
}

export interface StandardOutline {
  title: string;
  /** "JABATAN ADMINISTRATOR". */
  levelHeading: string;
  identity: [label: string, value: string][];
  letterhead: Letterhead;
  summary: string;
  /** Uraian tugas, one task per item (PP 11/2017 Pasal 166: "uraian jabatan"). */
  jobDescription: string[];
  /** The penetapan block, once ratified. */
  approval: SignatureBlockOutline | null;
  /** "Diadopsi apa adanya dari SKJ … (…)", or null. */
  adoptionNote: string | null;
  competencyGroups: CompetencyGroup[];
  requirementGroups: RequirementGroup[];
  /** Whether the DRAFT watermark is drawn (every status but ratified). */
  isDraft: boolean;
  /** "Versi 2 · Ditetapkan 4 September 2023" or "Versi 1 · Draf, belum ditetapkan". */
  statusLine: string;
  positionName: string;
  agencyName: string;
}

export const documentTitle = 'STANDAR KOMPETENSI JABATAN';
export const sectionTitles = {
  summary: 'I. IKHTISAR JABATAN',
  jobDescription: 'Uraian Tugas',
  competencies: 'II. STANDAR KOMPETENSI',
  requirements: 'III. PERSYARATAN JABATAN',
} as const;
export const competencyHeaders = ['Kompetensi', 'Level', 'Deskripsi', 'Indikator Kompetensi'] as const;
export const requirementHeaders = {
  kind: 'Jenis Persyaratan',
  detail: 'Uraian',
  importance: 'Tingkat Pentingnya terhadap Jabatan',
} as const;
/** Column order of the importance marks: Mutlak, Penting, Perlu. */
export const importanceColumns: readonly Importance[] = importances;
export const importanceMark = 'V';
export const draftWatermark = 'DRAFT';
export const emptyValue = '-';

const groupNames: Record<PositionGroup, string> = {
  leadership: 'Jabatan Pimpinan Tinggi',
  administrative: 'Jabatan Administrasi',
  functional: 'Jabatan Fungsional',
};

const kindTitles = {
  managerial: 'Manajerial',
  socioCultural: 'Sosial Kultural',
  technical: 'Teknis',
} as const;

const statusNames: Record<StandardStatus, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  verified: 'Terverifikasi',
  validated: 'Tervalidasi',
  ratified: 'Ditetapkan',
};

export function statusName(status: StandardStatus): string {
  return statusNames[status] ?? status;
}

/** "JPT Pratama" → "JABATAN PIMPINAN TINGGI PRATAMA"; "JF Ahli Muda" → "JABATAN FUNGSIONAL AHLI MUDA". */
export function levelHeading(jobLevelCode: string): string {
  const name = findJobLevel(jobLevelCode)?.name ?? jobLevelCode;
  const expanded = name.replace(/^JPT\b/, 'Pimpinan Tinggi').replace(/^JF\b/, 'Fungsional');
  return `JABATAN ${expanded}`.toUpperCase();
}

export function statusLine(meta: StandardDocumentMeta): string {
  if (meta.status === 'ratified') {
    return `Versi ${meta.version} · Ditetapkan${meta.ratifiedAt ? ` ${formatDate(meta.ratifiedAt)}` : ''}`;
  }
  return `Versi ${meta.version} · ${statusName(meta.status)}, belum ditetapkan`;
}

function rankText(minGrade: string | null): string {
  if (!minGrade) return emptyValue;
  const rank = ranks.find((r) => r.grade === minGrade);
  return rank ? `${rank.rank} (${rank.grade})` : minGrade;
}

function trainingLines(number: number, label: string, items: { name: string; importance: Importance }[]) {
  if (items.length === 0) return [{ label: `${number} ${label}`, text: emptyValue, importance: null }];
  return items.map((item, k) => ({
    label: k === 0 ? `${number} ${label}` : '',
    text: item.name,
    importance: item.importance,
  }));
}

function requirementGroups(standard: JobStandard): RequirementGroup[] {
  const { education, training, experience, rank, performanceIndicators } = standard.requirements;
  const years = experience.years ? `minimal ${experience.years} tahun` : '';
  const experienceText = [experience.description.trim(), years].filter(Boolean).join(', ');
  return [
    {
      title: 'A. Pendidikan',
      lines: [
        {
          label: '1 Jenjang',
          text: education.levels.join('/') || emptyValue,
          importance: education.levels.length > 0 ? education.importance : null,
        },
        {
          label: '2 Bidang Ilmu',
          text: education.fieldsOfStudy.join(', ') || emptyValue,
          importance: education.fieldsOfStudy.length > 0 ? education.importance : null,
        },
      ],
    },
    {
      title: 'B. Pelatihan',
      lines: [
        ...trainingLines(1, 'Manajerial', training.managerial),
        ...trainingLines(2, 'Teknis', training.technical),
        ...trainingLines(3, 'Fungsional', training.functional),
      ],
    },
    {
      title: 'C. Pengalaman Kerja',
      lines: [
        {
          label: null,
          text: experienceText || emptyValue,
          importance: experienceText ? experience.importance : null,
        },
      ],
    },
    {
      title: 'D. Pangkat',
      lines: [
        { label: null, text: rankText(rank.minGrade), importance: rank.minGrade ? rank.importance : null },
      ],
    },
    {
      title: 'E. Indikator Kinerja Jabatan',
      lines:
        performanceIndicators.length > 0
          ? performanceIndicators.map((p) => ({ label: null, text: p.text, importance: p.importance }))
          : [{ label: null, text: emptyValue, importance: null }],
    },
  ];
}

function competencyGroups(standard: JobStandard): CompetencyGroup[] {
  let number = 0;
  return competencyKinds.map((kind, k) => ({
    title: `${String.fromCharCode(65 + k)}. ${kindTitles[kind]}`,
    rows: standard.competencies
      .filter((row) => row.kind === kind)
      .map((row) => ({
        number: ++number,
        name: row.name,
        level: row.requiredLevel,
        description: row.levelDescription,
        indicators: row.behaviourIndicators,
      })),
  }));
}

/** The outline of one standard; throws a TypeError on content that is not a standard. */
export function standardOutline({ standard, meta }: StandardDocumentInput): StandardOutline {
  const { identity } = standard;
  const agency = meta.identity ?? identityFromName(meta.agencyName);
  const ratified = meta.status === 'ratified';
  return {
    title: documentTitle,
    levelHeading: levelHeading(identity.jobLevel),
    identity: [
      ['Nama Jabatan', identity.positionName],
      ['Kelompok Jabatan', groupNames[identity.positionGroup] ?? identity.positionGroup],
      ['Urusan Pemerintah', identity.governmentAffair ?? emptyValue],
      ['Kode Jabatan', meta.positionCode ?? identity.positionCode ?? 'belum ditetapkan'],
    ],
    letterhead: letterhead(agency),
    summary: identity.summary?.trim() || emptyValue,
    jobDescription: (identity.jobDescription ?? []).map((task) => task.trim()).filter(Boolean),
    approval: ratified
      ? signatureBlock(staffingSigner(agency), {
          place: agency.place,
          date: meta.ratifiedAt,
          form: 'decree',
          fallbackTitle: 'Pejabat Pembina Kepegawaian',
        })
      : null,
    adoptionNote: meta.adoptedFrom
      ? `Diadopsi apa adanya dari SKJ berkode ${meta.adoptedFrom.positionCode} yang ditetapkan pada ${meta.adoptedFrom.agencyName}.`
      : null,
    competencyGroups: competencyGroups(standard),
    requirementGroups: requirementGroups(standard),
    isDraft: meta.status !== 'ratified',
    statusLine: statusLine(meta),
    positionName: identity.positionName,
    agencyName: meta.agencyName,
  };
}

export function importanceName(importance: Importance): string {
  return importanceNames[importance];
}
