import { describe, expect, it } from 'vitest';
import { checkPassword, type PasswordWeakness } from './password-policy';

const reasonOf = async (password: string, username = 'budi.santoso', personalWords: string[] = []) => {
  const result = await checkPassword(password, { username, personalWords });
  return result.ok ? 'OK' : result.reason;
};

describe('password policy', () => {
  it.each<[string, PasswordWeakness]>([
    ['12345678', 'TOO_SHORT'],
    ['aaaaaaaa', 'TOO_SHORT'],
    ['password', 'TOO_SHORT'],
    ['        ', 'ONLY_WHITESPACE'],
    ['            ', 'ONLY_WHITESPACE'],
    ['Ab1!Ab1!a', 'TOO_SHORT'],
    ['1234567890', 'COMMON_PASSWORD'],
    ['qwertyuiop', 'COMMON_PASSWORD'],
    ['QWERTYUIOP', 'COMMON_PASSWORD'],
    ['aaaaaaaaaaaa', 'TOO_GUESSABLE'],
    ['rahasia12345', 'TOO_GUESSABLE'],
    ['indonesia2024', 'TOO_GUESSABLE'],
    ['jakartaselatan', 'TOO_GUESSABLE'],
    ['x'.repeat(201), 'TOO_LONG'],
  ])('refuses %j (%s)', async (password, reason) => {
    expect(await reasonOf(password)).toBe(reason);
  });

  it('refuses a password containing the username, whatever its case', async () => {
    expect(await reasonOf('Budi.Santoso-Kuat-2026', 'budi.santoso')).toBe('CONTAINS_USERNAME');
    expect(await reasonOf('xx-ADMIN2-Kuat-Sekali', 'admin2')).toBe('CONTAINS_USERNAME');
    expect(await reasonOf('Lembayung-Senja-71', 'admin2')).toBe('OK');
  });

  it('treats the person’s own name as easy to guess', async () => {
    expect(await reasonOf('wulandari1990', 'rina', [])).toBe('OK');
    expect(await reasonOf('wulandari1990', 'rina', ['Rina Wulandari, S.Sos.'])).toBe('TOO_GUESSABLE');
  });

  it('accepts long passphrases and random strings', async () => {
    const long = 'Lembayung senja di pelabuhan Sunda Kelapa, kapal pinisi berlabuh pelan '.repeat(2);
    for (const password of [
      long,
      'Kata-Sandi-Baru-2026',
      'kucing oranye melompat pagar',
      'xK9#mP2qL!z',
      '🙂🙂-Lembayung-Senja',
    ]) {
      expect(await reasonOf(password)).toBe('OK');
    }
  });

  it('counts characters as people do, so ten emoji are ten characters', async () => {
    expect(await reasonOf('🙂'.repeat(9))).toBe('TOO_SHORT');
  });

  it('explains each refusal in Indonesian and returns the estimator score', async () => {
    const result = await checkPassword('rahasia12345', { username: 'budi' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Kata sandi terlalu mudah ditebak/);
    expect(result.score).toBeLessThan(3);
    const short = await checkPassword('pendek', { username: 'budi' });
    expect(!short.ok && short.message).toBe('Kata sandi minimal 10 karakter.');
  });
});
