/**
 * The password rule of SKJ (NIST SP 800-63B style: length and a guessability estimate instead of
 * composition rules). Checked wherever a person chooses a password: a new account, a change, the
 * target of a reset, the first superadmin (setup page or CLI). Pure: the estimator `@zxcvbn-ts`
 * is a pure library with its dictionaries in memory (common passwords, Indonesian words and names).
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const passwordMinLength = 10;
export const passwordMaxLength = 200;
/** zxcvbn score 0–4; 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
export const passwordMinScore = 3;

export const passwordWeaknesses = [
  'TOO_SHORT',
  'TOO_LONG',
  'ONLY_WHITESPACE',
  'CONTAINS_USERNAME',
  'COMMON_PASSWORD',
  'TOO_GUESSABLE',
] as const;
export type PasswordWeakness = (typeof passwordWeaknesses)[number];

export type PasswordCheck =
  | { ok: true; score: number }
  | { ok: false; reason: PasswordWeakness; message: string; score?: number };

export interface PasswordContext {
  /** The account's username: the password may not contain it. */
  username: string;
  /** Other words of the person (full name): the estimator treats them as easy to guess. */
  personalWords?: readonly string[];
}

const messages: Record<PasswordWeakness, string> = {
  TOO_SHORT: `Kata sandi minimal ${passwordMinLength} karakter.`,
  TOO_LONG: `Kata sandi maksimal ${passwordMaxLength} karakter.`,
  ONLY_WHITESPACE: 'Kata sandi tidak boleh hanya berisi spasi.',
  CONTAINS_USERNAME: 'Kata sandi tidak boleh memuat nama pengguna.',
  COMMON_PASSWORD: 'Kata sandi ini termasuk daftar kata sandi yang umum dipakai. Pilih yang lain.',
  TOO_GUESSABLE:
    'Kata sandi terlalu mudah ditebak. Gunakan beberapa kata yang tidak berhubungan, ditambah angka atau tanda baca.',
};

interface Estimator {
  zxcvbn: ZxcvbnFactory;
  commonPasswords: Set<string>;
}

let estimator: Promise<Estimator> | undefined;

/**
 * Loaded and built on first use, not at import: the dictionaries take ~0.4 s to load and rank,
 * which every CLI command and server start would otherwise pay.
 */
function getEstimator(): Promise<Estimator> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, indonesian] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-id'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...indonesian.dictionary },
      graphs: common.adjacencyGraphs,
      translations: indonesian.translations,
      // Edit distance to every dictionary word costs 10× the time; the score already catches near misses.
      useLevenshteinDistance: false,
      // The estimate is synchronous and grows with length (2–3 s for 200 random characters): the
      // first 64 characters decide, which for a longer password only underestimates it.
      maxLength: 64,
    });
    return { zxcvbn, commonPasswords: new Set(common.dictionary['passwords-common']) };
  })();
  return estimator;
}

export async function checkPassword(password: string, context: PasswordContext): Promise<PasswordCheck> {
  const fail = (reason: PasswordWeakness, message = messages[reason], score?: number): PasswordCheck => ({
    ok: false,
    reason,
    message,
    ...(score === undefined ? {} : { score }),
  });
  if (password.trim() === '') return fail('ONLY_WHITESPACE');
  // Length in characters as a person counts them (an emoji is one), not UTF-16 units.
  const length = [...password].length;
  if (length < passwordMinLength) return fail('TOO_SHORT');
  if (length > passwordMaxLength) return fail('TOO_LONG');
  const username = context.username.trim().toLowerCase();
  if (username && password.toLowerCase().includes(username)) return fail('CONTAINS_USERNAME');
  const { zxcvbn, commonPasswords } = await getEstimator();
  if (commonPasswords.has(password.toLowerCase())) return fail('COMMON_PASSWORD');
  const personal = (context.personalWords ?? [])
    .flatMap((words) => words.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3);
  const result = zxcvbn.check(password, [username, ...personal]);
  // One match of the whole password against the common-password list (e.g. "Qwertyuiop").
  if (result.sequence.length === 1 && result.sequence[0]?.dictionaryName === 'passwords-common') {
    return fail('COMMON_PASSWORD', messages.COMMON_PASSWORD, result.score);
  }
  if (result.score < passwordMinScore) {
    const hint = result.feedback.warning;
    return fail('TOO_GUESSABLE', hint ? `${messages.TOO_GUESSABLE} ${hint}` : undefined, result.score);
  }
  return { ok: true, score: result.score };
}
