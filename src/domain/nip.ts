/**
 * NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, `YYYYMMDD` birth date, `YYYYMM` start of
 * service (TMT CPNS), one sex digit (1 male, 2 female) and a 3-digit sequence. Pure.
 */
export interface NipParts {
  birthDate: string;
  /** First day of the start-of-service month, ISO. */
  serviceStart: string;
  sex: 'male' | 'female';
  sequence: string;
}

export type NipResult = { ok: true; value: NipParts } | { ok: false; code: string; message: string };

const fail = (code: string, message: string): NipResult => ({ ok: false, code, message });

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Parses and checks a NIP; spaces (as printed on decrees, e.g. `19850412 201001 1 003`) are
 * ignored. `today` bounds the dates (no birth or start of service in the future).
 */
export function parseNip(raw: string, today: Date = new Date()): NipResult {
  const nip = raw.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(nip)) return fail('NIP_FORMAT', 'NIP harus 18 digit angka.');
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (birthYear < 1900 || !isRealDate(birthYear, birthMonth, birthDay)) {
    return fail('NIP_BIRTH_DATE', `Tanggal lahir pada NIP (${nip.slice(0, 8)}) bukan tanggal yang sah.`);
  }
  const birth = new Date(Date.UTC(birthYear, birthMonth - 1, birthDay));
  if (birth > today) return fail('NIP_BIRTH_DATE', 'Tanggal lahir pada NIP ada di masa depan.');
  const startYear = Number(nip.slice(8, 12));
  const startMonth = Number(nip.slice(12, 14));
  if (startMonth < 1 || startMonth > 12 || startYear < 1900) {
    return fail('NIP_SERVICE_START', `Bulan TMT CPNS pada NIP (${nip.slice(8, 14)}) tidak sah.`);
  }
  const start = new Date(Date.UTC(startYear, startMonth - 1, 1));
  const eighteenth = new Date(Date.UTC(birthYear + 18, birthMonth - 1, birthDay));
  if (start < eighteenth) {
    return fail(
      'NIP_SERVICE_START',
      `TMT CPNS pada NIP (${pad(startMonth)}/${startYear}) sebelum pegawai berusia 18 tahun.`,
    );
  }
  if (start > today) return fail('NIP_SERVICE_START', 'TMT CPNS pada NIP ada di masa depan.');
  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2') {
    return fail('NIP_SEX', `Digit jenis kelamin pada NIP harus 1 atau 2, bukan ${sexDigit}.`);
  }
  const sequence = nip.slice(15);
  if (sequence === '000') return fail('NIP_SEQUENCE', 'Nomor urut pada NIP tidak boleh 000.');
  return {
    ok: true,
    value: {
      birthDate: `${birthYear}-${pad(birthMonth)}-${pad(birthDay)}`,
      serviceStart: `${startYear}-${pad(startMonth)}-01`,
      sex: sexDigit === '1' ? 'male' : 'female',
      sequence,
    },
  };
}

/** The NIP without spaces, when valid. */
export function normalizeNip(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** Whole years of service from the NIP's start month until `today`. */
export function yearsOfService(parts: Pick<NipParts, 'serviceStart'>, today: Date = new Date()): number {
  const start = new Date(`${parts.serviceStart}T00:00:00Z`);
  let years = today.getUTCFullYear() - start.getUTCFullYear();
  if (today.getUTCMonth() < start.getUTCMonth()) years--;
  return Math.max(0, years);
}
