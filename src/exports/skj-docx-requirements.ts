/**
 * The requirements table of an SKJ in Word (III. Persyaratan Jabatan): one group per kind
 * (Pendidikan, Pelatihan, Pengalaman Kerja, Pangkat, Indikator Kinerja Jabatan), optional
 * sub-headings (1 Jenjang, 2 Bidang Ilmu, 1 Manajerial …), and the importance either as a mark in
 * one of the Mutlak / Penting / Perlu columns or as a word in one "Tingkat Pentingnya" column.
 */
import { educationLevelsIn, importanceIn, normalizeRankGrade } from '../domain/import-spellings';
import { emptyJobStandard, type Importance, type Requirements } from '../domain/job-standard';
import type { DocxTable } from './docx-reader';
import {
  distinctCells,
  isBlank,
  plain,
  type ReadNote,
  withoutBullet,
  withoutNumbering,
} from './skj-docx-cells';

type Group = 'education' | 'training' | 'experience' | 'rank' | 'performance';

const groupNames: Record<Group, string> = {
  education: 'Pendidikan',
  training: 'Pelatihan',
  experience: 'Pengalaman Kerja',
  rank: 'Pangkat',
  performance: 'Indikator Kinerja Jabatan',
};

export function requirementGroupOf(text: string): Group | null {
  const value = plain(withoutNumbering(text));
  if (/^pendidikan/.test(value)) return 'education';
  if (/^(pelatihan|diklat)/.test(value)) return 'training';
  if (/^pengalaman/.test(value)) return 'experience';
  if (/^(pangkat|golongan)/.test(value)) return 'rank';
  if (/^(indikator kinerja|ukuran kinerja|kinerja)/.test(value)) return 'performance';
  return null;
}

/** Whether a table reads as requirements: at least two of its rows start a known group. */
export function isRequirementTable(table: DocxTable): boolean {
  const groups = new Set<Group>();
  for (const row of table.rows) {
    const first = row.find((cell) => cell !== null);
    const group = first ? requirementGroupOf(first.text) : null;
    if (group) groups.add(group);
  }
  return groups.size >= 2;
}

interface Line {
  group: Group;
  label: string | null;
  lines: string[];
  importance: Importance | null;
}

const markWords: Record<string, Importance> = {
  mutlak: 'essential',
  penting: 'veryImportant',
  perlu: 'important',
};

function tableLines(table: DocxTable): Line[] {
  const width = Math.max(0, ...table.rows.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, k) => k);
  const firstBody = table.rows.findIndex((row) =>
    row.some((cell) => cell !== null && requirementGroupOf(cell.text) !== null),
  );
  if (firstBody < 0) return [];
  const marks = new Map<number, Importance>();
  let importanceColumn: number | null = null;
  for (const row of table.rows.slice(0, firstBody)) {
    for (const column of columns) {
      const text = plain(row[column]?.text ?? '');
      const mark = markWords[text];
      if (mark) marks.set(column, mark);
      else if (/^(tingkat pentingnya|tingkat penting|itj)/.test(text) && importanceColumn === null)
        importanceColumn = column;
    }
  }
  // A "Tingkat Pentingnya" header over Mutlak / Penting / Perlu marks is no column of its own.
  if (marks.size > 0) importanceColumn = null;
  const groupColumn = table.rows[firstBody]!.findIndex(
    (cell) => cell !== null && requirementGroupOf(cell.text) !== null,
  );
  const detail = columns.filter((c) => c > groupColumn && !marks.has(c) && c !== importanceColumn);
  const lines: Line[] = [];
  let group: Group | null = null;
  for (const row of table.rows.slice(firstBody)) {
    const groupCell = row[groupColumn];
    group = (groupCell && requirementGroupOf(groupCell.text)) ?? group;
    if (!group) continue;
    const cells = distinctCells(row, detail).filter((cell) => cell.id !== groupCell?.id);
    if (cells.length === 0) continue;
    const label = cells.length > 1 ? cells[0]!.text : null;
    const text = (cells.length > 1 ? cells.slice(1) : cells).flatMap((cell) => cell.lines);
    let importance: Importance | null = null;
    for (const [column, mark] of marks) {
      if (!isBlank(row[column]?.text)) {
        importance = mark;
        break;
      }
    }
    if (importanceColumn !== null) importance = importanceIn(row[importanceColumn]?.text ?? '');
    lines.push({ group, label, lines: text, importance });
  }
  return lines;
}

