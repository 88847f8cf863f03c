/**
 * Guards an uploaded .xlsx before exceljs sees it. exceljs (through JSZip) inflates every part of
 * the archive into memory, so a small upload can claim gigabytes; these checks read only the zip
 * directory and refuse what no honest dictionary file needs.
 */
import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../domain/errors';

export const maxFileBytes = 10 * 1024 * 1024;
/** Sum of the declared uncompressed sizes of all parts of the archive. */
export const maxUncompressedBytes = 200 * 1024 * 1024;
export const maxCompressionRatio = 200;
/** Parts smaller than this are exempt from the ratio test: they cannot exhaust memory, and tiny
 * repetitive XML parts legitimately compress far beyond any sensible ratio. */
export const ratioExemptBytes = 64 * 1024;
/** A workbook has a few dozen parts; thousands mean something else is going on. */
export const maxZipEntries = 10_000;
/** Data rows per sheet (header excluded); enforced by the readers, not by `inspectXlsx`. */
export const maxRows = 50_000;

export interface XlsxLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
  ratioExemptBytes: number;
  maxZipEntries: number;
}

export const defaultXlsxLimits: XlsxLimits = {
  maxFileBytes,
  maxUncompressedBytes,
  maxCompressionRatio,
  ratioExemptBytes,
  maxZipEntries,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedBytes: number;
  uncompressedBytes: number;
  localHeaderOffset: number;
}

export interface XlsxInspection {
  entries: ZipEntryInfo[];
  uncompressedBytes: number;
}

const localHeaderSignature = 0x04034b50;
const centralHeaderSignature = 0x02014b50;
const endOfDirectorySignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const endOfDirectoryBytes = 22;
const maxCommentBytes = 0xffff;
const zip64Marker = 0xffffffff;
const methodStored = 0;
const methodDeflate = 8;
const nameDecoder = new TextDecoder();

const notXlsx = () => new DomainError('NOT_XLSX', 'Berkas bukan file Excel .xlsx yang valid.');
const zipBomb = (reason: string) =>
  new DomainError('ZIP_BOMB', `Berkas ditolak karena isinya tidak wajar untuk file Excel: ${reason}.`);
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Refuses oversized files, non-xlsx bytes and zip bombs with a `DomainError`
 * (`FILE_TOO_LARGE`, `NOT_XLSX`, `ZIP_BOMB`); returns what the directory declares otherwise.
 */
