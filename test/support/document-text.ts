/**
 * Reading generated documents back as a person's tools would: the parts of a DOCX (a zip, read
 * with node:zlib), its text paragraph by paragraph, and a PDF's text through poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** Every file of a zip archive (stored or deflated entries), by name. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let k = 0; k < count; k++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad zip central directory');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a WordprocessingML part, one line per paragraph. */
export function wordText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
}

export function docxParts(bytes: Uint8Array) {
  const files = unzip(bytes);
  const part = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const headers = [...files.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n)).map(part);
  const footers = [...files.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(part);
  return { files, document: part('word/document.xml'), headers, footers };
}

export function docxText(bytes: Uint8Array): string {
  return wordText(docxParts(bytes).document);
}

/** pdftotext in content-stream order (`-raw`): each table cell's lines come together. */
export function pdfText(bytes: Uint8Array, options: { firstPage?: number; lastPage?: number } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-pdftext-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, bytes);
    const range = [
      ...(options.firstPage ? ['-f', String(options.firstPage)] : []),
      ...(options.lastPage ? ['-l', String(options.lastPage)] : []),
    ];
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfPageCount(bytes: Uint8Array): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-pdfinfo-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Text without any whitespace: line breaks inside table cells do not matter when comparing. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The texts of `expected` that `actual` lacks, comparing without whitespace. */
export function missingTexts(actual: string, expected: string[]): string[] {
  const haystack = squeeze(actual);
  return expected.filter((text) => !haystack.includes(squeeze(text)));
}

const listMarker = /^\d+\.$/;

/**
 * The words of `expected` that the PDF text lacks. pdftotext puts a list number after the first
 * line of its item and a page's header and footer inside a table cell that breaks across pages,
 * so the check is per word (on the text without list numbers, `dropLines` and whitespace).
 */
export function missingWords(pdf: string, expected: string[], dropLines: RegExp[] = []): string[] {
  const kept = pdf
    .split('\n')
    .filter((line) => !listMarker.test(line.trim()) && !dropLines.some((re) => re.test(line)))
    .join('');
  const haystack = squeeze(kept);
  const words = new Set(expected.flatMap((text) => text.split(/\s+/)).filter(Boolean));
  return [...words].filter((word) => !haystack.includes(word));
}
