import { describe, expect, it } from 'vitest';
import { parseHeadcount, parseJobGrade, resolveJobLevel, splitUnitPath } from './position-map-spellings';

describe('position map spellings', () => {
  it.each([
    ['Ahli Muda', undefined, 'ahli-muda'],
    ['ahli muda', undefined, 'ahli-muda'],
    ['JF Ahli Muda', undefined, 'ahli-muda'],
    ['Jabatan Fungsional Ahli Pertama', undefined, 'ahli-pertama'],
    ['Muda', 'Fungsional', 'ahli-muda'],
    ['Terampil', undefined, 'terampil'],
    ['Pelaksana', undefined, 'pelaksana'],
    ['Eselon III.a', 'Struktural', 'administrator'],
    ['Eselon II.b', undefined, 'jpt-pratama'],
    ['JPT Pratama', 'JPT', 'jpt-pratama'],
    ['Madya', 'JPT', 'jpt-madya'],
    ['Madya', 'Fungsional', 'ahli-madya'],
    [undefined, 'Pengawas', 'pengawas'],
    [undefined, 'JFU', 'pelaksana'],
    ['ahli-muda', undefined, 'ahli-muda'],
  ])('%s with group %s is %s', (level, group, code) => {
    expect(resolveJobLevel(level, group)).toMatchObject({ ok: true, level: code });
  });

  it('says why a level cannot be read', () => {
    expect(resolveJobLevel('Ahli Sakti', undefined)).toEqual({ ok: false, code: 'UNKNOWN_JOB_LEVEL' });
    expect(resolveJobLevel('Madya', undefined)).toEqual({ ok: false, code: 'AMBIGUOUS_JOB_LEVEL' });
    expect(resolveJobLevel('Ahli Muda', 'Pelaksana')).toEqual({ ok: false, code: 'LEVEL_GROUP_MISMATCH' });
    expect(resolveJobLevel('Ahli Muda', 'Struktural')).toEqual({ ok: false, code: 'LEVEL_GROUP_MISMATCH' });
    expect(resolveJobLevel(undefined, 'Fungsional')).toEqual({ ok: false, code: 'LEVEL_REQUIRED' });
  });

  it('reads classes, counts and unit paths as typed', () => {
    expect(['7', 'Kelas 7', 'kelas jabatan 7', '7.0', '17'].map(parseJobGrade)).toEqual([7, 7, 7, 7, 17]);
    expect(['0', '18', 'tujuh', '7,5'].map(parseJobGrade)).toEqual([null, null, null, null]);
    expect(['3', '3.0', '-', '0'].map(parseHeadcount)).toEqual([3, 3, 0, 0]);
    expect(['-1', 'dua', '1,5'].map(parseHeadcount)).toEqual([null, null, null]);
    expect(splitUnitPath('Sekretariat › Bagian  Umum > Subbagian Kepegawaian')).toEqual([
      'Sekretariat',
      'Bagian Umum',
      'Subbagian Kepegawaian',
    ]);
  });
});
