/**
 * What a job description document (uraian jabatan) says, in the order of the job-analysis forms
 * (seed 004, "Komponen uraian jabatan"), independent of the file format: identity lines, then
 * numbered sections of paragraphs, numbered lists, tables and label/value lines. The DOCX and PDF
 * writers both draw this outline, so the two formats carry the same text.
 */
import {
  componentNames,
  hasSubordinateComponent,
  type JobDescription,
  requirementKeys,
  workingConditionAspects,
  workingConditionNames,
} from '../domain/job-description';
import { timeUnitNames, type WorkloadResult } from '../domain/workload';
import { emptyValue, formatDate, levelHeading } from './standard-outline';

export interface JobDescriptionDocumentMeta {
  agencyName: string;
  positionName: string;
  orgUnitName: string | null;
  jobLevel: string;
  version: number;
  status: 'draft' | 'ratified';
  ratifiedAt: Date | null;
  generatedAt: Date;
}

export interface JobDescriptionDocumentInput {
  content: JobDescription;
  workload: WorkloadResult;
  meta: JobDescriptionDocumentMeta;
}

export type OutlineBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** `widths` are shares of the text width; a row's cells are plain texts. */
  | { kind: 'table'; headers: string[]; widths: number[]; rows: string[][]; footer?: string[] }
  | { kind: 'pairs'; rows: [label: string, values: string[]][] };

export interface OutlineSection {
  title: string;
  blocks: OutlineBlock[];
}

export interface JobDescriptionOutline {
  title: string;
  levelHeading: string;
  identity: [label: string, value: string][];
  sections: OutlineSection[];
  isDraft: boolean;
  statusLine: string;
  positionName: string;
  agencyName: string;
}

export const jobDescriptionTitle = 'URAIAN JABATAN';

const number = (n: number, digits = 2) => n.toLocaleString('id-ID', { maximumFractionDigits: digits });

function list(items: readonly string[]): OutlineBlock {
  return { kind: 'list', items: items.length > 0 ? [...items] : [] };
}

function table(headers: string[], widths: number[], rows: string[][], footer?: string[]): OutlineBlock {
  return {
    kind: 'table',
    headers: ['No', ...headers],
    widths: [0.06, ...widths],
    rows:
      rows.length > 0
        ? rows.map((row, k) => [String(k + 1), ...row])
        : [[emptyValue, ...headers.map(() => emptyValue)]],
    ...(footer ? { footer } : {}),
  };
}

function taskSection(content: JobDescription, workload: WorkloadResult): OutlineBlock[] {
  const rows = workload.rows.map((row) => [
    row.task,
    row.output,
    number(row.volume),
    `${number(row.time)} ${timeUnitNames[row.unit]}`,
    number(row.minutesPerYear),
  ]);
  const blocks: OutlineBlock[] = [
    table(
      ['Uraian Tugas', 'Hasil Kerja', 'Volume per Tahun', 'Waktu Penyelesaian', 'Beban Kerja (menit)'],
      [0.36, 0.2, 0.12, 0.13, 0.13],
      rows,
      content.tasks.length > 0 ? ['', 'Jumlah', '', '', '', number(workload.totalMinutes)] : undefined,
    ),
  ];
  if (content.tasks.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text:
        `Kebutuhan pegawai = ${number(workload.totalMinutes)} : ${number(workload.effectiveMinutesPerYear)} menit ` +
        `(waktu kerja efektif per tahun) = ${workload.need.toLocaleString('id-ID', { minimumFractionDigits: 2 })}, ` +
        `dibulatkan menjadi ${workload.requiredHeadcount} orang.`,
    });
  }
  return blocks;
}

export function statusLineOf(meta: JobDescriptionDocumentMeta): string {
  if (meta.status === 'ratified') {
    return `Versi ${meta.version} · Ditetapkan${meta.ratifiedAt ? ` ${formatDate(meta.ratifiedAt)}` : ''}`;
  }
  return `Versi ${meta.version} · Draf, belum ditetapkan`;
}

export function jobDescriptionOutline({
  content,
  workload,
  meta,
}: JobDescriptionDocumentInput): JobDescriptionOutline {
  const r = content.requirements;
  const sections: OutlineSection[] = [
    { title: 'IKHTISAR JABATAN', blocks: [{ kind: 'paragraph', text: content.summary || emptyValue }] },
  ];
  if (hasSubordinateComponent(meta.jobLevel)) {
    sections.push({ title: 'JABATAN BAWAHAN LANGSUNG', blocks: [list(content.subordinatePositions)] });
  }
  sections.push(
    { title: 'URAIAN TUGAS DAN HASIL KERJA', blocks: taskSection(content, workload) },
    {
      title: 'BAHAN KERJA',
      blocks: [
        table(
          ['Bahan Kerja', 'Penggunaan dalam Tugas'],
          [0.4, 0.54],
          content.workMaterials.map((m) => [m.name, m.use || emptyValue]),
        ),
      ],
    },
    {
      title: 'PERANGKAT KERJA',
      blocks: [
        table(
          ['Perangkat Kerja', 'Digunakan untuk Tugas'],
          [0.4, 0.54],
          content.tools.map((m) => [m.name, m.use || emptyValue]),
        ),
      ],
    },
    { title: 'PEDOMAN KERJA', blocks: [list(content.guidelines)] },
    { title: 'TANGGUNG JAWAB', blocks: [list(content.responsibilities)] },
    { title: 'WEWENANG', blocks: [list(content.authorities)] },
    {
      title: 'HUBUNGAN KERJA',
      blocks: [
        table(
          ['Jabatan', 'Unit Kerja/Instansi', 'Dalam Hal'],
          [0.3, 0.28, 0.36],
          content.workingRelations.map((w) => [w.position, w.unit || emptyValue, w.subject]),
        ),
      ],
    },
    {
      title: 'KONDISI LINGKUNGAN KERJA',
      blocks: [
        table(
          ['Aspek', 'Faktor'],
          [0.34, 0.6],
          workingConditionAspects.map((a) => [
            workingConditionNames[a],
            content.workingConditions[a] || emptyValue,
          ]),
        ),
      ],
    },
    { title: 'UPAYA FISIK', blocks: [list(content.physicalEffort)] },
    {
      title: 'RISIKO BAHAYA',
      blocks: [
        table(
          ['Nama Risiko', 'Penyebab'],
          [0.4, 0.54],
          content.hazards.map((h) => [h.hazard, h.cause || emptyValue]),
        ),
      ],
    },
    {
      title: 'SYARAT JABATAN',
      blocks: [
        {
          kind: 'pairs',
          rows: requirementKeys.map((key, k) => {
            const value = r[key];
            const values = Array.isArray(value) ? value : value ? [value] : [];
            return [
              `${String.fromCharCode(97 + k)}. ${componentNames[`requirements.${key}`]}`,
              values.length > 0 ? values : [emptyValue],
            ];
          }),
        },
      ],
    },
  );
  return {
    title: jobDescriptionTitle,
    levelHeading: levelHeading(meta.jobLevel),
    identity: [
      ['Nama Jabatan', meta.positionName],
      ['Kode Jabatan', content.positionCode || emptyValue],
      ['Unit Kerja', meta.orgUnitName ?? emptyValue],
      ['Instansi', meta.agencyName],
    ],
    sections: sections.map((s, k) => ({ ...s, title: `${k + 1}. ${s.title}` })),
    isDraft: meta.status !== 'ratified',
    statusLine: statusLineOf(meta),
    positionName: meta.positionName,
    agencyName: meta.agencyName,
  };
}
