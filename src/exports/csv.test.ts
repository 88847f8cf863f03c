import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads semicolon CSV from Indonesian Excel with a BOM and CRLF', () => {
    const result = parseCsv('\uFEFFNIP;Nama\r\n198504122010011003;Budi Santoso\r\n\r\n');
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ['NIP', 'Nama'] },
        { row: 2, cells: ['198504122010011003', 'Budi Santoso'] },
      ],
    });
  });

  it('quoted fields with delimiters, doubled quotes and line breaks keep the row number of their start', () => {
    const result = parseCsv('a,b\n"x, y","he said ""ya""\nlagi"\nlast,\n');
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ['a', 'b'] },
        { row: 2, cells: ['x, y', 'he said "ya"\nlagi'] },
        { row: 4, cells: ['last', ''] },
      ],
    });
  });

  it('refuses an unterminated quote and text after a closing quote', () => {
    expect(parseCsv('a,b\n"open,1\n')).toMatchObject({ ok: false, row: 2 });
    expect(parseCsv('a,b\n"x"y,1\n')).toMatchObject({ ok: false, row: 2 });
  });

  it('stops past the row limit', () => {
    expect(parseCsv('h\n1\n2\n3\n', 2)).toMatchObject({ ok: false });
    expect(parseCsv('h\n1\n', 2)).toMatchObject({ ok: true });
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });
});
