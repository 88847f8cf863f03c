import type { StandardCompetency } from '../api';

/** Rows as `GET /api/job-standards/:id` gives them, for the composer's tests. */
export function savedRow(overrides: Partial<StandardCompetency> = {}): StandardCompetency {
  const text = {
    levelDescription: 'Mampu menata kelembagaan perangkat daerah.',
    behaviourIndicators: ['Menyusun peta proses bisnis', 'Menganalisis beban kerja unit'],
  };
  return {
    competencyId: 'c-org-01',
    code: 'ORG.01',
    name: 'Penataan Kelembagaan',
    kind: 'technical',
    requiredLevel: 3,
    ...text,
    importance: 'essential',
    source: { dictionaryVersionId: 'v-1', ...text },
    ...overrides,
  };
}
