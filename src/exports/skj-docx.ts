/**
 * Reads a job competency standard (SKJ) laid out as the official table in a Word document: the
 * identity (label : value lines, in a table or in paragraphs), the ikhtisar, the competency table
 * (found by its header: a "Kompetensi" and a "Level" column, in any order, with Deskripsi,
 * Indikator, Kode, Jenis Kompetensi, Tingkat Pentingnya when present; group rows "A. Manajerial"
 * … set the kind) and the requirements table. Whatever stands before or after (letterhead, uraian
 * tugas, the ratification block) is passed over. Pure: bytes in, what the document says out; the
 * dictionaries are matched by the import service.
 */

import { DomainError } from '../domain/errors';
import { importanceIn, proficiencyLevelIn } from '../domain/import-spellings';
import type { Importance, Requirements } from '../domain/job-standard';
import type { CompetencyKind } from '../domain/reference';
import { type DocxBlock, type DocxTable, type GridCell, readDocxBlocks } from './docx-reader';
import {
  distinctCells,
  isBlank,
  plain,
  type ReadNote,
  withoutBullet,
  withoutNumbering,
} from './skj-docx-cells';
import { isRequirementTable, readRequirementTable } from './skj-docx-requirements';

export type { ReadNote } from './skj-docx-cells';

export interface ReadIdentity {
  positionName: string | null;
  positionCode: string | null;
  positionGroup: string | null;
  jobLevel: string | null;
  orgUnitName: string | null;
  governmentAffair: string | null;
  summary: string | null;
}

export interface ReadCompetency {
  kind: CompetencyKind | null;
  code: string | null;
  name: string;
  /** The level as written, for the report when it cannot be read. */
  levelText: string;
  level: number | null;
  importance: Importance | null;
  description: string;
  indicators: string[];
}

export interface ReadSkj {
  identity: ReadIdentity;
  competencies: ReadCompetency[];
  requirements: Requirements;
  notes: ReadNote[];
}

type IdentityField = Exclude<keyof ReadIdentity, 'summary'> | 'summary';

const identityLabels: [RegExp, IdentityField][] = [
  [/^nama jabatan$/, 'positionName'],
  [/^kode jabatan$/, 'positionCode'],
  [/^kelompok jabatan$/, 'positionGroup'],
  [/^(jenjang|jenjang jabatan|tingkat jabatan)$/, 'jobLevel'],
  [/^(unit kerja|unit organisasi|unit|perangkat daerah|unit kerja\/unit organisasi)$/, 'orgUnitName'],
  [/^urusan pemerintah(an)?$/, 'governmentAffair'],
  [/^ikhtisar jabatan$/, 'summary'],
];

function identityField(label: string): IdentityField | null {
  const value = plain(withoutNumbering(label));
  for (const [pattern, field] of identityLabels) if (pattern.test(value)) return field;
  return null;
}

type Column = 'number' | 'kind' | 'code' | 'name' | 'level' | 'importance' | 'description' | 'indicators';

function headerColumn(text: string): Column | null {
  const value = plain(text);
  if (/^(no|nomor)$/.test(value)) return 'number';
  if (/^(jenis|kelompok) kompetensi$/.test(value)) return 'kind';
  if (/^kode( kompetensi)?$/.test(value)) return 'code';
  if (/^(tingkat pentingnya|tingkat penting|itj)/.test(value)) return 'importance';
  if (/^(level|tingkat penguasaan|rcl)/.test(value)) return 'level';
  if (/^(nama )?kompetensi( jabatan)?$/.test(value)) return 'name';
  if (/^deskripsi/.test(value)) return 'description';
  if (/^indikator/.test(value)) return 'indicators';
  return null;
}

function kindOf(text: string): CompetencyKind | null {
  const value = plain(withoutNumbering(text));
  if (/^(kompetensi )?manajerial/.test(value)) return 'managerial';
  if (/^(kompetensi )?sosial[ -]?kultural/.test(value)) return 'socioCultural';
  if (/^(kompetensi )?teknis/.test(value)) return 'technical';
  return null;
}

interface CompetencyLayout {
  headerRow: number;
  columns: Map<Column, number[]>;
}

function competencyLayout(table: DocxTable): CompetencyLayout | null {
  for (let r = 0; r < Math.min(4, table.rows.length); r++) {
    const columns = new Map<Column, number[]>();
    const seen = new Set<number>();
    table.rows[r]!.forEach((cell, column) => {
      if (!cell) return;
      const kind = headerColumn(cell.text);
      if (!kind) return;
      // A header spanning several columns names the first; the rest hold the same cell.
      if (seen.has(cell.id)) return;
      seen.add(cell.id);
      columns.set(kind, [...(columns.get(kind) ?? []), column]);
    });
    if (columns.has('name') && columns.has('level')) return { headerRow: r, columns };
  }
  return null;
}

const codePrefix = /^([A-Za-z]{1,8}\.\d{1,3}(?:\.\d{1,3})*)\s*[-–:.]?\s+(\S.*)$/;

