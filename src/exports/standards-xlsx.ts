/**
 * An agency's standards as one workbook, in the shape HR staff keep them: a "SKJ" sheet (one row
 * per position: version, status, code), "Kompetensi" (one row per position × competency: kind,
 * dictionary, code, name, level, importance, the level's description and indicators one per line)
 * and "Persyaratan" (one row per requirement item). The reader takes the same shape back; it only
 * parses and reports problems per row: resolving names and codes is the service's job.
 */
import ExcelJS from 'exceljs';
import { normalizeEducationLevels } from '../domain/education';
import { type Importance, importanceNames, importances, type Requirements } from '../domain/job-standard';
import { type CompetencyKind, findJobLevel } from '../domain/reference';
import { type ColumnAliases, cellText, findHeaderRow, readDataRows } from './xlsx-cells';
import { inspectXlsx, maxRows } from './xlsx-limits';

export interface ExportedCompetency {
  kind: CompetencyKind;
  dictionaryCode: string;
  code: string;
  name: string;
  requiredLevel: number;
  importance: Importance | null;
  levelDescription: string;
  behaviourIndicators: string[];
}

export interface ExportedStandard {
  positionName: string;
  jobLevel: string;
  version: number;
  status: string;
  positionCode: string | null;
  competencies: ExportedCompetency[];
  requirements: Requirements;
}

/** A standard's status as the "SKJ" sheet writes it. */
const statusNames: Record<string, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  verified: 'Terverifikasi',
  validated: 'Tervalidasi',
  ratified: 'Ditetapkan',
};

export const kindNames: Record<CompetencyKind, string> = {
  managerial: 'Manajerial',
  socioCultural: 'Sosial Kultural',
  technical: 'Teknis',
};

/** Requirement kinds as the "Jenis Persyaratan" column spells them. */
export const requirementKinds = {
  education: 'Pendidikan',
  fieldOfStudy: 'Bidang Studi',
  trainingManagerial: 'Pelatihan Manajerial',
  trainingTechnical: 'Pelatihan Teknis',
  trainingFunctional: 'Pelatihan Fungsional',
  experience: 'Pengalaman Kerja',
  experienceYears: 'Pengalaman (tahun)',
  rank: 'Pangkat/Golongan',
  performance: 'Indikator Kinerja',
} as const;
export type RequirementKind = keyof typeof requirementKinds;

const competencyHeader = [
  'Jabatan',
  'Jenis Kompetensi',
  'Kamus',
  'Kode Kompetensi',
  'Nama Kompetensi',
  'Level',
  'Tingkat Pentingnya',
  'Deskripsi Level',
  'Indikator Perilaku',
];
const requirementHeader = ['Jabatan', 'Jenis Persyaratan', 'Uraian', 'Tingkat Pentingnya'];

function requirementRows(positionName: string, r: Requirements): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const imp = (i: Importance) => importanceNames[i];
  rows.push([
    positionName,
    requirementKinds.education,
    r.education.levels.join('/'),
    imp(r.education.importance),
  ]);
  for (const field of r.education.fieldsOfStudy) {
    rows.push([positionName, requirementKinds.fieldOfStudy, field, imp(r.education.importance)]);
  }
  for (const [kind, list] of [
    ['trainingManagerial', r.training.managerial],
    ['trainingTechnical', r.training.technical],
    ['trainingFunctional', r.training.functional],
  ] as const) {
    for (const item of list)
      rows.push([positionName, requirementKinds[kind], item.name, imp(item.importance)]);
  }
  rows.push([
    positionName,
    requirementKinds.experience,
    r.experience.description,
    imp(r.experience.importance),
  ]);
  if (r.experience.years !== null) {
    rows.push([
      positionName,
      requirementKinds.experienceYears,
      r.experience.years,
      imp(r.experience.importance),
    ]);
  }
  rows.push([positionName, requirementKinds.rank, r.rank.minGrade ?? '', imp(r.rank.importance)]);
  for (const p of r.performanceIndicators) {
    rows.push([positionName, requirementKinds.performance, p.text, imp(p.importance)]);
  }
  return rows;
}

