/**
 * The position-map import's columns and its plan: every row of the uploaded peta jabatan checked
 * in memory against the agency's unit tree and positions, giving the units to create, the
 * positions to create or update, or the row report. No I/O here; `import-position-map.ts` reads
 * the file, asks for the plan and writes it in one transaction.
 *
 * Units come in the layouts agencies keep: one column per level (Unit Eselon I … IV), a unit with
 * its parent (Unit Kerja + Unit Atasan), or a path in one cell ("Sekretariat › Bagian Umum", as
 * the position map's own export writes it). A unit of the same name under the same parent is the
 * same unit; a position with the same code, or the same name in the same unit, is the same position.
 */
import type { ExistingPosition, ExistingUnit } from '../db/repositories/position-map-import-repository';
import {
  nameKey,
  parseHeadcount,
  parseJobGrade,
  parsePositionGroup,
  resolveJobLevel,
  splitUnitPath,
} from '../domain/position-map-spellings';
import type { PositionGroup } from '../domain/reference';
import type { TableRow } from '../exports/tabular';
import type { ImportRowProblem } from './import-problems';
import { parentPaths } from './position-map-parent-units';

export const positionMapColumnAliases = {
  unitLevel1: ['unit eselon i', 'eselon i', 'unit kerja eselon i', 'unit utama', 'unit organisasi eselon i'],
  unitLevel2: ['unit eselon ii', 'eselon ii', 'unit kerja eselon ii', 'unit organisasi eselon ii'],
  unitLevel3: ['unit eselon iii', 'eselon iii', 'unit kerja eselon iii', 'unit organisasi eselon iii'],
  unitLevel4: ['unit eselon iv', 'eselon iv', 'unit kerja eselon iv', 'unit organisasi eselon iv'],
  unit: ['unit kerja', 'unit organisasi', 'unit', 'nama unit', 'nama unit kerja', 'satuan kerja', 'satker'],
  parentUnit: ['unit atasan', 'unit induk', 'induk unit', 'unit kerja atasan', 'atasan unit'],
  name: ['nama jabatan', 'jabatan', 'nama jabatan pelaksana', 'nama jabatan fungsional'],
  group: ['kelompok', 'kelompok jabatan', 'jenis jabatan', 'jenis', 'kategori jabatan'],
  level: ['jenjang', 'jenjang jabatan', 'level jabatan', 'tingkat jabatan', 'eselon', 'jenjang eselon'],
  grade: ['kelas jabatan', 'kelas', 'kelas jab', 'grade', 'job grade'],
  headcount: ['b', 'bezetting', 'bezeting', 'jumlah pegawai', 'jumlah pemangku', 'pemangku', 'jumlah b'],
  requiredHeadcount: ['k', 'kebutuhan', 'jumlah kebutuhan', 'kebutuhan pegawai', 'jumlah k'],
  code: ['kode jabatan', 'kode'],
} as const;
export type PositionMapColumn = keyof typeof positionMapColumnAliases;

/** Each column as people see it: the template's header and the row report's column. */
export const positionMapColumnNames: Record<PositionMapColumn, string> = {
  unitLevel1: 'Unit Eselon I',
  unitLevel2: 'Unit Eselon II',
  unitLevel3: 'Unit Eselon III',
  unitLevel4: 'Unit Eselon IV',
  unit: 'Unit Kerja',
  parentUnit: 'Unit Atasan',
  name: 'Nama Jabatan',
  group: 'Jenis Jabatan',
  level: 'Jenjang',
  grade: 'Kelas Jabatan',
  headcount: 'B',
  requiredHeadcount: 'K',
  code: 'Kode Jabatan',
};

/** Always needed: the name; a unit column and the level (or a group naming it) are checked as sets. */
export const positionMapRequired: readonly PositionMapColumn[] = ['name'];

const unitLevels = ['unitLevel1', 'unitLevel2', 'unitLevel3', 'unitLevel4'] as const;

