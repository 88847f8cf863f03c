import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DomainError } from '../domain/errors';
import { validationError } from './errors';
import { secret, text } from './text';

function refusal(schema: z.ZodType, value: unknown): DomainError {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error(`accepted ${JSON.stringify(value)}`);
  return validationError(parsed.error, 'permintaan');
}

describe('text()', () => {
  it('trims and stores line breaks as LF', () => {
    expect(text({ max: 50 }).parse('  Analisis Jabatan \r\n')).toBe('Analisis Jabatan');
    expect(text({ max: 50, multiline: true }).parse('baris 1\r\nbaris 2\rbaris 3')).toBe(
      'baris 1\nbaris 2\nbaris 3',
    );
  });

  it('applies min and max to the trimmed text', () => {
    expect(text({ min: 3, max: 5 }).safeParse('  ab  ').success).toBe(false);
    expect(text({ min: 3, max: 5 }).safeParse('  abcde  ').success).toBe(true);
    expect(text({ max: 5 }).safeParse('abcdef').success).toBe(false);
  });

  it('answers INVALID_TEXT naming the field in words, for NUL, controls, bidi and broken characters', () => {
    const body = z.strictObject({
      name: text({ max: 100 }),
      definition: text({ max: 100, multiline: true }),
    });
    for (const [value, words] of [
      ['a\u0000b', 'karakter kendali'],
      ['a\u0007b', 'karakter kendali'],
      ['a\u202eb', 'pengarah arah teks'],
      ['a\u2066b', 'pengarah arah teks'],
      ['a\ud800b', 'Unicode yang rusak'],
    ] as const) {
      const error = refusal(body, { name: 'Nama', definition: value });
      expect(error.code).toBe('INVALID_TEXT');
      expect(error.message).toContain('Isian "Definisi"');
      expect(error.message).toContain(words);
      expect(error.message).not.toContain('definition');
    }
    const oneLine = refusal(body, { name: 'baris\nkedua', definition: '' });
    expect(oneLine.code).toBe('INVALID_TEXT');
    expect(oneLine.message).toBe(
      'Isian "Nama" harus satu baris, tanpa ganti baris atau tab. Hapus karakter itu lalu kirim ulang.',
    );
  });

  it('names a field inside lists by position, never by its raw path', () => {
    const level = z.strictObject({ behaviourIndicators: z.array(text({ max: 100, multiline: true })) });
    const body = z.strictObject({ levels: z.array(level) });
    const error = refusal(body, {
      levels: [{ behaviourIndicators: ['baik'] }, { behaviourIndicators: ['baik', 'rusak\u0000'] }],
    });
    expect(error.code).toBe('INVALID_TEXT');
    expect(error.message).toContain('Isian "Level ke-2 › Indikator perilaku ke-2"');
    expect(error.details).toEqual({
      issues: [expect.objectContaining({ path: 'levels.1.behaviourIndicators.1', code: 'custom' })],
    });
  });

  it('wins over other issues of the same request, which stay listed', () => {
    const body = z.strictObject({ name: text({ min: 3, max: 100 }), code: text({ max: 10 }) });
    const error = refusal(body, { name: 'a', code: 'X\u202e1' });
    expect(error.code).toBe('INVALID_TEXT');
    expect(error.message).toContain('Isian "Kode"');
    expect((error.details as { issues: unknown[] }).issues).toHaveLength(2);
  });

  it('catches a junk record key without echoing it', () => {
    const body = z.strictObject({ justifications: z.record(text({ max: 4 }), text({ max: 100 })) });
    const error = refusal(body, { justifications: { 'A\u0000': 'alasan' } });
    expect(error.code).toBe('INVALID_TEXT');
    expect(error.message).toContain('Alasan tingkat faktor › kunci tidak sah');
    expect(JSON.stringify(error.details)).not.toContain('\\u0000');
  });

  it('leaves other validation failures to VALIDATION_FAILED', () => {
    const error = refusal(z.strictObject({ name: text({ min: 3, max: 100 }) }), { name: 'ab' });
    expect(error.code).toBe('VALIDATION_FAILED');
  });
});

describe('secret()', () => {
  it('keeps a password exactly as typed, spaces and bidi marks included', () => {
    expect(secret({ min: 1, max: 50 }).parse('  rahasia \u202e ')).toBe('  rahasia \u202e ');
  });

  it('refuses only NUL', () => {
    const error = refusal(z.strictObject({ password: secret({ min: 1, max: 50 }) }), {
      password: 'a\u0000b',
    });
    expect(error.code).toBe('INVALID_TEXT');
    expect(error.message).toContain('Isian "Kata sandi"');
    expect(error.message).not.toContain('a\u0000b');
  });
});
