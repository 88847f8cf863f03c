import { describe, expect, it } from 'vitest';
import type { JobStandard } from './job-standard';
import { defaultPolicies, mergePolicy, type StandardPolicy } from './job-standard-policy';
import { educationIndex } from './job-standard-requirement-rules';
import { checkStandard, type DictionarySourceFact, type Finding, hasErrors } from './job-standard-rules';
import { seed001Standard, standardAt, technicalRow } from './job-standard-test-factory';
import type { AgencyKind } from './roles';
import { placeholderMarker } from './sources';

const base = defaultPolicies['bimtek-magetan'];

function check(
  standard: JobStandard,
  options: {
    policy?: StandardPolicy;
    agencyKind?: AgencyKind;
    sources?: Map<string, DictionarySourceFact>;
  } = {},
): Finding[] {
  return checkStandard(standard, options.policy ?? base, {
    agencyKind: options.agencyKind ?? 'city',
    ...(options.sources ? { dictionarySources: options.sources } : {}),
  });
}

const withCode = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);

function example(change: (standard: JobStandard) => void): JobStandard {
  const standard = seed001Standard();
  change(standard);
  return standard;
}

describe('education', () => {
  it('orders levels with D-IV equal to S-1 and reads common spellings', () => {
    expect(educationIndex('S-1')).toBe(educationIndex('D-IV'));
    expect(educationIndex('S1')).toBe(educationIndex('S-1'));
    expect(educationIndex('SMA')).toBe(educationIndex('SMA/SMK'));
    expect(educationIndex('D-III')!).toBeLessThan(educationIndex('S-1')!);
    expect(educationIndex('S-2')!).toBeGreaterThan(educationIndex('S-1')!);
    expect(educationIndex('Sekolah Rakyat')).toBeUndefined();
  });

  it('passes the example (S-1/D-IV for an Administrator) and refuses an empty education level', () => {
    expect(withCode(check(seed001Standard()), 'EDUCATION_LEVEL_REQUIRED')).toEqual([]);
    const findings = check(example((s) => (s.requirements.education.levels = [])));
    expect(withCode(findings, 'EDUCATION_LEVEL_REQUIRED')[0]).toMatchObject({
      severity: 'error',
      path: 'requirements.education.levels',
    });
  });

  it('refuses SMA for an Administrator, naming the minimum, and accepts it for a Pelaksana', () => {
    const findings = check(example((s) => (s.requirements.education.levels = ['SMA/SMK'])));
    const [finding] = withCode(findings, 'EDUCATION_BELOW_MINIMUM');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      'Pendidikan SMA/SMK di bawah pendidikan terendah jenjang Administrator (S-1/D-IV).',
    );
    const pelaksana = standardAt('pelaksana', [2, 1, 1]);
    pelaksana.requirements.education.levels = ['SMA/SMK'];
    expect(withCode(check(pelaksana), 'EDUCATION_BELOW_MINIMUM')).toEqual([]);
  });

  it('takes the minimum and the severity from the policy', () => {
    const policy = mergePolicy(base, {
      educationMinimums: { administrator: 'S-2' },
      requirementRules: { educationLevel: 'warning' },
    });
    const [finding] = withCode(check(seed001Standard(), { policy }), 'EDUCATION_BELOW_MINIMUM');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('(S-2)');
  });

  it('warns on a missing field of study by default; the policy can make it an error', () => {
    const standard = example((s) => (s.requirements.education.fieldsOfStudy = []));
    expect(withCode(check(standard), 'FIELD_OF_STUDY_REQUIRED')[0]?.severity).toBe('warning');
    const policy = mergePolicy(base, { requirementRules: { fieldOfStudy: 'error' } });
    expect(hasErrors(withCode(check(standard, { policy }), 'FIELD_OF_STUDY_REQUIRED'))).toBe(true);
  });
});

describe('training and experience of structural positions', () => {
  const bare = (jobLevel: string, levels: number[]) => {
    const standard = standardAt(jobLevel, levels);
    standard.requirements.training = { managerial: [], technical: [], functional: [] };
    standard.requirements.experience = { description: '', years: null, importance: 'important' };
    return standard;
  };

  it('reports no training and no experience for an Administrator', () => {
    const findings = check(bare('administrator', [3, 3, 4]));
    expect(withCode(findings, 'STRUCTURAL_TRAINING_REQUIRED')[0]?.message).toBe(
      'Jabatan Administrator belum mencantumkan pelatihan (manajerial, teknis atau fungsional).',
    );
    expect(withCode(findings, 'STRUCTURAL_EXPERIENCE_REQUIRED')).toHaveLength(1);
  });

  it('does not ask it of a functional position, and years alone count as experience', () => {
    const functional = check(bare('ahli-muda', [3, 3, 4]));
    expect(withCode(functional, 'STRUCTURAL_TRAINING_REQUIRED')).toEqual([]);
    const withYears = bare('administrator', [3, 3, 4]);
    withYears.requirements.experience.years = 2;
    expect(withCode(check(withYears), 'STRUCTURAL_EXPERIENCE_REQUIRED')).toEqual([]);
  });

  it('is an error when the policy says so', () => {
    const policy = mergePolicy(base, {
      requirementRules: { structuralTraining: 'error', structuralExperience: 'error' },
    });
    const findings = check(bare('pengawas', [3, 2]), { policy });
    expect(withCode(findings, 'STRUCTURAL_TRAINING_REQUIRED')[0]?.severity).toBe('error');
    expect(withCode(findings, 'STRUCTURAL_EXPERIENCE_REQUIRED')[0]?.severity).toBe('error');
  });
});