export function inspectXlsx(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): XlsxInspection {
  const limit = { ...defaultXlsxLimits, ...limits };
  if (bytes.byteLength > limit.maxFileBytes) {
    throw new DomainError(
      'FILE_TOO_LARGE',
      `Ukuran berkas ${megabytes(bytes.byteLength)} melebihi batas ${megabytes(limit.maxFileBytes)}.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < endOfDirectoryBytes + 30 || view.getUint32(0, true) !== localHeaderSignature) {
    throw notXlsx();
  }
  const entries = readCentralDirectory(view, limit);
  const uncompressedBytes = checkDeclaredSizes(entries, limit);
  requireWorkbookParts(entries);
  for (const entry of entries) verifyInflatedSize(bytes, view, entry);
  return { entries, uncompressedBytes };
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - endOfDirectoryBytes;
  const first = Math.max(0, last - maxCommentBytes);
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) !== endOfDirectorySignature) continue;
    const commentBytes = view.getUint16(offset + 20, true);
    if (offset + endOfDirectoryBytes + commentBytes <= view.byteLength) return offset;
  }
  throw notXlsx();
}

function readCentralDirectory(view: DataView, limit: XlsxLimits): ZipEntryInfo[] {
  const end = findEndOfDirectory(view);
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const count = view.getUint16(end + 10, true);
  const directoryBytes = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // ZIP64 hides the real sizes elsewhere; an xlsx under 10 MB never needs it, so refuse rather
  // than trust a second set of numbers.
  const zip64 =
    count === 0xffff ||
    directoryBytes === zip64Marker ||
    directoryOffset === zip64Marker ||
    (end >= 20 && view.getUint32(end - 20, true) === zip64LocatorSignature);
  if (zip64) throw zipBomb('format ZIP64 tidak diterima');
  if (disk !== 0 || directoryDisk !== 0) throw notXlsx();
  if (count > limit.maxZipEntries) throw zipBomb(`berisi ${count} bagian`);
  if (directoryOffset + directoryBytes > end) throw notXlsx();
  const entries: ZipEntryInfo[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    const entry = readCentralEntry(view, offset, directoryOffset + directoryBytes);
    entries.push(entry.info);
    offset = entry.next;
  }
  return entries;
}

function readCentralEntry(view: DataView, offset: number, directoryEnd: number) {
  if (offset + 46 > directoryEnd || view.getUint32(offset, true) !== centralHeaderSignature) throw notXlsx();
  const nameBytes = view.getUint16(offset + 28, true);
  const extraBytes = view.getUint16(offset + 30, true);
  const commentBytes = view.getUint16(offset + 32, true);
  const next = offset + 46 + nameBytes + extraBytes + commentBytes;
  if (next > directoryEnd) throw notXlsx();
  const info: ZipEntryInfo = {
    name: nameDecoder.decode(new Uint8Array(view.buffer, view.byteOffset + offset + 46, nameBytes)),
    method: view.getUint16(offset + 10, true),
    compressedBytes: view.getUint32(offset + 20, true),
    uncompressedBytes: view.getUint32(offset + 24, true),
    localHeaderOffset: view.getUint32(offset + 42, true),
  };
  const { compressedBytes, uncompressedBytes, localHeaderOffset } = info;
  if ([compressedBytes, uncompressedBytes, localHeaderOffset].includes(zip64Marker)) {
    throw zipBomb('format ZIP64 tidak diterima');
  }
  return { info, next };
}

function checkDeclaredSizes(entries: ZipEntryInfo[], limit: XlsxLimits): number {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedBytes;
    if (total > limit.maxUncompressedBytes) {
      throw zipBomb(`isi yang diekstrak melebihi ${megabytes(limit.maxUncompressedBytes)}`);
    }
    if (entry.uncompressedBytes <= limit.ratioExemptBytes) continue;
    if (entry.uncompressedBytes > entry.compressedBytes * limit.maxCompressionRatio) {
      throw zipBomb(`rasio kompresi bagian "${entry.name}" melebihi ${limit.maxCompressionRatio}:1`);
    }
  }
  return total;
}

function requireWorkbookParts(entries: ZipEntryInfo[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw notXlsx();
}

/**
 * The directory's sizes are only claims: JSZip inflates a part completely before comparing it
 * with them. Inflating here with a cap at the declared size makes a lying directory harmless.
 */
function verifyInflatedSize(bytes: Uint8Array, view: DataView, entry: ZipEntryInfo): void {
  const start = entry.localHeaderOffset;
  if (start + 30 > bytes.byteLength || view.getUint32(start, true) !== localHeaderSignature) throw notXlsx();
  const dataStart = start + 30 + view.getUint16(start + 26, true) + view.getUint16(start + 28, true);
  const dataEnd = dataStart + entry.compressedBytes;
  if (dataEnd > bytes.byteLength) throw notXlsx();
  if (entry.method === methodStored) {
    if (entry.compressedBytes !== entry.uncompressedBytes) throw notXlsx();
    return;
  }
  if (entry.method !== methodDeflate) throw notXlsx();
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(bytes.subarray(dataStart, dataEnd), {
      maxOutputLength: Math.max(entry.uncompressedBytes, 1),
    });
  } catch (error) {
    if (error instanceof RangeError) throw zipBomb(`bagian "${entry.name}" lebih besar dari yang dinyatakan`);
    throw notXlsx();
  }
  if (inflated.byteLength !== entry.uncompressedBytes) throw notXlsx();
}
