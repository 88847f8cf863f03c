/**
 * Reads the body of a Word (.docx) file as blocks in document order: paragraphs as text, tables as
 * grids whose merged cells are resolved (a `gridSpan` cell fills every grid column it spans, a
 * `vMerge` continuation repeats the cell it continues), so a reader of a table never has to know
 * how a person merged it. Text split over runs, hyperlinks, insertions and fields is joined; each
 * paragraph of a cell stays one line. Only `word/document.xml` is inflated, and only when the zip
 * directory declares it small enough.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { DomainError } from '../domain/errors';
import { textFault, textFaultMessages } from '../domain/text';

export const maxDocxBytes = 10 * 1024 * 1024;
/** The declared size of word/document.xml that is still a document, not a zip bomb. */
const maxDocumentXmlBytes = 30 * 1024 * 1024;

/** One cell of a resolved table: its paragraphs; `id` is shared by the grid columns and rows it covers. */
export interface GridCell {
  id: number;
  lines: string[];
  text: string;
}

export interface DocxParagraph {
  kind: 'paragraph';
  text: string;
}

export interface DocxTable {
  kind: 'table';
  /** rows × grid columns; a column a row does not reach is null. */
  rows: (GridCell | null)[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

const notDocx = () =>
  new DomainError(
    'NOT_A_DOCX',
    'Berkas bukan dokumen Word (.docx). Simpan dokumen sebagai .docx lalu unggah ulang.',
  );

/** The tag name of a preserve-order node (the key that is not the attribute holder). */
function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return null;
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.[name];
}

function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** The visible text of a paragraph: w:t of every run at any depth, tabs as spaces, breaks as spaces. */
function paragraphText(paragraph: XmlNode): string {
  let text = '';
  const walk = (node: XmlNode) => {
    const tag = tagOf(node);
    if (tag === 'w:t') {
      for (const c of childrenOf(node)) if (typeof c['#text'] === 'string') text += c['#text'];
      return;
    }
    if (tag === 'w:tab' || tag === 'w:br' || tag === 'w:cr') {
      text += ' ';
      return;
    }
    // Deleted text (tracked changes) and field instructions are not what the page shows.
    if (tag === 'w:del' || tag === 'w:instrText' || tag === 'w:delText' || tag === 'w:pPr' || tag === 'w:rPr')
      return;
    for (const c of childrenOf(node)) walk(c);
  };
  walk(paragraph);
  const clean = text.replace(/\s+/g, ' ').trim();
  const fault = textFault(clean, { multiline: false });
  if (fault) {
    throw new DomainError(
      'INVALID_TEXT',
      `Teks dokumen ${textFaultMessages[fault]}: "${clean.replace(/[^\p{L}\p{N} .,:;()/-]/gu, '').slice(0, 80)}". Hapus karakter itu di Word lalu unggah ulang.`,
    );
  }
  return clean;
}

/** Paragraphs of a cell (nested tables read row by row as paragraphs). */
function cellLines(cell: XmlNode): string[] {
  const lines: string[] = [];
  const walk = (node: XmlNode) => {
    for (const c of childrenOf(node)) {
      const tag = tagOf(c);
      if (tag === 'w:p') {
        const text = paragraphText(c);
        if (text) lines.push(text);
      } else if (
        tag === 'w:tbl' ||
        tag === 'w:tr' ||
        tag === 'w:tc' ||
        tag === 'w:sdt' ||
        tag === 'w:sdtContent'
      )
        walk(c);
    }
  };
  walk(cell);
  return lines;
}

/** Rows and cells of a table, through content controls (w:sdt) that may wrap either. */
function elementsOf(node: XmlNode, tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const c of childrenOf(node)) {
    const t = tagOf(c);
    if (t === tag) found.push(c);
    else if (t === 'w:sdt') {
      const content = child(c, 'w:sdtContent');
      if (content) found.push(...elementsOf(content, tag));
    } else if (t === 'w:customXml') found.push(...elementsOf(c, tag));
  }
  return found;
}

let nextCellId = 0;

function resolveTable(table: XmlNode): DocxTable {
  const rows: (GridCell | null)[][] = [];
  for (const row of elementsOf(table, 'w:tr')) {
    const resolved: (GridCell | null)[] = [];
    const before = child(row, 'w:trPr');
    const gridBefore = before ? Number(attribute(child(before, 'w:gridBefore') ?? {}, 'w:val') ?? 0) : 0;
    for (let k = 0; k < gridBefore; k++) resolved.push(null);
    for (const cell of elementsOf(row, 'w:tc')) {
      const properties = child(cell, 'w:tcPr');
      const spanNode = properties ? child(properties, 'w:gridSpan') : undefined;
      const span = Math.max(1, Math.min(64, Number(spanNode ? attribute(spanNode, 'w:val') : 1) || 1));
      const mergeNode = properties ? child(properties, 'w:vMerge') : undefined;
      const continues =
        mergeNode !== undefined && (attribute(mergeNode, 'w:val') ?? 'continue') === 'continue';
      const column = resolved.length;
      const above = continues ? rows[rows.length - 1]?.[column] : undefined;
      let value: GridCell;
      if (above) value = above;
      else {
        const lines = cellLines(cell);
        value = { id: nextCellId++, lines, text: lines.join(' ') };
      }
      for (let k = 0; k < span; k++) resolved.push(value);
    }
    rows.push(resolved);
  }
  return { kind: 'table', rows };
}

function bodyBlocks(body: XmlNode): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  for (const node of childrenOf(body)) {
    const tag = tagOf(node);
    if (tag === 'w:p') blocks.push({ kind: 'paragraph', text: paragraphText(node) });
    else if (tag === 'w:tbl') blocks.push(resolveTable(node));
    else if (tag === 'w:sdt' || tag === 'w:customXml') {
      const content = tag === 'w:sdt' ? child(node, 'w:sdtContent') : node;
      if (content) blocks.push(...bodyBlocks(content));
    }
  }
  return blocks;
}

/**
 * The blocks of a .docx. NOT_A_DOCX when the bytes are no zip or the zip has no
 * word/document.xml; DOCX_UNREADABLE when word/document.xml is not XML or is implausibly large.
 */
export function readDocxBlocks(bytes: Uint8Array): DocxBlock[] {
  // A zip starts with a local file header "PK\3\4".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    throw notDocx();
  let entries: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'word/document.xml') return false;
        if (file.originalSize > maxDocumentXmlBytes) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    throw notDocx();
  }
  if (tooLarge) {
    throw new DomainError('DOCX_UNREADABLE', 'Isi dokumen Word terlalu besar untuk dibaca sebagai SKJ.');
  }
  const xml = entries['word/document.xml'];
  if (!xml) {
    throw new DomainError(
      'NOT_A_DOCX',
      'Berkas ini arsip zip, tetapi bukan dokumen Word (tidak ada word/document.xml). Simpan dokumen sebagai .docx lalu unggah ulang.',
    );
  }
  let parsed: XmlNode[];
  try {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(xml);
    // The parser is lenient with unclosed tags; a broken part must not read as a document without tables.
    if (XMLValidator.validate(text) !== true) throw new Error('not well-formed');
    parsed = parser.parse(text) as XmlNode[];
  } catch {
    throw new DomainError('DOCX_UNREADABLE', 'Isi dokumen Word rusak dan tidak dapat dibaca.');
  }
  const document = parsed.find((node) => tagOf(node) === 'w:document');
  const body = document ? child(document, 'w:body') : undefined;
  if (!body) throw new DomainError('DOCX_UNREADABLE', 'Isi dokumen Word rusak dan tidak dapat dibaca.');
  return bodyBlocks(body);
}