function readCompetencyTable(table: DocxTable, layout: CompetencyLayout): ReadCompetency[] {
  const at = (column: Column) => layout.columns.get(column) ?? [];
  const textOf = (row: (GridCell | null)[], column: Column) =>
    distinctCells(row, at(column))
      .map((cell) => cell.text)
      .join(' ')
      .trim();
  const headerIds = new Set(table.rows[layout.headerRow]!.map((cell) => cell?.id));
  const read: ReadCompetency[] = [];
  let kind: CompetencyKind | null = null;
  let lastNameCell: number | null = null;
  for (const row of table.rows.slice(layout.headerRow + 1)) {
    const cells = distinctCells(
      row,
      row.map((_, k) => k),
    );
    // A second header row (sub-headings, or cells merged down from the header).
    if (cells.every((cell) => headerIds.has(cell.id) || headerColumn(cell.text) !== null)) continue;
    const nameCell = distinctCells(row, at('name'))[0];
    const levelText = textOf(row, 'level');
    const nonEmpty = cells.filter((cell) => !isBlank(cell.text));
    if (nonEmpty.length <= 1 && (cells.length === 1 || isBlank(levelText))) {
      const groupKind = nonEmpty[0] ? kindOf(nonEmpty[0].text) : null;
      if (groupKind) kind = groupKind;
      if (groupKind || nonEmpty.length === 0 || cells.length === 1) continue;
    }
    if (!nameCell || isBlank(nameCell.text)) continue;
    const indicators = distinctCells(row, at('indicators'))
      .flatMap((cell) => cell.lines)
      .map(withoutBullet)
      .filter((line) => !isBlank(line));
    // A competency whose name cell is merged down over several rows: the rows add indicators.
    if (nameCell.id === lastNameCell && read.length > 0) {
      read[read.length - 1]!.indicators.push(...indicators);
      continue;
    }
    lastNameCell = nameCell.id;
    let name = withoutNumbering(nameCell.text).trim();
    let code = textOf(row, 'code') || null;
    if (!code) {
      const prefixed = codePrefix.exec(name);
      if (prefixed) [code, name] = [prefixed[1]!, prefixed[2]!.trim()];
    }
    const kindText = textOf(row, 'kind');
    read.push({
      kind: (kindText ? kindOf(kindText) : null) ?? kind,
      code: code && !isBlank(code) ? code : null,
      name,
      levelText,
      level: proficiencyLevelIn(levelText),
      importance: importanceIn(textOf(row, 'importance')),
      description: distinctCells(row, at('description'))
        .flatMap((cell) => cell.lines)
        .join(' ')
        .trim(),
      indicators,
    });
  }
  return read;
}

function readIdentity(blocks: DocxBlock[]): ReadIdentity {
  const identity: ReadIdentity = {
    positionName: null,
    positionCode: null,
    positionGroup: null,
    jobLevel: null,
    orgUnitName: null,
    governmentAffair: null,
    summary: null,
  };
  const set = (field: IdentityField, value: string) => {
    const clean = value.replace(/^\s*:\s*/, '').trim();
    if (identity[field] === null && !isBlank(clean)) identity[field] = clean;
  };
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.kind === 'table') {
      for (const row of block.rows) {
        const cells = distinctCells(
          row,
          row.map((_, c) => c),
        );
        const field = cells[0] ? identityField(cells[0].text) : null;
        if (!field) continue;
        const value = cells
          .slice(1)
          .flatMap((cell) => cell.lines)
          .filter((line) => line.trim() !== ':');
        set(field, value.join(field === 'summary' ? ' ' : ' '));
      }
      continue;
    }
    const inline = /^([^:]{3,40}):(.*)$/.exec(block.text);
    const field = inline ? identityField(inline[1]!) : null;
    if (field && inline && !isBlank(inline[2])) {
      set(field, inline[2]!);
      continue;
    }
    // A heading "I. IKHTISAR JABATAN": the paragraphs up to the next heading or table are the summary.
    if (identityField(block.text) === 'summary') {
      const parts: string[] = [];
      for (let n = k + 1; n < blocks.length; n++) {
        const next = blocks[n]!;
        if (next.kind === 'table' || /^(?:[IVX]{1,4}|[0-9]{1,2})\.\s+\S/.test(next.text)) break;
        if (next.text) parts.push(next.text);
      }
      set('summary', parts.join(' '));
      continue;
    }
    const heading = /^JABATAN\s+(.+)$/.exec(block.text);
    if (heading && block.text === block.text.toUpperCase()) set('jobLevel', heading[1]!);
  }
  return identity;
}

/**
 * What one .docx says as an SKJ. NOT_A_DOCX / DOCX_UNREADABLE for a file that is no Word
 * document, NO_SKJ_TABLE when no table has a "Kompetensi" and a "Level" column.
 */
export function readSkjDocx(bytes: Uint8Array): ReadSkj {
  const blocks = readDocxBlocks(bytes);
  let competencyIndex = -1;
  let layout: CompetencyLayout | null = null;
  for (let k = 0; k < blocks.length && !layout; k++) {
    const block = blocks[k]!;
    if (block.kind !== 'table') continue;
    layout = competencyLayout(block);
    if (layout) competencyIndex = k;
  }
  if (!layout) {
    throw new DomainError(
      'NO_SKJ_TABLE',
      'Dokumen tidak memuat tabel SKJ: tidak ada tabel dengan kolom "Kompetensi" dan "Level".',
    );
  }
  const competencyTable = blocks[competencyIndex] as DocxTable;
  const requirementTable =
    blocks.find(
      (block): block is DocxTable =>
        block.kind === 'table' && block !== competencyTable && isRequirementTable(block),
    ) ?? null;
  const identity = readIdentity(
    blocks.filter((block) => block !== competencyTable && block !== requirementTable),
  );
  const { requirements, notes } = readRequirementTable(requirementTable);
  return { identity, competencies: readCompetencyTable(competencyTable, layout), requirements, notes };
}
