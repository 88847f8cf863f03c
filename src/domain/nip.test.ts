import { describe, expect, it } from 'vitest';
import { parseNip, yearsOfService } from './nip';

const today = new Date('2026-11-23T00:00:00Z');

describe('parseNip', () => {
  it('reads a valid NIP, with or without the printed spaces', () => {
    const expected = { birthDate: '1985-04-12', serviceStart: '2010-01-01', sex: 'male', sequence: '003' };
    expect(parseNip('198504122010011003', today)).toEqual({ ok: true, value: expected });
    expect(parseNip('19850412 201001 1 003', today)).toEqual({ ok: true, value: expected });
    expect(parseNip('199002292015032001', today).ok).toBe(false); // 1990 is not a leap year
    expect(parseNip('199202292015032001', today)).toMatchObject({ ok: true, value: { sex: 'female' } });
  });

  it.each([
    ['19850412201001100', 'NIP_FORMAT'], // 17 digits
    ['1985041220100110030', 'NIP_FORMAT'], // 19 digits
    ['19850412201001100a', 'NIP_FORMAT'],
    ['198513122010011003', 'NIP_BIRTH_DATE'], // month 13
    ['198504312010011003', 'NIP_BIRTH_DATE'], // 31 April
    ['203001012050011003', 'NIP_BIRTH_DATE'], // born in the future
    ['198504122010131003', 'NIP_SERVICE_START'], // month 13
    ['198504122010001003', 'NIP_SERVICE_START'], // month 00
    ['198504122003041003', 'NIP_SERVICE_START'], // April 2003: before the 18th birthday (12 April 2003)
    ['198504122030011003', 'NIP_SERVICE_START'], // start in the future
    ['198504122010013003', 'NIP_SEX'],
    ['198504122010010003', 'NIP_SEX'],
    ['198504122010011000', 'NIP_SEQUENCE'],
  ])('%s is refused with %s', (nip, code) => {
    const result = parseNip(nip, today);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message).toMatch(/NIP/);
    }
  });

  it('the 18th birthday month itself is accepted when the birthday is the 1st', () => {
    expect(parseNip('198505012003051003', today).ok).toBe(true);
    expect(parseNip('198505022003051003', today).ok).toBe(false);
  });

  it('years of service count whole years from the start month', () => {
    const parts = parseNip('198504122010011003', today);
    if (!parts.ok) throw new Error('valid');
    expect(yearsOfService(parts.value, today)).toBe(16);
    expect(yearsOfService(parts.value, new Date('2010-12-31T00:00:00Z'))).toBe(0);
  });
});
