import { describe, expect, it } from 'vitest';
import { normalizeLineBreaks, textFault } from './text';

const oneLine = { multiline: false };
const multiLine = { multiline: true };

describe('textFault', () => {
  it('accepts ordinary Indonesian text, accents, Arabic and Javanese script, and emoji', () => {
    for (const value of [
      'Analisis Jabatan Fungsional (Ahli Muda) – 100% “terukur”',
      'Café, naïve, Ñ',
      'مرحبا',
      'ꦲꦤꦕꦫꦏ',
      'Tim 👩‍💼 siap',
      '',
    ]) {
      expect(textFault(value, oneLine)).toBeNull();
    }
  });

  it('refuses NUL and every other C0 control, DEL and C1 controls', () => {
    const controls = [
      ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
      0x7f,
      0x80,
      0x9f,
    ];
    for (const code of controls) {
      expect(textFault(`a${String.fromCharCode(code)}b`, multiLine), `U+${code.toString(16)}`).toBe(
        'control',
      );
    }
  });

  it('allows tab and line feed only in multi-line text', () => {
    expect(textFault('baris 1\nbaris 2\tkolom', multiLine)).toBeNull();
    expect(textFault('baris 1\nbaris 2', oneLine)).toBe('lineBreak');
    expect(textFault('nama\tkode', oneLine)).toBe('lineBreak');
  });

  it('refuses every bidi embedding, override and isolate', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(textFault(`abc${String.fromCharCode(code)}def`, multiLine)).toBe('bidi');
    }
    // The plain marks (LRM, RLM) do not reorder text and stay allowed.
    expect(textFault('abc\u200edef\u200f', oneLine)).toBeNull();
  });

  it('refuses half a surrogate pair, high or low, but not a whole pair', () => {
    expect(textFault('a\ud800', oneLine)).toBe('brokenCharacter');
    expect(textFault('\ud800b', oneLine)).toBe('brokenCharacter');
    expect(textFault('a\udc00b', oneLine)).toBe('brokenCharacter');
    expect(textFault('\ud83d\ude00', oneLine)).toBeNull();
  });
});

describe('normalizeLineBreaks', () => {
  it('turns CR LF and a lone CR into LF', () => {
    expect(normalizeLineBreaks('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normalizeLineBreaks('tanpa ganti baris')).toBe('tanpa ganti baris');
  });
});