export interface PlannedUnit {
  /** Index in `units`; parents come first. */
  key: string;
  name: string;
  /** An existing unit's id, or the key of a planned one. */
  parent: { existingId: string } | { plannedKey: string } | null;
}

export interface PlannedPosition {
  row: number;
  unitPathKey: string;
  existing: ExistingPosition | null;
  values: {
    name: string;
    positionGroup: PositionGroup;
    jobLevel: string;
    jobGrade: number | undefined;
    headcount: number | undefined;
    requiredHeadcount: number | undefined;
    positionCode: string | undefined;
  };
}

export interface ImportPlan {
  problems: ImportRowProblem[];
  /** Units to create, parents before children. */
  newUnits: PlannedUnit[];
  /** Path key → existing unit id (reused units). */
  existingUnits: Map<string, string>;
  reusedUnits: number;
  positions: PlannedPosition[];
}

const pathKey = (path: readonly string[]) => path.map(nameKey).join('\u0000');

/** A problem in the column people see. */
export function problemAt(
  row: number,
  column: PositionMapColumn | null,
  code: string,
  message: string,
): ImportRowProblem {
  return { row, column: column ? positionMapColumnNames[column] : null, code, message };
}

/** Missing columns: the name, some unit column, and the level or the group. */
export function missingColumns(columns: Set<PositionMapColumn>): ImportRowProblem[] {
  const problems: ImportRowProblem[] = [];
  const missing = (column: PositionMapColumn, message: string) =>
    problems.push(problemAt(1, column, 'MISSING_COLUMN', message));
  if (!columns.has('name')) missing('name', 'Kolom "Nama Jabatan" tidak ditemukan.');
  if (!columns.has('unit') && !unitLevels.some((level) => columns.has(level))) {
    missing(
      'unit',
      'Kolom unit tidak ditemukan: isi "Unit Kerja", atau "Unit Eselon I" sampai "Unit Eselon IV".',
    );
  }
  if (!columns.has('level') && !columns.has('group'))
    missing('level', 'Kolom "Jenjang" (atau "Jenis Jabatan") tidak ditemukan.');
  if (columns.has('parentUnit') && !columns.has('unit'))
    missing('unit', 'Kolom "Unit Atasan" hanya dapat dipakai bersama kolom "Unit Kerja".');
  return problems;
}

function unitPathOf(
  source: TableRow<PositionMapColumn>,
  columns: Set<PositionMapColumn>,
  parents: Map<string, string[]> | null,
) {
  if (unitLevels.some((level) => columns.has(level))) {
    return unitLevels
      .map((level) => source.cells.get(level)?.trim().replace(/\s+/g, ' ') ?? '')
      .filter((name) => name !== '');
  }
  const unit = source.cells.get('unit');
  if (!unit) return [];
  if (parents) return parents.get(nameKey(unit)) ?? [unit.trim()];
  return splitUnitPath(unit);
}

const maxName = 200;

