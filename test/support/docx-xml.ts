/**
 * WordprocessingML by hand, for documents a test (or an e2e) builds to import: runs, paragraphs,
 * table cells with merge properties, rows, tables, and the .docx zip around `word/document.xml`.
 */
import { strToU8, zipSync } from 'fflate';

export const w = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
export const tc = (content: string, props = '') =>
  `<w:tc><w:tcPr>${props}</w:tcPr>${content || '<w:p/>'}</w:tc>`;
export const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
/** Vertical merge: the first cell of a merged column, and the cells it covers. */
export const restart = '<w:vMerge w:val="restart"/>';
export const cont = '<w:vMerge/>';
export const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]) => `<w:tbl><w:tblGrid/>${rows.join('')}</w:tbl>`;

/** A document body as Word writes it: the namespace, the blocks, the section properties. */
export const documentXml = (...blocks: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
${blocks.join('')}<w:sectPr/></w:body></w:document>`;

/** The smallest .docx the reader accepts: content types and `word/document.xml`. */
export const docxOf = (xml: string) =>
  Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }));
