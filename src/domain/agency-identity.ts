/**
 * An agency as its official documents show it: letterhead (name, unit, address, contacts, logo),
 * the place of signing, the head who signs decrees and the staffing official (PPK) who signs
 * staffing documents. Also the checks on an uploaded logo: PNG or SVG, size-checked; an SVG that
 * could run anything (script, event handlers, external references) is refused, not cleaned. Pure.
 */
import { DomainError } from './errors';
import { parseNip } from './nip';
import type { AgencyKind } from './roles';

export interface Signer {
  /** e.g. "Wali Kota Contoh", "Kepala Badan Kepegawaian dan Pengembangan SDM". */
  title: string;
  name: string;
  /** 18 digits, or null (an elected head has none). */
  nip: string | null;
}

export interface AgencyIdentity {
  name: string;
  kind: AgencyKind;
  officialName: string;
  letterheadUnit: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  email: string | null;
  place: string | null;
  province: string | null;
  head: Signer | null;
  staffingOfficial: Signer | null;
  logo: AgencyLogo | null;
}

export interface AgencyLogo {
  contentType: 'image/png' | 'image/svg+xml';
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Who issues a decree of this kind of agency: "Wali Kota", "Bupati", "Gubernur", "Menteri". */
export const decreeIssuer: Readonly<Record<AgencyKind, string>> = Object.freeze({
  city: 'Wali Kota',
  regency: 'Bupati',
  province: 'Gubernur',
  ministry: 'Menteri',
});

/** A NIP as printed under a signature: "19850412 201001 1 003". */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** The NIP's 18 digits, or DomainError('NIP_INVALID') naming the field. */
export function normalizeNip(raw: string, field: string, label: string): string {
  const result = parseNip(raw);
  if (!result.ok) {
    throw new DomainError('NIP_INVALID', `${label}: ${result.message}`, {
      issues: [{ path: field, message: result.message, code: result.code }],
    });
  }
  return raw.replace(/\s+/g, '');
}

// ---------------------------------------------------------------------------------------------
// Logo checks

export const logoLimits = { maxBytes: 512 * 1024, minSide: 32, maxSide: 4000 } as const;

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function invalidLogo(message: string): DomainError {
  return new DomainError('LOGO_INVALID', message);
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 33 || !pngSignature.every((b, i) => bytes[i] === b)) {
    throw invalidLogo('Berkas bukan gambar PNG yang sah.');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk !== 'IHDR') throw invalidLogo('Berkas PNG rusak (tanpa header IHDR).');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Things an SVG logo may not contain: anything that runs or loads something. */
const svgForbidden: [RegExp, string][] = [
  [/<\s*script\b/i, 'skrip'],
  [/\son[a-z]+\s*=/i, 'atribut peristiwa (on…)'],
  [/javascript\s*:/i, 'tautan javascript:'],
  [/<\s*foreignObject\b/i, 'foreignObject'],
  [/<\s*(iframe|embed|object)\b/i, 'elemen tertanam'],
  [/(?:xlink:)?href\s*=\s*["']\s*(?!#)/i, 'rujukan ke berkas atau alamat lain'],
  [/<!ENTITY/i, 'deklarasi entitas'],
  [/@import|url\(\s*["']?\s*(?!#)/i, 'rujukan gaya ke alamat lain'],
];

function svgLength(value: string | undefined): number | null {
  if (!value) return null;
  const match = /^\s*([\d.]+)\s*(px|pt|mm|cm)?\s*$/.exec(value);
  if (!match) return null;
  const n = Number(match[1]);
  const unit = match[2] ?? 'px';
  const factor = unit === 'pt' ? 4 / 3 : unit === 'mm' ? 96 / 25.4 : unit === 'cm' ? 96 / 2.54 : 1;
  return Number.isFinite(n) && n > 0 ? n * factor : null;
}

function svgSize(bytes: Uint8Array): { width: number; height: number } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidLogo('Berkas SVG harus teks UTF-8.');
  }
  const open = /<svg\b([^>]*)>/i.exec(text);
  if (!open) throw invalidLogo('Berkas bukan gambar SVG (tanpa elemen <svg>).');
  for (const [pattern, what] of svgForbidden) {
    if (pattern.test(text)) {
      throw invalidLogo(`SVG ditolak karena memuat ${what}. Simpan ulang logo sebagai SVG polos atau PNG.`);
    }
  }
  const attributes = open[1] ?? '';
  const attribute = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attributes)?.[1];
  const viewBox = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = svgLength(attribute('width')) ?? (viewBox?.length === 4 ? viewBox[2]! : null);
  const height = svgLength(attribute('height')) ?? (viewBox?.length === 4 ? viewBox[3]! : null);
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw invalidLogo('SVG harus menyebut ukurannya (atribut width/height atau viewBox).');
  }
  return { width, height };
}

/** Checks an uploaded logo and reads its size; DomainError('LOGO_INVALID' | 'LOGO_TOO_LARGE'). */
export function checkLogo(bytes: Uint8Array, fileName: string): AgencyLogo {
  if (bytes.length === 0) throw invalidLogo('Berkas logo kosong.');
  if (bytes.length > logoLimits.maxBytes) {
    throw new DomainError(
      'LOGO_TOO_LARGE',
      `Logo maksimal ${logoLimits.maxBytes / 1024} KiB; berkas ini ${Math.ceil(bytes.length / 1024)} KiB.`,
    );
  }
  const isPng = pngSignature.every((b, i) => bytes[i] === b);
  const isSvg = !isPng && /\.svg$/i.test(fileName.trim());
  if (!isPng && !isSvg) throw invalidLogo('Logo harus berupa PNG atau SVG.');
  const { width, height } = isPng ? pngSize(bytes) : svgSize(bytes);
  if (Math.min(width, height) < logoLimits.minSide || Math.max(width, height) > logoLimits.maxSide) {
    throw invalidLogo(
      `Ukuran logo ${Math.round(width)} × ${Math.round(height)} piksel; gunakan sisi ${logoLimits.minSide} sampai ${logoLimits.maxSide} piksel.`,
    );
  }
  return { contentType: isPng ? 'image/png' : 'image/svg+xml', bytes, width, height };
}
