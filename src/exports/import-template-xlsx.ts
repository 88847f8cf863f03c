/**
 * A blank import template: the first sheet carries the header row in the spellings the import
 * reads and one example row; the "Petunjuk" sheet lists each column, whether it must be filled and
 * what it accepts. The columns come from the import's own definitions (`services/import-templates.ts`).
 */
import ExcelJS from 'exceljs';

export interface TemplateColumn {
  header: string;
  /** "Wajib", "Tidak wajib", or a condition ("Wajib jika …"). */
  requirement: string;
  accepted: string;
  example: string;
  /** false: an alternative column, described on "Petunjuk" but not in the header row. */
  inHeader?: boolean;
}

export async function importTemplateWorkbook(input: {
  sheetName: string;
  title: string;
  columns: readonly TemplateColumn[];
  /** Further example rows (header order), after the one in `columns`. */
  moreExamples?: readonly (readonly string[])[];
  notes?: readonly string[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SKJ';
  const sheet = workbook.addWorksheet(input.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const inHeader = input.columns.filter((column) => column.inHeader !== false);
  sheet.columns = inHeader.map((column) => ({ width: Math.max(12, Math.min(40, column.header.length + 6)) }));
  const header = sheet.getRow(1);
  header.values = inHeader.map((column) => column.header);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  for (const example of [inHeader.map((column) => column.example), ...(input.moreExamples ?? [])]) {
    const row = sheet.addRow([...example]);
    // Text cells: Excel must not turn an NIP into 1.99E+17 or "1/2" into a date.
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  const guide = workbook.addWorksheet('Petunjuk');
  guide.columns = [{ width: 24 }, { width: 22 }, { width: 70 }, { width: 24 }];
  guide.getCell('A1').value = input.title;
  guide.getCell('A1').font = { bold: true, size: 13 };
  let line = 2;
  for (const note of input.notes ?? []) {
    guide.getCell(`A${line}`).value = note;
    line++;
  }
  line++;
  const head = guide.getRow(line);
  head.values = ['Kolom', 'Wajib diisi', 'Isian yang diterima', 'Contoh'];
  head.font = { bold: true };
  for (const column of input.columns) {
    line++;
    guide.getRow(line).values = [column.header, column.requirement, column.accepted, column.example];
    guide.getRow(line).alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
