import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { governmentAffairs, supportingFunctions } from '../domain/reference';
import { type DictionaryEntry, normalizeEntry } from '../domain/technical-dictionary';
import {
  type DictionaryImportOptions,
  type DictionaryImportResult,
  readDictionaryXlsx,
  writeDictionaryXlsx,
} from './dictionary-xlsx';
import { splitIndicators } from './dictionary-xlsx-flat';

const knownAffairs = new Set([...governmentAffairs, ...supportingFunctions]);
const education = governmentAffairs[0]!;
const meta = {
  code: 'KKT-DISDIK',
  name: 'Kamus Kompetensi Teknis Dinas Pendidikan',
  agencyName: 'Pemkab Contoh',
  version: 2,
  status: 'draft',
};

function entry(code: string, overrides: Partial<DictionaryEntry> = {}): DictionaryEntry {
  return {
    code,
    name: `Pengelolaan Data Pendidikan ${code}`,
    definition: `Kemampuan mengelola data pendidikan (${code}).`,
    governmentAffair: education,
    subAffair: null,
    group: 'specific',
    levels: [1, 2, 3, 4, 5].map((level) => ({
      level,
      description: `Mampu mengelola data pada tingkat ${level}.`,
      behaviourIndicators: [`Menyusun laporan tingkat ${level}`, `Memverifikasi data tingkat ${level}`],
    })),
    ...overrides,
  };
}

