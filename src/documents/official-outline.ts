/**
 * The parts every official document shares, independent of the file format: the letterhead (kop
 * surat: logo, agency, unit, address and contacts) and the signature block (place and date, the
 * signer's title, name and NIP). Built from the agency's identity; the writers draw them.
 */
import { type AgencyIdentity, formatNip, type Signer } from '../domain/agency-identity';
import { formatDate } from './dates';

export interface LetterheadLogo {
  contentType: 'image/png' | 'image/svg+xml';
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface Letterhead {
  /** Upper-case lines, biggest first: "PEMERINTAH KOTA CONTOH", "BADAN KEPEGAWAIAN …". */
  names: string[];
  /** Address and contacts, one line each. */
  details: string[];
  logo: LetterheadLogo | null;
}

export interface SignatureBlockOutline {
  /** "Ditetapkan di Kota Contoh" / "Kota Contoh, 4 September 2023"; null: no place line. */
  placeLine: string | null;
  dateLine: string | null;
  /** "WALI KOTA CONTOH,"; upper case, ends with a comma like a decree. */
  title: string;
  name: string;
  /** "NIP. 19850412 201001 1 003"; null when the signer has none (an elected head). */
  nipLine: string | null;
}

export const blankSignerName = '(....................................)';
export const blankSignerNip = 'NIP. ....................................';

export function letterhead(identity: AgencyIdentity): Letterhead {
  const contacts = [
    identity.phone ? `Telepon ${identity.phone}` : null,
    identity.email ? `Surel ${identity.email}` : null,
    identity.website ? `Laman ${identity.website}` : null,
  ].filter((t): t is string => Boolean(t));
  return {
    names: [identity.officialName, identity.letterheadUnit]
      .filter((t): t is string => Boolean(t?.trim()))
      .map((t) => t.toUpperCase()),
    details: [identity.address?.replace(/\s*\n\s*/g, ', ') ?? null, contacts.join(' · ') || null].filter(
      (t): t is string => Boolean(t),
    ),
    logo: identity.logo,
  };
}

/** Whether there is anything to draw (a bare standard in a decree's lampiran has none). */
export function hasLetterhead(head: Letterhead): boolean {
  return head.names.length > 0 || head.logo !== null;
}

/**
 * A signature block for `signer` (or dotted lines to sign by hand when none is recorded). The
 * decree form writes "Ditetapkan di …" / "pada tanggal …"; a letter writes "Place, date".
 */
export function signatureBlock(
  signer: Signer | null,
  options: { place: string | null; date: Date | null; form: 'decree' | 'letter'; fallbackTitle: string },
): SignatureBlockOutline {
  const date = options.date ? formatDate(options.date) : '....................';
  const place = options.place?.trim() || '....................';
  const title = `${(signer?.title?.trim() || options.fallbackTitle).toUpperCase()},`;
  return {
    placeLine: options.form === 'decree' ? `Ditetapkan di ${place}` : `${place}, ${date}`,
    dateLine: options.form === 'decree' ? `pada tanggal ${date}` : null,
    title,
    name: signer?.name?.trim() || blankSignerName,
    nipLine: signer ? (signer.nip ? `NIP. ${formatNip(signer.nip)}` : null) : blankSignerNip,
  };
}

/** The person who signs staffing documents: the staffing official, else the head of the agency. */
export function staffingSigner(identity: AgencyIdentity): Signer | null {
  return identity.staffingOfficial ?? identity.head;
}

/** A bare identity (name only) for callers that have nothing more, e.g. older tests. */
export function identityFromName(name: string): AgencyIdentity {
  return {
    name,
    kind: 'city',
    officialName: name,
    letterheadUnit: null,
    address: null,
    phone: null,
    website: null,
    email: null,
    place: null,
    province: null,
    head: null,
    staffingOfficial: null,
    logo: null,
  };
}
