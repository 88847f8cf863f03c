/**
 * CSV as spreadsheet programs write it (RFC 4180): quoted fields with doubled quotes, CRLF or LF,
 * a UTF-8 BOM, and the delimiter Indonesian Excel uses (`;`) as well as `,` (and tab), detected
 * from the header line. Pure.
 */
export interface CsvRow {
  /** 1-based line number of the row's first line, as a person sees it in an editor. */
  row: number;
  cells: string[];
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; row: number; message: string };

export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function parseCsv(input: string, maxRows = Number.POSITIVE_INFINITY): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowStart = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endRow = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ row: rowStart, cells });
    cells = [];
    field = '';
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          return {
            ok: false,
            row: line,
            message: `Baris ${line}: tanda kutip penutup harus diikuti pemisah kolom.`,
          };
        }
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      cells.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      if (rows.length > maxRows) return { ok: false, row: line, message: `Lebih dari ${maxRows} baris.` };
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowStart = line;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (quoted) return { ok: false, row: rowStart, message: `Baris ${rowStart}: tanda kutip tidak ditutup.` };
  if (field !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}
