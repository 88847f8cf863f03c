import { describe, expect, it } from 'vitest';
import {
  educationLevelsIn,
  importanceIn,
  normalizeEducationLevel,
  normalizeRankGrade,
  proficiencyLevelIn,
} from './import-spellings';

describe('everyday education spellings', () => {
  it.each([
    ['D3', 'D-III'],
    ['D-III', 'D-III'],
    ['DIII', 'D-III'],
    ['d 3', 'D-III'],
    ['Diploma III', 'D-III'],
    ['D4', 'D-IV'],
    ['S1', 'S-1'],
    ['S-1', 'S-1'],
    ['s 1', 'S-1'],
    ['Strata 1', 'S-1'],
    ['S-1/Sarjana', 'S-1'],
    ['Sarjana', 'S-1'],
    ['Magister', 'S-2'],
    ['S2', 'S-2'],
    ['Doktor', 'S-3'],
    ['SLTA', 'SMA/SMK'],
    ['SMA Sederajat', 'SMA/SMK'],
    ['SLTP', 'SMP'],
    ['D-IV/S-1', 'S-1'],
  ])('"%s" is %s', (text, level) => {
    expect(normalizeEducationLevel(text)).toBe(level);
  });

  it('reads equivalent levels of a requirement in the reference order', () => {
    expect(educationLevelsIn('S1/DIV')).toEqual(['D-IV', 'S-1']);
    expect(educationLevelsIn('S-1, D-IV')).toEqual(['D-IV', 'S-1']);
    expect(educationLevelsIn('S1 atau S2')).toEqual(['S-1', 'S-2']);
  });

  it.each(['S4', 'D5', 'Sekolah Menengah Atas Luar Negeri', '', 'S1/XYZ'])('refuses "%s"', (text) => {
    expect(normalizeEducationLevel(text)).toBeNull();
  });
});

describe('everyday rank spellings', () => {
  it.each([
    ['III/c', 'III/c'],
    ['iii/c', 'III/c'],
    ['III-c', 'III/c'],
    ['III c', 'III/c'],
    ['Penata', 'III/c'],
    ['Penata (III/c)', 'III/c'],
    ['Penata Tk. I (III/d)', 'III/d'],
    ['Pembina Tk.I', 'IV/b'],
    ['Gol. IV/a', 'IV/a'],
  ])('"%s" is %s', (text, grade) => {
    expect(normalizeRankGrade(text)).toBe(grade);
  });

  it.each(['V/a', 'III/f', 'Kepala', ''])('refuses "%s"', (text) => {
    expect(normalizeRankGrade(text)).toBeNull();
  });
});

describe('proficiencyLevelIn', () => {
  it('reads the ways people write a required level', () => {
    for (const text of ['3', 'Level 3', 'level III', 'III', '3 (Menengah)', 'Menengah', 'tiga', 'Level-3'])
      expect(proficiencyLevelIn(text), text).toBe(3);
    expect(proficiencyLevelIn('V')).toBe(5);
    expect(proficiencyLevelIn('Level IV (Mumpuni)')).toBe(4);
  });

  it('answers null for no level, two levels or other words', () => {
    for (const text of ['', '-', '6', '3 atau 4', 'Level 2 (Menengah)', 'tinggi'])
      expect(proficiencyLevelIn(text), text).toBeNull();
  });
});

describe('importanceIn', () => {
  it('reads Mutlak, Penting and Perlu in any case', () => {
    expect(importanceIn(' MUTLAK ')).toBe('essential');
    expect(importanceIn('penting')).toBe('veryImportant');
    expect(importanceIn('Perlu.')).toBe('important');
    expect(importanceIn('sangat')).toBeNull();
  });
});