function styleHeader(sheet: ExcelJS.Worksheet) {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function writeStandardsWorkbook(
  agencyName: string,
  standards: ExportedStandard[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SKJ';
  const readme = workbook.addWorksheet('README');
  readme.getColumn(1).width = 110;
  for (const line of [
    `Standar Kompetensi Jabatan ${agencyName}`,
    '',
    'Lembar "Kompetensi": satu baris per jabatan × kompetensi. Kamus dan Kode Kompetensi menunjuk kompetensi pada kamus yang ditetapkan;',
    'Level 1–5; Tingkat Pentingnya: Mutlak, Penting atau Perlu (kosong boleh untuk manajerial dan sosial kultural);',
    'Indikator Perilaku: satu indikator per baris di dalam sel. Teks yang berbeda dari kamus disimpan sebagai teks yang diubah.',
    `Lembar "Persyaratan": Jenis Persyaratan salah satu dari: ${Object.values(requirementKinds).join(', ')}.`,
    'Lembar "SKJ" hanya informasi (versi, status, kode jabatan); tidak dibaca saat impor.',
    'Impor: setiap jabatan dalam berkas menjadi draf (draf yang ada diganti isinya; SKJ yang sudah ditetapkan mendapat versi revisi).',
  ]) {
    readme.addRow([line]);
  }
  readme.getRow(1).font = { bold: true, size: 14 };

  const summary = workbook.addWorksheet('SKJ');
  summary.addRow(['Jabatan', 'Jenjang', 'Versi', 'Status', 'Kode Jabatan']);
  for (const s of standards)
    summary.addRow([
      s.positionName,
      findJobLevel(s.jobLevel)?.name ?? s.jobLevel,
      s.version,
      statusNames[s.status] ?? s.status,
      s.positionCode ?? '',
    ]);
  styleHeader(summary);
  summary.columns.forEach((c, i) => {
    c.width = [48, 16, 8, 14, 20][i];
  });

  const competencies = workbook.addWorksheet('Kompetensi');
  competencies.addRow(competencyHeader);
  for (const s of standards) {
    for (const c of s.competencies) {
      competencies.addRow([
        s.positionName,
        kindNames[c.kind],
        c.dictionaryCode,
        c.code,
        c.name,
        c.requiredLevel,
        c.importance ? importanceNames[c.importance] : '',
        c.levelDescription,
        c.behaviourIndicators.join('\n'),
      ]);
    }
  }
  styleHeader(competencies);
  competencies.columns.forEach((c, i) => {
    c.width = [40, 16, 24, 14, 36, 7, 14, 60, 80][i];
    c.alignment = { vertical: 'top', wrapText: i >= 7 };
  });

  const requirements = workbook.addWorksheet('Persyaratan');
  requirements.addRow(requirementHeader);
  for (const s of standards) {
    for (const row of requirementRows(s.positionName, s.requirements)) requirements.addRow(row);
  }
  styleHeader(requirements);
  requirements.columns.forEach((c, i) => {
    c.width = [40, 22, 70, 16][i];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface SheetProblem {
  sheet: string;
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export interface ImportedCompetency {
  row: number;
  kind: CompetencyKind;
  dictionaryCode: string;
  code: string;
  requiredLevel: number;
  importance: Importance | null;
  levelDescription: string | null;
  behaviourIndicators: string[] | null;
}

export interface ImportedStandard {
  positionName: string;
  firstRow: number;
  competencies: ImportedCompetency[];
  requirements: Requirements;
}

const competencyAliases = {
  position: ['jabatan', 'nama jabatan'],
  kind: ['jenis kompetensi', 'jenis'],
  dictionary: ['kamus', 'kode kamus'],
  code: ['kode kompetensi', 'kode'],
  name: ['nama kompetensi', 'kompetensi'],
  level: ['level', 'level kompetensi'],
  importance: ['tingkat pentingnya', 'tingkat penting', 'itj'],
  description: ['deskripsi level', 'deskripsi'],
  indicators: ['indikator perilaku', 'indikator kompetensi', 'indikator'],
} as const satisfies ColumnAliases<string>;
type CompetencyColumn = keyof typeof competencyAliases;
const competencyLabels: Record<CompetencyColumn, string> = {
  position: 'Jabatan',
  kind: 'Jenis Kompetensi',
  dictionary: 'Kamus',
  code: 'Kode Kompetensi',
  name: 'Nama Kompetensi',
  level: 'Level',
  importance: 'Tingkat Pentingnya',
  description: 'Deskripsi Level',
  indicators: 'Indikator Perilaku',
};
const requirementLabels = {
  position: 'Jabatan',
  kind: 'Jenis Persyaratan',
  text: 'Uraian',
  importance: 'Tingkat Pentingnya',
};

const requirementAliases = {
  position: ['jabatan', 'nama jabatan'],
  kind: ['jenis persyaratan', 'jenis'],
  text: ['uraian', 'keterangan'],
  importance: ['tingkat pentingnya', 'tingkat penting', 'itj'],
} as const satisfies ColumnAliases<string>;
type RequirementColumn = keyof typeof requirementAliases;

const kindByName = new Map<string, CompetencyKind>(
  Object.entries(kindNames).map(([k, v]) => [v.toLowerCase(), k as CompetencyKind]),
);
const importanceByName = new Map<string, Importance>(
  importances.map((i) => [importanceNames[i].toLowerCase(), i]),
);
const requirementKindByName = new Map<string, RequirementKind>(
  Object.entries(requirementKinds).map(([k, v]) => [v.toLowerCase(), k as RequirementKind]),
);

function emptyRequirements(): Requirements {
  return {
    education: { levels: [], fieldsOfStudy: [], importance: 'essential' },
    training: { managerial: [], technical: [], functional: [] },
    experience: { description: '', years: null, importance: 'veryImportant' },
    rank: { minGrade: null, importance: 'essential' },
    performanceIndicators: [],
  };
}

export type StandardsReadResult =
  | { ok: true; standards: ImportedStandard[]; rows: number }
  | { ok: false; problems: SheetProblem[] };

export async function readStandardsWorkbook(bytes: Uint8Array): Promise<StandardsReadResult> {
  inspectXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      problems: [
        {
          sheet: '-',
          row: 0,
          column: null,
          code: 'INVALID_FILE',
          message: 'Berkas .xlsx tidak dapat dibaca.',
        },
      ],
    };
  }
  const problems: SheetProblem[] = [];
  const byPosition = new Map<string, ImportedStandard>();
  const standardFor = (name: string, row: number) => {
    const key = name.trim();
    let standard = byPosition.get(key.toLowerCase());
    if (!standard) {
      standard = { positionName: key, firstRow: row, competencies: [], requirements: emptyRequirements() };
      byPosition.set(key.toLowerCase(), standard);
    }
    return standard;
  };
  const sheet = workbook.getWorksheet('Kompetensi');
  if (!sheet) {
    return {
      ok: false,
      problems: [
        {
          sheet: 'Kompetensi',
          row: 0,
          column: null,
          code: 'MISSING_SHEET',
          message: 'Lembar "Kompetensi" tidak ditemukan.',
        },
      ],
    };
  }
  const header = findHeaderRow<CompetencyColumn>(sheet, competencyAliases);
  for (const required of ['position', 'kind', 'dictionary', 'code', 'level'] as const) {
    if (!header.columns.has(required)) {
      problems.push({
        sheet: 'Kompetensi',
        row: header.row,
        column: competencyLabels[required],
        code: 'MISSING_COLUMN',
        message: `Kolom "${competencyLabels[required]}" tidak ditemukan.`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const data = readDataRows(sheet, header, maxRows);
  if (data.overflowRow !== null) {
    return {
      ok: false,
      problems: [
        {
          sheet: 'Kompetensi',
          row: data.overflowRow,
          column: null,
          code: 'TOO_MANY_ROWS',
          message: `Lebih dari ${maxRows} baris.`,
        },
      ],
    };
  }
  let count = 0;
  for (const source of data.rows) {
    count++;
    const text = (column: CompetencyColumn) => {
      const read = cellText(source.cells.get(column) ?? null);
      if (!read.ok) {
        problems.push({
          sheet: 'Kompetensi',
          row: source.row,
          column: competencyLabels[column],
          code: read.code,
          message: read.message,
        });
        return '';
      }
      return read.value.trim();
    };
    const problem = (column: CompetencyColumn, code: string, message: string) =>
      problems.push({
        sheet: 'Kompetensi',
        row: source.row,
        column: competencyLabels[column],
        code,
        message,
      });
    const position = text('position');
    if (!position) problem('position', 'REQUIRED', 'Nama jabatan wajib diisi.');
    const kindText = text('kind');
    const kind = kindByName.get(kindText.toLowerCase());
    if (!kind)
      problem(
        'kind',
        'UNKNOWN_KIND',
        `Jenis kompetensi "${kindText}" harus Manajerial, Sosial Kultural atau Teknis.`,
      );
    const dictionaryCode = text('dictionary');
    if (!dictionaryCode) problem('dictionary', 'REQUIRED', 'Kode kamus wajib diisi.');
    const code = text('code');
    if (!code) problem('code', 'REQUIRED', 'Kode kompetensi wajib diisi.');
    const levelText = text('level');
    const level = Number(levelText);
    if (!(Number.isInteger(level) && level >= 1 && level <= 5)) {
      problem('level', 'INVALID_LEVEL', `Level "${levelText}" harus bilangan bulat 1 sampai 5.`);
    }
    const importanceText = text('importance');
    const importance = importanceText ? (importanceByName.get(importanceText.toLowerCase()) ?? null) : null;
    if (importanceText && !importance) {
      problem(
        'importance',
        'UNKNOWN_IMPORTANCE',
        `Tingkat pentingnya "${importanceText}" harus Mutlak, Penting atau Perlu.`,
      );
    }
    const description = text('description');
    const indicators = text('indicators');
    if (!position || !kind || !dictionaryCode || !code || !Number.isInteger(level) || level < 1 || level > 5)
      continue;
    standardFor(position, source.row).competencies.push({
      row: source.row,
      kind,
      dictionaryCode,
      code,
      requiredLevel: level,
      importance,
      levelDescription: description || null,
      behaviourIndicators: indicators
        ? indicators
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : null,
    });
  }
  const requirementsSheet = workbook.getWorksheet('Persyaratan');
  if (requirementsSheet) {
    const rHeader = findHeaderRow<RequirementColumn>(requirementsSheet, requirementAliases);
    const rData = readDataRows(requirementsSheet, rHeader, maxRows);
    if (rData.overflowRow !== null) {
      problems.push({
        sheet: 'Persyaratan',
        row: rData.overflowRow,
        column: null,
        code: 'TOO_MANY_ROWS',
        message: `Lebih dari ${maxRows} baris.`,
      });
    } else {
      for (const source of rData.rows) {
        count++;
        const problem = (column: RequirementColumn, code: string, message: string) =>
          problems.push({
            sheet: 'Persyaratan',
            row: source.row,
            column: requirementLabels[column],
            code,
            message,
          });
        const text = (column: RequirementColumn) => {
          const read = cellText(source.cells.get(column) ?? null);
          if (read.ok) return read.value.trim();
          problem(column, read.code, read.message);
          return '';
        };
        const position = text('position');
        const kindText = text('kind');
        const kind = requirementKindByName.get(kindText.toLowerCase());
        const value = text('text');
        const importanceText = text('importance');
        const importance = importanceByName.get(importanceText.toLowerCase());
        if (!position) problem('position', 'REQUIRED', 'Nama jabatan wajib diisi.');
        if (!kind) problem('kind', 'UNKNOWN_REQUIREMENT', `Jenis persyaratan "${kindText}" tidak dikenal.`);
        if (!importance)
          problem(
            'importance',
            'UNKNOWN_IMPORTANCE',
            `Tingkat pentingnya "${importanceText}" harus Mutlak, Penting atau Perlu.`,
          );
        if (!position || !kind || !importance) continue;
        const r = standardFor(position, source.row).requirements;
        if (kind === 'education') {
          r.education.levels = value ? normalizeEducationLevels([value]) : [];
          r.education.importance = importance;
        } else if (kind === 'fieldOfStudy') {
          if (value) r.education.fieldsOfStudy.push(value);
        } else if (
          kind === 'trainingManagerial' ||
          kind === 'trainingTechnical' ||
          kind === 'trainingFunctional'
        ) {
          if (!value) problem('text', 'REQUIRED', 'Nama pelatihan wajib diisi.');
          else {
            const list =
              kind === 'trainingManagerial'
                ? r.training.managerial
                : kind === 'trainingTechnical'
                  ? r.training.technical
                  : r.training.functional;
            list.push({ name: value, importance });
          }
        } else if (kind === 'experience') {
          r.experience.description = value;
          r.experience.importance = importance;
        } else if (kind === 'experienceYears') {
          const years = Number(value);
          if (!(Number.isInteger(years) && years >= 0 && years <= 45))
            problem('text', 'INVALID_YEARS', `Lama pengalaman "${value}" harus bilangan bulat 0–45.`);
          else r.experience.years = years;
        } else if (kind === 'rank') {
          r.rank.minGrade = value || null;
          r.rank.importance = importance;
        } else if (kind === 'performance') {
          if (!value) problem('text', 'REQUIRED', 'Indikator kinerja wajib diisi.');
          else r.performanceIndicators.push({ text: value, importance });
        }
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (byPosition.size === 0) {
    return {
      ok: false,
      problems: [
        {
          sheet: 'Kompetensi',
          row: 0,
          column: null,
          code: 'NO_ROWS',
          message: 'Berkas tidak berisi baris kompetensi.',
        },
      ],
    };
  }
  return { ok: true, standards: [...byPosition.values()], rows: count };
}
