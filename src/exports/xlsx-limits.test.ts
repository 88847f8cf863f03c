import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors';
import { readDictionaryXlsx } from './dictionary-xlsx';
import { inspectXlsx, maxFileBytes } from './xlsx-limits';

interface ZipPart {
  name: string;
  /** Bytes as stored in the archive (already deflated when `method` is 8). */
  stored: Uint8Array;
  method?: 0 | 8;
  /** What the directory claims the part inflates to. */
  declaredSize: number;
}

/** A minimal zip (no CRC: the inspector never reads it) whose directory says what we tell it. */
function buildZip(parts: ZipPart[], options: { directoryOffset?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method ?? 8, 8);
    local.writeUInt32LE(part.stored.byteLength, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.method ?? 8, 10);
    central.writeUInt32LE(part.stored.byteLength, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.stored));
    centrals.push(central, name);
    offset += 30 + name.length + part.stored.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(options.directoryOffset ?? offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function deflated(name: string, data: Buffer): ZipPart {
  return { name, stored: deflateRawSync(data), declaredSize: data.length };
}

const workbookParts = (): ZipPart[] => [
  deflated('[Content_Types].xml', Buffer.from('<Types/>')),
  deflated('xl/workbook.xml', Buffer.from('<workbook/>')),
];

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

async function smallWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Data').addRow(['kode', 'nama']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('inspectXlsx', () => {
  it('accepts a workbook written by exceljs and reports what its directory declares', async () => {
    const inspection = inspectXlsx(await smallWorkbook());
    expect(inspection.entries.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(inspection.uncompressedBytes).toBeGreaterThan(0);
  });

  it('refuses a file over 10 MB before looking inside', () => {
    const error = refusal(() => inspectXlsx(new Uint8Array(maxFileBytes + 1)));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/melebihi batas 10 MB/);
  });

  it('refuses random bytes as not an xlsx', () => {
    const error = refusal(() => inspectXlsx(randomBytes(4096)));
    expect(error.code).toBe('NOT_XLSX');
    expect(error.message).toBe('Berkas bukan file Excel .xlsx yang valid.');
  });

  it('refuses a zip that is not a workbook, and a truncated one', async () => {
    const plainZip = buildZip([deflated('catatan.txt', Buffer.from('halo'))]);
    expect(refusal(() => inspectXlsx(plainZip)).code).toBe('NOT_XLSX');
    const workbook = await smallWorkbook();
    expect(refusal(() => inspectXlsx(workbook.subarray(0, workbook.length - 40))).code).toBe('NOT_XLSX');
    const misplacedDirectory = buildZip(workbookParts(), { directoryOffset: 5_000_000 });
    expect(refusal(() => inspectXlsx(misplacedDirectory)).code).toBe('NOT_XLSX');
  });

  it('refuses a real zip bomb: 300 MB of zeros deflated into a few hundred KB', () => {
    const zeros = Buffer.alloc(300 * 1024 * 1024);
    const bomb = buildZip([...workbookParts(), deflated('xl/worksheets/sheet1.xml', zeros)]);
    expect(bomb.length).toBeLessThan(maxFileBytes);
    const error = refusal(() => inspectXlsx(bomb));
    expect(error.code).toBe('ZIP_BOMB');
    expect(error.message).toMatch(/200 MB/);
  });

  it('refuses a part whose compression ratio exceeds 200 even when the total is small', () => {
    const bomb = buildZip([
      ...workbookParts(),
      deflated('xl/sharedStrings.xml', Buffer.alloc(20 * 1024 * 1024)),
    ]);
    const error = refusal(() => inspectXlsx(bomb));
    expect(error.code).toBe('ZIP_BOMB');
    expect(error.message).toMatch(/rasio kompresi/);
  });

  it('refuses a forged directory whose sizes add up to more than 200 MB', () => {
    const forged = [
      ...workbookParts(),
      { ...deflated('xl/a.xml', Buffer.alloc(10)), declaredSize: 150 * 1024 * 1024 },
    ];
    forged.push({ ...deflated('xl/b.xml', Buffer.alloc(10)), declaredSize: 150 * 1024 * 1024 });
    expect(refusal(() => inspectXlsx(buildZip(forged))).code).toBe('ZIP_BOMB');
  });

  it('refuses a directory that understates a part: it would inflate past its declared size', () => {
    const content = deflated('xl/worksheets/sheet1.xml', Buffer.alloc(5 * 1024 * 1024, 'a'));
    const lying = buildZip([...workbookParts(), { ...content, declaredSize: 1000 }]);
    const error = refusal(() => inspectXlsx(lying));
    expect(error.code).toBe('ZIP_BOMB');
    expect(error.message).toMatch(/lebih besar dari yang dinyatakan/);
  });

  it('refuses ZIP64 markers instead of following them', () => {
    const zip64 = buildZip([
      ...workbookParts(),
      { ...deflated('xl/a.xml', Buffer.alloc(10)), declaredSize: 0xffffffff },
    ]);
    expect(refusal(() => inspectXlsx(zip64)).code).toBe('ZIP_BOMB');
  });

  it('lets readDictionaryXlsx propagate the refusal before exceljs parses anything', async () => {
    const knownAffairs = new Set<string>();
    await expect(readDictionaryXlsx(randomBytes(100), { knownAffairs })).rejects.toMatchObject({
      code: 'NOT_XLSX',
    });
    await expect(
      readDictionaryXlsx(new Uint8Array(maxFileBytes + 1), { knownAffairs }),
    ).rejects.toBeInstanceOf(DomainError);
  });
});
