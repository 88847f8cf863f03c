/** The letterhead and signature block of official documents, drawn by pdfmake. */
import type { Content } from 'pdfmake/interfaces';
import type { Letterhead, SignatureBlockOutline } from './official-outline';
import { textWidth } from './pdf-common';

const logoHeight = 62;

function logo(head: Letterhead): Content | null {
  if (!head.logo) return null;
  const width = Math.min(90, (logoHeight * head.logo.width) / head.logo.height);
  if (head.logo.contentType === 'image/svg+xml') {
    return { svg: new TextDecoder().decode(head.logo.bytes), width, height: logoHeight };
  }
  return {
    image: `data:image/png;base64,${Buffer.from(head.logo.bytes).toString('base64')}`,
    fit: [width, logoHeight],
  };
}

/** Kop surat: logo on the left, agency lines centred, a double rule below. */
export function pdfLetterhead(head: Letterhead, width = textWidth): Content {
  const image = logo(head);
  const lines: Content[] = [
    ...head.names.map((name, k) => ({ text: name, bold: true, fontSize: k === 0 ? 14 : 12.5 })),
    ...head.details.map((detail) => ({ text: detail, fontSize: 8.5 })),
  ];
  return {
    margin: [0, 0, 0, 12],
    stack: [
      {
        columns: [
          image ? { width: 70, stack: [image] } : { width: 0, text: '' },
          { width: '*', alignment: 'center', stack: lines },
          image ? { width: 70, text: '' } : { width: 0, text: '' },
        ],
        columnGap: 6,
      },
      {
        margin: [0, 6, 0, 0],
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 2 },
          { type: 'line', x1: 0, y1: 3, x2: width, y2: 3, lineWidth: 0.6 },
        ],
      },
    ],
  };
}

/** The signature block, on the right half, never split across pages. */
export function pdfSignature(block: SignatureBlockOutline, options: { before?: string[] } = {}): Content {
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 230,
        stack: [
          ...(options.before ?? []).map((text) => ({ text })),
          ...(block.placeLine ? [{ text: block.placeLine }] : []),
          ...(block.dateLine ? [{ text: block.dateLine }] : []),
          { text: block.title, bold: true, margin: [0, 6, 0, 0] },
          { text: block.name, bold: true, decoration: 'underline', margin: [0, 52, 0, 0] },
          ...(block.nipLine ? [{ text: block.nipLine }] : []),
        ],
      },
    ],
  } as Content;
}