/** "S-1/D-IV" as written (the standard keeps its order), not in the ladder's order. */
function levelsInWrittenOrder(text: string): string[] | null {
  const whole = educationLevelsIn(text);
  if (!whole) return null;
  const levels: string[] = [];
  for (const part of text.split(/\s*(?:\/|,|;|\batau\b)\s*/i)) {
    for (const level of educationLevelsIn(part) ?? []) if (!levels.includes(level)) levels.push(level);
  }
  for (const level of whole) if (!levels.includes(level)) levels.push(level);
  return levels;
}

function splitList(lines: string[]): string[] {
  return lines
    .flatMap((line) => line.split(/\s*[,;]\s*/))
    .map((item) => withoutBullet(item))
    .filter((item) => !isBlank(item));
}

/** The requirements a table states, and notes about what could not be read (left at defaults). */
export function readRequirementTable(table: DocxTable | null): {
  requirements: Requirements;
  notes: ReadNote[];
} {
  const requirements = emptyJobStandard({ positionGroup: 'administrative', jobLevel: '' }).requirements;
  const notes: ReadNote[] = [];
  if (!table) {
    notes.push({
      code: 'NO_REQUIREMENT_TABLE',
      message: 'Tabel persyaratan jabatan tidak ditemukan; persyaratan pada draf dibiarkan kosong.',
    });
    return { requirements, notes };
  }
  const unmarked = new Set<Group>();
  const importanceOf = (line: Line, fallback: Importance): Importance => {
    if (line.importance) return line.importance;
    unmarked.add(line.group);
    return fallback;
  };
  let educationImportance: Importance | null = null;
  for (const line of tableLines(table)) {
    const label = line.label ? plain(withoutNumbering(line.label)) : '';
    const texts = line.lines.map(withoutBullet).filter((text) => !isBlank(text));
    if (texts.length === 0) continue;
    const joined = texts.join(' ');
    switch (line.group) {
      case 'education': {
        if (/bidang|jurusan|program studi|kualifikasi/.test(label)) {
          requirements.education.fieldsOfStudy.push(...splitList(texts));
        } else {
          const levels = levelsInWrittenOrder(joined);
          if (levels)
            requirements.education.levels.push(
              ...levels.filter((l) => !requirements.education.levels.includes(l)),
            );
          else
            notes.push({
              code: 'EDUCATION_UNREADABLE',
              message: `Jenjang pendidikan "${joined}" tidak dikenali (contoh: S-1, D-IV, S1/DIV); isi di draf.`,
            });
        }
        educationImportance ??= importanceOf(line, 'essential');
        break;
      }
      case 'training': {
        const kind = /manajerial|kepemimpinan|struktural/.test(label)
          ? 'managerial'
          : /fungsional/.test(label)
            ? 'functional'
            : 'technical';
        const importance = importanceOf(line, 'essential');
        for (const name of texts) requirements.training[kind].push({ name, importance });
        break;
      }
      case 'experience': {
        const years = /(\d{1,2})\s*tahun/i.exec(joined);
        requirements.experience = {
          description: joined
            .replace(/,?\s*(?:minimal|min\.?|paling sedikit|sekurang-kurangnya)\s*\d{1,2}\s*tahun\s*$/i, '')
            .trim(),
          years: years ? Number(years[1]) : null,
          importance: importanceOf(line, 'important'),
        };
        break;
      }
      case 'rank': {
        const grade = normalizeRankGrade(joined);
        if (grade) requirements.rank = { minGrade: grade, importance: importanceOf(line, 'essential') };
        else
          notes.push({
            code: 'RANK_UNREADABLE',
            message: `Pangkat "${joined}" tidak dikenali (contoh: Penata (III/c) atau III/c); isi di draf.`,
          });
        break;
      }
      case 'performance': {
        const importance = importanceOf(line, 'essential');
        for (const text of texts) requirements.performanceIndicators.push({ text, importance });
        break;
      }
    }
  }
  if (educationImportance) requirements.education.importance = educationImportance;
  for (const group of unmarked) {
    notes.push({
      code: 'IMPORTANCE_NOT_MARKED',
      message: `Tingkat pentingnya persyaratan ${groupNames[group]} tidak ditandai; dianggap ${group === 'experience' ? 'Perlu' : 'Mutlak'}.`,
    });
  }
  return { requirements, notes };
}