export function planPositionMapImport(
  rows: readonly TableRow<PositionMapColumn>[],
  columns: Set<PositionMapColumn>,
  existing: { units: readonly ExistingUnit[]; positions: readonly ExistingPosition[] },
): ImportPlan {
  const problems: ImportRowProblem[] = [];
  const parents = columns.has('parentUnit') ? parentPaths(rows, existing.units, problems) : null;

  // The existing tree by (parent, name): the first (oldest) of twins wins.
  const childKey = (parentId: string | null, name: string) => `${parentId ?? ''}\u0000${nameKey(name)}`;
  const existingChild = new Map<string, string>();
  for (const unit of existing.units) {
    const key = childKey(unit.parentId, unit.name);
    if (!existingChild.has(key)) existingChild.set(key, unit.id);
  }
  const existingUnits = new Map<string, string>();
  const plannedUnits = new Map<string, PlannedUnit>();
  /** Resolves a path: reuses existing units as far as they go, plans the rest. */
  const resolvePath = (path: readonly string[]) => {
    let parentId: string | null = null;
    let planned: string | null = null;
    for (let depth = 0; depth < path.length; depth++) {
      const key = pathKey(path.slice(0, depth + 1));
      const reuse: string | undefined =
        planned === null ? existingChild.get(childKey(parentId, path[depth]!)) : undefined;
      if (reuse) {
        existingUnits.set(key, reuse);
        parentId = reuse;
        continue;
      }
      if (!plannedUnits.has(key)) {
        plannedUnits.set(key, {
          key,
          name: path[depth]!,
          parent: planned ? { plannedKey: planned } : parentId ? { existingId: parentId } : null,
        });
      }
      planned = key;
    }
  };

  const byCode = new Map<string, ExistingPosition[]>();
  const byUnitName = new Map<string, ExistingPosition>();
  for (const position of existing.positions) {
    if (position.positionCode) {
      const code = nameKey(position.positionCode);
      byCode.set(code, [...(byCode.get(code) ?? []), position]);
    }
    const key = `${position.orgUnitId ?? ''}\u0000${nameKey(position.name)}`;
    if (!byUnitName.has(key)) byUnitName.set(key, position);
  }

  const planned: PlannedPosition[] = [];
  const rowOfPosition = new Map<string, number>();
  const rowOfCode = new Map<string, number>();
  const rowOfExisting = new Map<string, number>();
  for (const source of rows) {
    const cell = (column: PositionMapColumn) => source.cells.get(column) || undefined;
    const before = problems.length;
    const problem = (column: PositionMapColumn | null, code: string, message: string) =>
      problems.push(problemAt(source.row, column, code, message));
    const path = unitPathOf(source, columns, parents);
    const unitColumn: PositionMapColumn = columns.has('unit') ? 'unit' : 'unitLevel1';
    for (const name of path) {
      if (name.length > maxName)
        problem(unitColumn, 'TOO_LONG', `Nama unit paling panjang ${maxName} karakter.`);
    }
    const name = cell('name')?.replace(/\s+/g, ' ');
    const positionCells = (
      ['name', 'group', 'level', 'grade', 'headcount', 'requiredHeadcount', 'code'] as const
    ).some((column) => cell(column) !== undefined);
    if (path.length === 0) {
      problem(unitColumn, 'UNIT_REQUIRED', 'Unit kerja wajib diisi.');
      continue;
    }
    if (!positionCells) {
      // A row naming only a unit: the unit is kept (an empty unit is part of the map too).
      if (problems.length === before) resolvePath(path);
      continue;
    }
    if (!name) problem('name', 'REQUIRED', 'Nama jabatan wajib diisi.');
    else if (name.length > maxName)
      problem('name', 'TOO_LONG', `Nama jabatan paling panjang ${maxName} karakter.`);
    const groupText = cell('group');
    if (groupText && !parsePositionGroup(groupText)) {
      problem(
        'group',
        'UNKNOWN_POSITION_GROUP',
        `Jenis jabatan "${groupText}" tidak dikenal (contoh: JPT, Struktural, Administrator, Pengawas, Pelaksana, Fungsional).`,
      );
    }
    const levelText = cell('level');
    const level = resolveJobLevel(
      levelText,
      groupText && parsePositionGroup(groupText) ? groupText : undefined,
    );
    if (!level.ok) {
      const messages = {
        UNKNOWN_JOB_LEVEL: `Jenjang "${levelText}" tidak dikenal (contoh: JPT Pratama, Administrator, Pengawas, Pelaksana, Ahli Muda, Terampil).`,
        AMBIGUOUS_JOB_LEVEL: `Jenjang "${levelText}" dapat berarti JPT atau jabatan fungsional; isi juga jenis jabatannya, atau tulis lengkap (mis. "Ahli Madya").`,
        LEVEL_GROUP_MISMATCH: `Jenjang "${levelText ?? ''}" tidak sesuai dengan jenis jabatan "${groupText ?? ''}".`,
        LEVEL_REQUIRED:
          'Jenjang jabatan wajib diisi (atau jenis jabatan yang menyebut jenjangnya, mis. "Pengawas").',
      };
      if (!(level.code === 'LEVEL_REQUIRED' && groupText && !parsePositionGroup(groupText)))
        problem(
          level.code === 'LEVEL_GROUP_MISMATCH' && !levelText ? 'group' : 'level',
          level.code,
          messages[level.code],
        );
    }
    const gradeText = cell('grade');
    const grade = gradeText ? parseJobGrade(gradeText) : null;
    if (gradeText && grade === null)
      problem(
        'grade',
        'INVALID_JOB_GRADE',
        `Kelas jabatan "${gradeText}" harus angka 1 sampai 17 (contoh: 7 atau Kelas 7).`,
      );
    const counts: Partial<Record<'headcount' | 'requiredHeadcount', number>> = {};
    for (const column of ['headcount', 'requiredHeadcount'] as const) {
      const text = cell(column);
      if (!text) continue;
      const value = parseHeadcount(text);
      if (value === null)
        problem(
          column,
          'INVALID_HEADCOUNT',
          `${positionMapColumnNames[column]} "${text}" harus bilangan bulat 0 atau lebih.`,
        );
      else counts[column] = value;
    }
    const code = cell('code')?.trim();
    if (code && code.length > 50) problem('code', 'TOO_LONG', 'Kode jabatan paling panjang 50 karakter.');
    if (code) {
      const first = rowOfCode.get(nameKey(code));
      if (first !== undefined)
        problem(
          'code',
          'DUPLICATE_POSITION_CODE',
          `Kode jabatan "${code}" sudah dipakai pada baris ${first}.`,
        );
      else rowOfCode.set(nameKey(code), source.row);
    }
    if (name) {
      const key = `${pathKey(path)}\u0001${nameKey(name)}`;
      const first = rowOfPosition.get(key);
      if (first !== undefined)
        problem(
          'name',
          'DUPLICATE_POSITION',
          `Jabatan "${name}" pada unit ini sudah ada pada baris ${first}.`,
        );
      else rowOfPosition.set(key, source.row);
    }
    if (problems.length > before || !name || !level.ok) continue;
    resolvePath(path);
    const unitId = existingUnits.get(pathKey(path)) ?? null;
    let match: ExistingPosition | null = null;
    if (code) {
      const sameCode = byCode.get(nameKey(code)) ?? [];
      const narrowed =
        sameCode.length > 1 ? sameCode.filter((p) => unitId !== null && p.orgUnitId === unitId) : sameCode;
      const exact =
        narrowed.length > 1 ? narrowed.filter((p) => nameKey(p.name) === nameKey(name)) : narrowed;
      if (exact.length > 1 || (exact.length === 0 && narrowed.length === 0 && sameCode.length > 1)) {
        problem(
          'code',
          'AMBIGUOUS_POSITION_CODE',
          `Ada ${sameCode.length} jabatan berkode "${code}" pada instansi ini; bedakan dengan unit dan nama jabatannya.`,
        );
        continue;
      }
      match = exact[0] ?? null;
    }
    if (!match && unitId) match = byUnitName.get(`${unitId}\u0000${nameKey(name)}`) ?? null;
    if (match) {
      const first = rowOfExisting.get(match.id);
      if (first !== undefined) {
        problem(
          'name',
          'DUPLICATE_POSITION',
          `Baris ini dan baris ${first} menunjuk jabatan yang sama ("${match.name}").`,
        );
        continue;
      }
      rowOfExisting.set(match.id, source.row);
    }
    planned.push({
      row: source.row,
      unitPathKey: pathKey(path),
      existing: match,
      values: {
        name,
        positionGroup: level.group,
        jobLevel: level.level,
        jobGrade: grade ?? undefined,
        headcount: counts.headcount,
        requiredHeadcount: counts.requiredHeadcount,
        positionCode: code || undefined,
      },
    });
  }
  return {
    problems,
    newUnits: [...plannedUnits.values()],
    existingUnits,
    reusedUnits: new Set(existingUnits.values()).size,
    positions: planned,
  };
}
