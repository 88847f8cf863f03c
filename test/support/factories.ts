/** Small builders for test data. */
import type { DictionaryEntry } from '../../src/domain/technical-dictionary';

export function entryFixture(overrides: Partial<DictionaryEntry> = {}): DictionaryEntry {
  const code = overrides.code ?? 'T.KEP.01';
  return {
    code,
    name: 'Analisis Jabatan',
    definition:
      'Kemampuan untuk mengumpulkan, mengolah, mengkategorikan, menganalisis dan merumuskan serta menyajikan informasi jabatan.',
    governmentAffair: 'Kepegawaian',
    subAffair: null,
    group: 'specific',
    levels: [1, 2, 3, 4, 5].map((level) => ({
      level,
      description: `Deskripsi level ${level} untuk ${code}`,
      behaviourIndicators: [`Indikator ${level}.1 untuk ${code}`, `Indikator ${level}.2 untuk ${code}`],
    })),
    ...overrides,
  };
}
