/**
 * What a person would do with a generated document: convert the Word file with LibreOffice (its
 * own fresh profile), look at page 1 (pdftoppm, kept in e2e/artifacts/documents/), read its text,
 * and scan it for words that must never reach a user.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => fs.existsSync(file));
export const artifacts = path.resolve('e2e/artifacts/documents');

/** Words of the build and the seed files that must never appear in what users get. */
export const internalWords: [RegExp, string][] = [
  [/\bseed\b/i, 'seed'],
  [/\bverified\b/i, 'verified'],
  [/\bTODO\b/, 'TODO'],
  [/\[Teks resmi/i, '[Teks resmi'],
];

/** The internal words found in `text`, with a little context each. */
export function internalWordsIn(text: string): string[] {
  const found: string[] = [];
  for (const [pattern, word] of internalWords) {
    const match = pattern.exec(text);
    if (match) found.push(`${word}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
  }
  return found;
}

/** Page `page` of a PDF (bytes) as a PNG in the artifacts folder; returns the PNG's path. */
export function keepPage(pdf: Uint8Array, name: string, page = 1, dpi = 60): string {
  fs.mkdirSync(artifacts, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-page-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const prefix = path.join(artifacts, name);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      prefix,
    ]);
    return `${prefix}.png`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Fonts embedded in a PDF (pdffonts), e.g. "AAAAAA+NotoSans-Regular". */
export function pdfFonts(pdf: Uint8Array): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-fonts-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0]!)
      .filter(Boolean);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Converts DOCX files (name → bytes) to PDF in one LibreOffice run; returns name → PDF bytes. */
export function convertDocxWithLibreOffice(docx: Record<string, Uint8Array>): Record<string, Buffer> {
  if (!soffice) throw new Error('LibreOffice is not installed');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lo-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lo-profile-'));
  try {
    const files = Object.entries(docx).map(([name, bytes]) => {
      const file = path.join(work, `${name}.docx`);
      fs.writeFileSync(file, bytes);
      return file;
    });
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...files,
      ],
      { timeout: 300_000, stdio: 'pipe' },
    );
    const out: Record<string, Buffer> = {};
    for (const name of Object.keys(docx)) {
      const pdf = path.join(work, `${name}.pdf`);
      if (fs.existsSync(pdf)) out[name] = fs.readFileSync(pdf);
    }
    return out;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
