/**
 * What may be stored as text. Every text that comes from outside (a JSON field, a query or form
 * parameter, a spreadsheet cell) passes `textFault` before it reaches a service: PostgreSQL refuses
 * NUL in text and `\u0000` or a lone surrogate in jsonb (the request would fail as a 500), and
 * invisible controls or bidi overrides would be stored as junk that reads differently from what it
 * is (a name that displays reversed, a code with a hidden character that matches nothing).
 */

/**
 * - `control`: NUL, another C0 control (tab and line break only allowed in multi-line text), DEL,
 *   or a C1 control;
 * - `lineBreak`: a tab or a line break in a one-line text;
 * - `bidi`: a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069);
 * - `brokenCharacter`: half of a UTF-16 surrogate pair (not a character at all).
 */
export type TextFault = 'control' | 'lineBreak' | 'bidi' | 'brokenCharacter';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const lineBreak = /[\t\n\r]/;
const bidi = /[\u202A-\u202E\u2066-\u2069]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** One pass for the usual case of a clean text (imports check millions of cells). */
const anyFault = new RegExp([control, bidi, loneSurrogate].map((r) => r.source).join('|'));

/** Windows (CR LF) and old Mac (CR) line ends become LF, so a pasted text is stored one way. */
export function normalizeLineBreaks(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

/** The first reason `value` may not be stored, or null. Expects line breaks already normalized. */
export function textFault(value: string, options: { multiline: boolean }): TextFault | null {
  if (!anyFault.test(value)) return !options.multiline && lineBreak.test(value) ? 'lineBreak' : null;
  if (control.test(value)) return 'control';
  if (bidi.test(value)) return 'bidi';
  if (loneSurrogate.test(value)) return 'brokenCharacter';
  if (!options.multiline && lineBreak.test(value)) return 'lineBreak';
  return null;
}

/** What is wrong, to end a sentence that starts "Isian X …" or "Sel …". */
export const textFaultMessages: Record<TextFault, string> = {
  control: 'memuat karakter kendali tersembunyi yang tidak diizinkan (misalnya NUL)',
  lineBreak: 'harus satu baris, tanpa ganti baris atau tab',
  bidi: 'memuat karakter pengarah arah teks (bidi) tersembunyi yang dapat menyamarkan isinya',
  brokenCharacter: 'memuat karakter Unicode yang rusak',
};
