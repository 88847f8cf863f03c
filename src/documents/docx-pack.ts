/**
 * Packs a Word document so that the same data gives the same bytes: docx stamps the package's
 * created/modified properties and every zip entry with the current time. Here both carry a date
 * taken from the data (a ratified document's ratification date), so a ratified standard's DOCX is
 * byte-identical whenever and wherever it is rendered (backup and restore drills compare them).
 */
import { type Document, Packer } from 'docx';

export interface PackageProperties {
  title: string;
  subject: string;
  creator: string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function coreProperties(properties: PackageProperties, date: Date): string {
  const at = date.toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    `<dc:subject>${escapeXml(properties.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(properties.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(properties.creator)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** MS-DOS time and date of `date` in UTC (zip's two-second resolution), from 1980 on. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Sets the modification time of every entry of a zip (central directory and local headers) in
 * place; the data and its CRCs are untouched.
 */
export function stampZipEntries(zip: Buffer, date: Date): Buffer {
  const { time, day } = dosDateTime(date);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('docx: no zip end record');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let k = 0; k < entries; k++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('docx: bad zip central directory');
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(day, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('docx: bad zip local header');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(day, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

export async function packDocx(
  document: Document,
  properties: PackageProperties,
  date: Date,
): Promise<Buffer> {
  const bytes = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(properties, date) },
  ]);
  return stampZipEntries(bytes, date);
}