async function bytesOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Loads an exported workbook, lets the test damage it as a person would, and saves it again. */
async function edited(bytes: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const flatHeader = [
  'Kode Kompetensi',
  'Nama Kompetensi',
  'Definisi',
  'Urusan Pemerintahan',
  'Kelompok',
  'Level',
  'Deskripsi Level',
  'Indikator Perilaku',
];

/** Five flat rows of one competency, name/definition/affair/group only on the first one. */
function flatRows(code: string, name = `Kompetensi ${code}`): ExcelJS.CellValue[][] {
  return [1, 2, 3, 4, 5].map((level) => [
    code,
    level === 1 ? name : null,
    level === 1 ? `Definisi ${code}` : null,
    level === 1 ? education : null,
    level === 1 ? 'spesifik' : null,
    level,
    `Deskripsi level ${level}`,
    `1. Indikator ${level}a\n2) Indikator ${level}b`,
  ]);
}

const flatSheet = (rows: ExcelJS.CellValue[][], header: ExcelJS.CellValue[] = flatHeader) =>
  bytesOf((workbook) => workbook.addWorksheet('Kamus').addRows([header, ...rows]));

const read = (bytes: Uint8Array, options: Partial<DictionaryImportOptions> = {}) =>
  readDictionaryXlsx(bytes, { knownAffairs, ...options });

const cellsOf = (row: ExcelJS.Row) => row.model?.cells?.map((cell) => cell.value) ?? [];

function problemsOf(result: DictionaryImportResult) {
  if (result.ok) throw new Error('expected problems, got entries');
  return result.problems.map(({ sheet, row, column, code }) => ({ sheet, row, column, code }));
}

describe('writeDictionaryXlsx → readDictionaryXlsx (skj layout)', () => {
  const entries = [
    entry('TK.01', {
      name: '  Perencanaan Pendidikan & Anggaran <APBD>  ',
      definition: 'Kemampuan menyusun rencana:\n1) kebutuhan guru;\n2) sarana "prasarana" – sekolah.',
      subAffair: 'Manajemen Pendidikan',
      group: 'generic',
    }),
    entry('TK.02', {
      governmentAffair: 'Kepegawaian',
      levels: entry('x').levels.map((level) => ({
        ...level,
        description: `Level ${level.level}: ‘analisis’ & évaluasi\nbaris kedua`,
        behaviourIndicators: ['=bukan rumus', '001', `Mengoordinasikan ≥ ${level.level} unit kerja`],
      })),
    }),
    entry('tk-03/a'),
  ];

  it('reads back exactly the entries it wrote', async () => {
    const result = await read(await writeDictionaryXlsx(meta, entries));
    expect(result).toEqual({ ok: true, format: 'skj', entries: entries.map(normalizeEntry), rows: 3 + 35 });
  });

  it('writes README, Kompetensi and Level with bold frozen headers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeDictionaryXlsx(meta, entries)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['README', 'Kompetensi', 'Level']);
    const competencies = workbook.getWorksheet('Kompetensi')!;
    const levels = workbook.getWorksheet('Level')!;
    expect(cellsOf(competencies.getRow(1))).toEqual([
      'kode',
      'nama',
      'definisi',
      'urusan',
      'sub_urusan',
      'kelompok',
    ]);
    expect(cellsOf(levels.getRow(1))).toEqual(['kode', 'level', 'deskripsi', 'no_indikator', 'indikator']);
    expect(cellsOf(levels.getRow(2))).toEqual([
      'TK.01',
      1,
      'Mampu mengelola data pada tingkat 1.',
      1,
      'Menyusun laporan tingkat 1',
    ]);
    expect(levels.getRow(3).getCell(3).value).toBe('Mampu mengelola data pada tingkat 1.');
    expect(competencies.getCell('A1').font?.bold).toBe(true);
    expect(levels.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(competencies.getCell('C2').alignment?.wrapText).toBe(true);
    const readme = workbook.getWorksheet('README')!;
    const text = readme.getSheetValues().flat().join('\n');
    for (const expected of [
      'KKT-DISDIK',
      'Dinas Pendidikan',
      'Draf',
      'generic',
      'specific',
      'PermenPAN-RB 38/2017',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('readDictionaryXlsx: skj layout problems', () => {
  it('reports a duplicate code in Kompetensi, ignoring case', async () => {
    const bytes = await writeDictionaryXlsx(meta, [entry('TK.01'), entry('TK.02'), entry('tk.01')]);
    expect(problemsOf(await read(bytes))).toEqual([
      { sheet: 'Kompetensi', row: 4, column: 'kode', code: 'DUPLICATE_ENTRY_CODE' },
    ]);
  });

  it('reports an unknown affair at its cell', async () => {
    const bytes = await writeDictionaryXlsx(meta, [
      entry('TK.01'),
      entry('TK.02', { governmentAffair: 'Urusan Fiktif' }),
    ]);
    const result = await read(bytes);
    expect(problemsOf(result)).toEqual([
      { sheet: 'Kompetensi', row: 3, column: 'urusan', code: 'UNKNOWN_GOVERNMENT_AFFAIR' },
    ]);
    expect(result.ok || result.problems[0]?.message).toMatch(
      /Urusan pemerintahan "Urusan Fiktif" tidak dikenal/,
    );
  });

  it('refuses an entry with four levels, pointing at its first Level row', async () => {
    const fourLevels = entry('TK.02', { levels: entry('x').levels.slice(0, 4) });
    const result = await read(await writeDictionaryXlsx(meta, [entry('TK.01'), fourLevels]));
    expect(problemsOf(result)).toEqual([
      { sheet: 'Level', row: 12, column: 'level', code: 'ENTRY_LEVELS_NOT_FIVE' },
    ]);
  });

  it('reports Level rows with an unknown code, a bad level, a missing indicator, conflicting descriptions', async () => {
    const bytes = await edited(await writeDictionaryXlsx(meta, [entry('TK.01')]), (workbook) => {
      const levels = workbook.getWorksheet('Level')!;
      levels.getCell('A2').value = 'TK.99'; // the first indicator of level 1 now points nowhere
      levels.getCell('B4').value = 'dua'; // level 2's first indicator
      levels.getCell('E6').value = null; // level 3's first indicator emptied
      levels.getCell('E7').value = null; // … and its second: level 3 has none left
      levels.getCell('C9').value = 'Deskripsi lain'; // level 4, second row, contradicts the first
    });
    expect(problemsOf(await read(bytes))).toEqual([
      { sheet: 'Level', row: 2, column: 'kode', code: 'UNKNOWN_ENTRY_CODE' },
      { sheet: 'Level', row: 4, column: 'level', code: 'LEVEL_INVALID' },
      { sheet: 'Level', row: 6, column: 'indikator', code: 'LEVEL_WITHOUT_INDICATOR' },
      { sheet: 'Level', row: 9, column: 'deskripsi', code: 'VALUE_CONFLICT' },
    ]);
  });

  it('reports over-long texts and a fractional level at the cells that hold them', async () => {
    const long = entry('TK.01', { name: 'N'.repeat(201) });
    long.levels[1]!.behaviourIndicators.push('I'.repeat(2001));
    const bytes = await edited(await writeDictionaryXlsx(meta, [long]), (workbook) => {
      workbook.getWorksheet('Level')!.getCell('B9').value = 4.5; // level 4, first row (level 2 now has three)
    });
    expect(problemsOf(await read(bytes))).toEqual([
      { sheet: 'Kompetensi', row: 2, column: 'nama', code: 'ENTRY_NAME_TOO_LONG' },
      { sheet: 'Level', row: 6, column: 'indikator', code: 'INDICATOR_TOO_LONG' },
      { sheet: 'Level', row: 9, column: 'level', code: 'LEVEL_INVALID' },
    ]);
  });

  it('names every missing column in one problem per sheet', async () => {
    const bytes = await edited(await writeDictionaryXlsx(meta, [entry('TK.01')]), (workbook) => {
      workbook.getWorksheet('Kompetensi')!.getCell('B1').value = 'judul';
      workbook.getWorksheet('Kompetensi')!.getCell('F1').value = 'jenis';
    });
    const result = await read(bytes);
    expect(problemsOf(result)).toEqual([
      { sheet: 'Kompetensi', row: 1, column: null, code: 'MISSING_COLUMNS' },
    ]);
    expect(result.ok || result.problems[0]?.message).toBe(
      'Kolom wajib tidak ditemukan di lembar Kompetensi: nama, kelompok.',
    );
    expect((await read(bytes, { defaultGroup: 'generic' })).ok).toBe(false);
  });
});

describe('readDictionaryXlsx: flat layout', () => {
  it('carries name and definition forward and strips hand-typed numbering', async () => {
    const rows = [...flatRows('TK.01'), ...flatRows('TK.02')];
    rows[6]![7] = '• Menelaah data\n- Menyajikan data\n2.1 Menganalisis tren\n(4) Mengusulkan tindak lanjut';
    rows[7]![0] = null; // a blank code continues the competency above
    rows[9]![1] = 'Kompetensi TK.02'; // repeating the same name is not a contradiction
    const result = await read(await flatSheet(rows));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.format).toBe('flat');
    expect(result.rows).toBe(10);
    expect(result.entries.map((e) => e.code)).toEqual(['TK.01', 'TK.02']);
    const second = result.entries[1]!;
    expect(second).toMatchObject({
      name: 'Kompetensi TK.02',
      definition: 'Definisi TK.02',
      group: 'specific',
    });
    expect(second.levels[1]!.behaviourIndicators).toEqual([
      'Menelaah data',
      'Menyajikan data',
      'Menganalisis tren',
      'Mengusulkan tindak lanjut',
    ]);
    expect(second.levels[0]!.behaviourIndicators).toEqual(['Indikator 1a', 'Indikator 1b']);
    expect(second.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('finds the header under a title block, and uses the defaults for missing urusan and kelompok', async () => {
    const header = ['Kode', 'Nama', 'Definisi', 'Tingkat', 'Deskripsi', 'Indikator Kompetensi'];
    const rows = flatRows('TK.01').map((row) => [row[0], row[1], row[2], row[5], row[6], row[7]]);
    const bytes = await bytesOf((workbook) => {
      workbook
        .addWorksheet('Kamus')
        .addRows([['KAMUS KOMPETENSI TEKNIS'], ['Dinas Pendidikan'], header, ...rows]);
    });
    const withoutDefaults = await read(bytes);
    expect(problemsOf(withoutDefaults)).toEqual([
      { sheet: 'Kamus', row: 3, column: null, code: 'MISSING_COLUMNS' },
    ]);
    const result = await read(bytes, { defaultGovernmentAffair: 'Kepegawaian', defaultGroup: 'generic' });
    expect(result.ok && result.entries[0]).toMatchObject({
      governmentAffair: 'Kepegawaian',
      group: 'generic',
    });
  });

  it('lists every bad row with its sheet, row and column', async () => {
    const bad = [...flatRows('TK.01'), ...flatRows('TK.02'), ...flatRows('TK.03'), ...flatRows('TK.04')];
    bad[6]![5] = 'dua'; // row 8
    bad[7]![5] = 7; // row 9
    bad[8]![7] = ''; // row 10: level 4 of TK.02 without indicator
    bad[10]![4] = 'umum'; // row 12: TK.03 group
    bad[12]![5] = 2; // row 14: TK.03 level 2 twice, level 3 missing
    bad[13]![1] = 'Nama lain'; // row 15: contradicts row 12
    bad[15]![3] = 'Urusan Antah Berantah'; // row 17: TK.04 affair
    bad[17]![6] = new Date(2024, 0, 3); // row 19: a date where a description belongs
    const result = await read(await flatSheet(bad));
    expect(problemsOf(result)).toEqual([
      { sheet: 'Kamus', row: 8, column: 'level', code: 'LEVEL_INVALID' },
      { sheet: 'Kamus', row: 9, column: 'level', code: 'LEVEL_OUT_OF_RANGE' },
      { sheet: 'Kamus', row: 10, column: 'indikator', code: 'LEVEL_WITHOUT_INDICATOR' },
      { sheet: 'Kamus', row: 12, column: 'kelompok', code: 'ENTRY_GROUP_INVALID' },
      { sheet: 'Kamus', row: 12, column: 'level', code: 'ENTRY_LEVELS_NOT_FIVE' },
      { sheet: 'Kamus', row: 14, column: 'level', code: 'DUPLICATE_LEVEL' },
      { sheet: 'Kamus', row: 15, column: 'nama', code: 'VALUE_CONFLICT' },
      { sheet: 'Kamus', row: 17, column: 'urusan', code: 'UNKNOWN_GOVERNMENT_AFFAIR' },
      { sheet: 'Kamus', row: 19, column: 'deskripsi', code: 'CELL_IS_DATE' },
    ]);
    expect(
      result.ok || result.problems.every((p) => /[a-z]/.test(p.message) && !/undefined/.test(p.message)),
    ).toBe(true);
  });

  it('reads formulas as their cached result and rich text as plain text', async () => {
    const rows = flatRows('TK.01');
    rows[0]![0] = { formula: 'CONCAT("TK.","01")', result: 'TK.01' };
    rows[1]![5] = { formula: '1+1', result: 2 };
    rows[2]![7] = { richText: [{ text: '1. Menyusun ', font: { bold: true } }, { text: 'rencana kerja' }] };
    const result = await read(await flatSheet(rows));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.entries[0]!.code).toBe('TK.01');
    expect(result.entries[0]!.levels[2]!.behaviourIndicators).toEqual(['Menyusun rencana kerja']);
  });

  it('reports a formula without a cached result instead of guessing', async () => {
    const rows = flatRows('TK.01');
    rows[3]![6] = { formula: 'A1&"x"' } as ExcelJS.CellFormulaValue;
    expect(problemsOf(await read(await flatSheet(rows)))).toEqual([
      { sheet: 'Kamus', row: 5, column: 'deskripsi', code: 'FORMULA_WITHOUT_RESULT' },
    ]);
  });

  it('reports an empty urusan per entry when there is no default', async () => {
    const rows = [...flatRows('TK.01'), ...flatRows('TK.02')];
    rows[0]![3] = null;
    rows[5]![3] = null;
    expect(problemsOf(await read(await flatSheet(rows)))).toEqual([
      { sheet: 'Kamus', row: 2, column: 'urusan', code: 'AFFAIR_REQUIRED' },
      { sheet: 'Kamus', row: 7, column: 'urusan', code: 'AFFAIR_REQUIRED' },
    ]);
  });

  it('refuses more than 50,000 data rows before building entries', async () => {
    const rows = Array.from({ length: 50_001 }, (_, index) => [`TK.${index}`]);
    const result = await read(await flatSheet(rows));
    expect(problemsOf(result)).toEqual([
      { sheet: 'Kamus', row: 50_002, column: null, code: 'TOO_MANY_ROWS' },
    ]);
  });
});

describe('splitIndicators', () => {
  it('keeps numbers that belong to the text', () => {
    expect(splitIndicators('1. Menyusun 2 laporan\n\n 10) Menilai 3 unit \r\na. Mengarsip')).toEqual([
      'Menyusun 2 laporan',
      'Menilai 3 unit',
      'Mengarsip',
    ]);
    expect(splitIndicators('2024 menjadi tahun dasar')).toEqual(['2024 menjadi tahun dasar']);
  });
});