describe('dictionary text', () => {
  it('refuses placeholder text copied into a row, naming who supplies the text', () => {
    const standard = example((s) => {
      const row = s.competencies.find((r) => r.name === 'Advokasi Kebijakan Otonomi Daerah')!;
      row.levelDescription = `${placeholderMarker} Level 3 advokasi kebijakan otonomi daerah.`;
    });
    const [finding] = withCode(check(standard), 'DICTIONARY_TEXT_PLACEHOLDER');
    expect(finding?.severity).toBe('error');
    expect(finding?.path).toBe(
      `competencies.${standard.competencies.findIndex((r) => r.name.startsWith('Advokasi'))}`,
    );
    const id = standard.competencies.find((r) => r.name.startsWith('Advokasi'))!.competencyId;
    const sources = new Map<string, DictionarySourceFact>([
      [
        id,
        {
          status: 'ratified',
          placeholder: true,
          dictionaryName: 'Kamus Kompetensi Teknis Nasional',
          steward: 'pengelola Kamus Kompetensi Teknis Nasional (superadmin)',
        },
      ],
    ]);
    const named = withCode(check(standard, { sources }), 'DICTIONARY_TEXT_PLACEHOLDER')[0]!;
    expect(named.message).toContain('pengelola Kamus Kompetensi Teknis Nasional (superadmin)');
  });

  it('flags a competency marked as placeholder even when its text looks real', () => {
    const standard = seed001Standard();
    const row = standard.competencies.at(-1)!;
    const sources = new Map<string, DictionarySourceFact>([
      [
        row.competencyId,
        { status: 'ratified', placeholder: true, dictionaryName: 'Kamus X', steward: 'admin X' },
      ],
    ]);
    expect(withCode(check(standard, { sources }), 'DICTIONARY_TEXT_PLACEHOLDER')).toHaveLength(1);
  });

  it('refuses text from a dictionary version that is not ratified', () => {
    const standard = seed001Standard();
    const row = standard.competencies.at(-1)!;
    const sources = new Map<string, DictionarySourceFact>([
      [
        row.competencyId,
        {
          status: 'verified',
          placeholder: false,
          dictionaryName: 'Kamus Teknis Kepegawaian',
          steward: 'admin Kota Contoh',
        },
      ],
    ]);
    const [finding] = withCode(check(standard, { sources }), 'DICTIONARY_TEXT_NOT_RATIFIED');
    expect(finding?.message).toBe(
      'Kompetensi "Manajemen Kinerja" berasal dari Kamus Teknis Kepegawaian yang belum ditetapkan; admin Kota Contoh perlu menetapkannya lebih dahulu.',
    );
  });
});

describe('the mandatory regional competency over the maximum', () => {
  /** The Magetan example as written: its six technical competencies, "Advokasi Kebijakan Publik" among them. */
  function asWritten(): JobStandard {
    const standard = seed001Standard();
    const advocacy = standard.competencies.findIndex((r) => r.name === 'Advokasi Kebijakan Otonomi Daerah');
    standard.competencies[advocacy] = technicalRow('Advokasi Kebijakan Publik', 3);
    standard.competencies.find((r) => r.name === 'Manajemen Kinerja')!.importance = 'important';
    return standard;
  }

  it('is an error without the mandatory competency in a region', () => {
    expect(withCode(check(asWritten()), 'MANDATORY_TECHNICAL_MISSING')).toHaveLength(1);
    expect(withCode(check(asWritten(), { agencyKind: 'ministry' }), 'MANDATORY_TECHNICAL_MISSING')).toEqual(
      [],
    );
  });

  it('explains the seventh competency and proposes a merge and what to drop', () => {
    const standard = asWritten();
    standard.competencies.push(technicalRow('Advokasi Kebijakan Otonomi Daerah', 3));
    const findings = check(standard);
    expect(withCode(findings, 'TECHNICAL_COUNT_TOO_HIGH')).toEqual([]);
    const [finding] = withCode(findings, 'MANDATORY_TECHNICAL_EXCEEDS_MAX');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('saat ini 7 karena kompetensi wajib pemerintah kota');
    expect(finding?.message).toContain(
      'gabungkan "Advokasi Kebijakan Publik" ke dalam "Advokasi Kebijakan Otonomi Daerah"',
    );
    expect(finding?.proposal).toEqual({
      merge: ['Advokasi Kebijakan Publik'],
      into: 'Advokasi Kebijakan Otonomi Daerah',
      drop: ['Manajemen Kinerja', 'Pengembangan Kompetensi', 'Penyusunan Standar Kompetensi'],
    });
  });

  it('passes with five of the six plus the mandatory one', () => {
    const standard = asWritten();
    const index = standard.competencies.findIndex((r) => r.name === 'Advokasi Kebijakan Publik');
    standard.competencies[index] = technicalRow('Advokasi Kebijakan Otonomi Daerah', 3);
    expect(hasErrors(check(standard))).toBe(false);
  });

  it('keeps the plain count error when the standard has too many even without the mandatory one', () => {
    const standard = asWritten();
    standard.competencies.push(technicalRow('Advokasi Kebijakan Otonomi Daerah', 3));
    standard.competencies.push(technicalRow('Analisis Jabatan', 3));
    expect(withCode(check(standard), 'TECHNICAL_COUNT_TOO_HIGH')).toHaveLength(1);
  });
});
