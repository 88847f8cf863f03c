import { describe, expect, it } from 'vitest';
import type { JobStandard } from './job-standard';
import { defaultPolicies, mergePolicy, type StandardPolicy } from './job-standard-policy';
import {
  checkStandard,
  type Finding,
  hasErrors,
  type StandardContext,
  standardRules,
} from './job-standard-rules';
import { rowIndex, seed001Standard, standardAt, technicalRow } from './job-standard-test-factory';
import type { AgencyKind } from './roles';

function check(
  standard: JobStandard,
  options: { policy?: StandardPolicy; agencyKind?: AgencyKind } & Partial<StandardContext> = {},
): Finding[] {
  const { policy = defaultPolicies['bimtek-magetan'], agencyKind = 'city', ...rest } = options;
  return checkStandard(standard, policy, { agencyKind, ...rest });
}

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const withCode = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);

/** The seed 001 standard changed by `change`. */
function seed(change: (standard: JobStandard) => void): JobStandard {
  const standard = seed001Standard();
  change(standard);
  return standard;
}

describe('the seed 001 example (Administrator, Kepala Bidang Pengembangan Kompetensi, a city)', () => {
  it('has no errors under policy seed 001: Administrator 4-3, mostly 3', () => {
    const findings = check(seed001Standard());
    expect(hasErrors(findings)).toBe(false);
    expect(codes(findings)).toEqual(['POSITION_CODE_MISSING']);
  });

  it('gets only the dominance warning under policy seed 004, which wants mostly 4 for an Administrator', () => {
    const findings = check(seed001Standard(), { policy: defaultPolicies['paparan-kemenpanrb'] });
    expect(hasErrors(findings)).toBe(false);
    expect(codes(findings)).toEqual(['POSITION_CODE_MISSING', 'TECHNICAL_DOMINANCE_NOT_MET']);
    expect(withCode(findings, 'TECHNICAL_DOMINANCE_NOT_MET')[0]).toMatchObject({
      severity: 'warning',
      path: 'competencies',
    });
    expect(withCode(findings, 'TECHNICAL_DOMINANCE_NOT_MET')[0]!.message).toContain('level 4');
  });
});

describe('the rule list', () => {
  it('has unique ids and every code belongs to exactly one rule', () => {
    expect(new Set(standardRules.map((r) => r.id)).size).toBe(standardRules.length);
    const all = standardRules.flatMap((r) => r.codes);
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('lists every code that the checks emit', () => {
    const listed = new Set(standardRules.flatMap((r) => r.codes));
    const broken = seed((s) => {
      s.identity.jobLevel = 'kepala-seksi';
      s.identity.positionName = ' ';
      s.competencies = [technicalRow('Manajemen SDM', 9), technicalRow('Manajemen SDM', 3)];
      s.requirements.rank.minGrade = 'V/a';
    });
    for (const finding of check(broken)) expect(listed.has(finding.code)).toBe(true);
  });
});

describe('(j) job level', () => {
  it('passes a known job level of the chosen group', () => {
    expect(codes(check(seed001Standard()))).not.toContain('UNKNOWN_JOB_LEVEL');
  });

  it('rejects an unknown job level', () => {
    const findings = check(seed((s) => (s.identity.jobLevel = 'eselon-3')));
    expect(withCode(findings, 'UNKNOWN_JOB_LEVEL')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'identity.jobLevel' }),
    ]);
  });

  it('rejects a job level of another position group', () => {
    const findings = check(seed((s) => (s.identity.positionGroup = 'functional')));
    expect(withCode(findings, 'POSITION_GROUP_MISMATCH')[0]?.path).toBe('identity.positionGroup');
  });
});

describe('(a) minimum content (PP 11/2017 art. 166)', () => {
  it('passes a complete standard; a summary alone is enough as job description', () => {
    const findings = check(seed((s) => (s.identity.jobDescription = [])));
    expect(hasErrors(findings)).toBe(false);
  });

  it('reports every missing item as an error with its path', () => {
    const empty = seed((s) => {
      s.identity.positionName = '  ';
      s.identity.summary = null;
      s.identity.jobDescription = [''];
      s.requirements.rank.minGrade = null;
      s.requirements.performanceIndicators = [{ text: ' ', importance: 'essential' }];
      s.competencies = [];
    });
    const errors = check(empty, { agencyKind: 'ministry' }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.path])).toEqual([
      ['POSITION_NAME_REQUIRED', 'identity.positionName'],
      ['JOB_DESCRIPTION_REQUIRED', 'identity.jobDescription'],
      ['RANK_REQUIRED', 'requirements.rank'],
      ['TECHNICAL_COMPETENCY_REQUIRED', 'competencies'],
      ['MANAGERIAL_COMPETENCY_REQUIRED', 'competencies'],
      ['SOCIO_CULTURAL_COMPETENCY_REQUIRED', 'competencies'],
      ['PERFORMANCE_INDICATOR_REQUIRED', 'requirements.performanceIndicators'],
    ]);
  });

  it('takes a missing position code as a warning before ratification and an error when required', () => {
    expect(withCode(check(seed001Standard()), 'POSITION_CODE_MISSING')[0]?.severity).toBe('warning');
    const atRatification = check(seed001Standard(), { requirePositionCode: true });
    expect(withCode(atRatification, 'POSITION_CODE_MISSING')[0]?.severity).toBe('error');
    const coded = seed((s) => (s.identity.positionCode = 'SKJ-2025-000001'));
    expect(codes(check(coded, { requirePositionCode: true }))).toEqual([]);
  });
});

describe('(i) required levels are integers 1..5', () => {
  it('passes levels 1..5', () => {
    expect(codes(check(seed001Standard()))).not.toContain('REQUIRED_LEVEL_INVALID');
  });

  it('rejects 0, 6 and 2.5 at the row path', () => {
    const standard = seed((s) => {
      s.competencies[0]!.requiredLevel = 0;
      s.competencies[1]!.requiredLevel = 6;
      s.competencies[9]!.requiredLevel = 2.5;
    });
    const paths = withCode(check(standard), 'REQUIRED_LEVEL_INVALID').map((f) => f.path);
    expect(paths).toEqual([
      'competencies.0.requiredLevel',
      'competencies.1.requiredLevel',
      'competencies.9.requiredLevel',
    ]);
  });
});

describe('(g) no duplicate competency', () => {
  it('passes distinct competencies', () => {
    expect(codes(check(seed001Standard()))).not.toContain('DUPLICATE_COMPETENCY');
  });

  it('rejects the same competency id twice and the same name and kind twice', () => {
    const standard = seed((s) => {
      s.competencies.push({ ...s.competencies[0]! });
      s.competencies.push({ ...technicalRow('manajemen  sdm', 3), competencyId: 'other-id' });
    });
    const findings = withCode(check(standard), 'DUPLICATE_COMPETENCY');
    expect(findings.map((f) => f.path)).toEqual(['competencies.15', 'competencies.16']);
  });
});

describe('(b) 3..6 technical competencies', () => {
  it('passes 3 and 6', () => {
    expect(hasErrors(check(standardAt('administrator', [3, 3, 4])))).toBe(false);
    expect(hasErrors(check(standardAt('administrator', [3, 3, 3, 4, 3, 3])))).toBe(false);
  });

  it('rejects 2 and 7', () => {
    expect(codes(check(standardAt('administrator', [3, 3])))).toContain('TECHNICAL_COUNT_TOO_LOW');
    expect(
      codes(check(standardAt('administrator', [3, 3, 3, 3, 4, 4, 3]), { agencyKind: 'ministry' })),
    ).toContain('TECHNICAL_COUNT_TOO_HIGH');
  });

  it('follows the policy', () => {
    const policy = mergePolicy(defaultPolicies['bimtek-magetan'], { technicalCount: { min: 4 } });
    expect(codes(check(standardAt('administrator', [3, 3, 4]), { policy }))).toContain(
      'TECHNICAL_COUNT_TOO_LOW',
    );
  });
});

describe('(c) mandatory regional technical competency', () => {
  const without = () =>
    seed((s) => {
      s.competencies[rowIndex(s, 'Advokasi Kebijakan Otonomi Daerah')] = technicalRow('Analisis Jabatan', 3);
    });

  it('passes a city that has it (matched by name, case-insensitive) and a ministry without it', () => {
    const lowerCase = seed((s) => {
      s.competencies[rowIndex(s, 'Advokasi Kebijakan Otonomi Daerah')]!.name =
        'advokasi kebijakan OTONOMI daerah';
    });
    expect(codes(check(lowerCase))).not.toContain('MANDATORY_TECHNICAL_MISSING');
    expect(codes(check(without(), { agencyKind: 'ministry' }))).not.toContain('MANDATORY_TECHNICAL_MISSING');
  });

  it('rejects a province, regency or city without it', () => {
    for (const agencyKind of ['province', 'regency', 'city'] as const) {
      const findings = withCode(check(without(), { agencyKind }), 'MANDATORY_TECHNICAL_MISSING');
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toContain('Advokasi Kebijakan Otonomi Daerah');
    }
  });
});

describe('(d) managerial and socio-cultural competencies at the job level', () => {
  it('passes the 8 managerial competencies, also when spelled like seed 001 ("Kerjasama")', () => {
    const standard = seed((s) => (s.competencies[rowIndex(s, 'Kerja Sama')]!.name = 'Kerjasama'));
    expect(hasErrors(check(standard))).toBe(false);
  });

  it('rejects a missing, an unknown and a wrongly levelled managerial competency', () => {
    const standard = seed((s) => {
      s.competencies[rowIndex(s, 'Integritas')]!.requiredLevel = 4;
      const decision = rowIndex(s, 'Pengambilan Keputusan');
      s.competencies[decision] = { ...s.competencies[decision]!, code: 'M.99', name: 'Kepemimpinan' };
    });
    const findings = check(standard);
    expect(withCode(findings, 'MANAGERIAL_LEVEL_MISMATCH')[0]?.path).toBe('competencies.0.requiredLevel');
    expect(withCode(findings, 'MANAGERIAL_COMPETENCY_UNKNOWN')[0]?.path).toBe('competencies.7.name');
    expect(withCode(findings, 'MANAGERIAL_COMPETENCY_MISSING')[0]?.message).toContain(
      'Pengambilan Keputusan',
    );
  });

  it('rejects Perekat Bangsa at another level than the job level gives', () => {
    const standard = seed((s) => (s.competencies[rowIndex(s, 'Perekat Bangsa')]!.requiredLevel = 2));
    expect(withCode(check(standard), 'SOCIO_CULTURAL_LEVEL_MISMATCH')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'competencies.8.requiredLevel' }),
    ]);
  });

  it('rejects a standard without Perekat Bangsa', () => {
    const standard = seed((s) => {
      s.competencies[rowIndex(s, 'Perekat Bangsa')]!.name = 'Wawasan Kebangsaan';
      s.competencies[rowIndex(s, 'Wawasan Kebangsaan')]!.code = 'SK.09';
    });
    expect(codes(check(standard))).toEqual(
      expect.arrayContaining(['SOCIO_CULTURAL_COMPETENCY_UNKNOWN', 'SOCIO_CULTURAL_COMPETENCY_MISSING']),
    );
  });

  it('only warns when the policy has no level for the job level ("belum tersedia")', () => {
    const policy = mergePolicy(defaultPolicies['bimtek-magetan'], {
      managerialLevels: { administrator: { managerial: null } },
    });
    const standard = seed((s) => (s.competencies[0]!.requiredLevel = 5));
    const findings = check(standard, { policy });
    expect(hasErrors(findings)).toBe(false);
    expect(withCode(findings, 'MANAGERIAL_LEVEL_UNAVAILABLE')[0]?.severity).toBe('warning');
  });
});

describe('(e) technical levels follow the RCL pattern', () => {
  it('rejects a level outside the allowed set of the job level (Administrator: 4-3)', () => {
    const standard = seed((s) => (s.competencies[rowIndex(s, 'Manajemen Kinerja')]!.requiredLevel = 5));
    expect(withCode(check(standard), 'TECHNICAL_LEVEL_NOT_ALLOWED')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'competencies.14.requiredLevel' }),
    ]);
  });

  it('warns when the dominant level has half the rows or fewer', () => {
    const findings = check(standardAt('administrator', [3, 3, 4, 4]));
    expect(withCode(findings, 'TECHNICAL_DOMINANCE_NOT_MET')[0]?.severity).toBe('warning');
    expect(hasErrors(findings)).toBe(false);
  });

  it('passes half-half (Pengawas under seed 001: 3-2) within one row, warns beyond', () => {
    expect(codes(check(standardAt('pengawas', [3, 2, 3])))).not.toContain('TECHNICAL_DOMINANCE_NOT_MET');
    expect(codes(check(standardAt('pengawas', [3, 2, 3, 2])))).not.toContain('TECHNICAL_DOMINANCE_NOT_MET');
    expect(codes(check(standardAt('pengawas', [3, 3, 3, 2])))).toContain('TECHNICAL_DOMINANCE_NOT_MET');
  });

  it('warns, without checking levels, when the policy has no pattern for the job level (seed 004: Penyelia)', () => {
    const findings = check(standardAt('penyelia', [5, 5, 5]), {
      policy: defaultPolicies['paparan-kemenpanrb'],
    });
    expect(codes(findings)).toContain('LEVEL_DISTRIBUTION_UNAVAILABLE');
    expect(codes(findings)).not.toContain('TECHNICAL_LEVEL_NOT_ALLOWED');
    expect(codes(check(standardAt('penyelia', [4, 4, 3])))).not.toContain('LEVEL_DISTRIBUTION_UNAVAILABLE');
  });
});

describe('(f) rank fits the job level', () => {
  it('passes a grade or a rank name inside the range (Administrator IV/a..IV/b)', () => {
    for (const grade of ['IV/a', 'Pembina', 'IV/b', 'Pembina Tingkat I']) {
      const findings = check(seed((s) => (s.requirements.rank.minGrade = grade)));
      expect(hasErrors(findings)).toBe(false);
    }
  });

  it('rejects a grade below or above the range and an unknown grade', () => {
    for (const grade of ['III/d', 'IV/c']) {
      const findings = check(seed((s) => (s.requirements.rank.minGrade = grade)));
      expect(withCode(findings, 'RANK_OUT_OF_RANGE')[0]?.path).toBe('requirements.rank');
    }
    expect(codes(check(seed((s) => (s.requirements.rank.minGrade = 'V/a'))))).toContain('RANK_UNKNOWN_GRADE');
  });
});

describe('(h) text edited from the dictionary', () => {
  it('passes text equal to the source, also when only spacing differs, and rows without a source', () => {
    const standard = seed((s) => {
      s.competencies[0]!.levelDescription = `  ${s.competencies[0]!.levelDescription.replace(/ /g, '  ')} `;
      s.competencies[9]!.source = null;
      s.competencies[9]!.levelDescription = 'Ditulis sendiri';
    });
    expect(codes(check(standard))).not.toContain('EDITED_FROM_DICTIONARY');
  });

  it('warns on an edited description and on edited indicators', () => {
    const standard = seed((s) => {
      s.competencies[2]!.levelDescription = 'Teks baru';
      s.competencies[10]!.behaviourIndicators.push('Indikator tambahan');
    });
    const findings = withCode(check(standard), 'EDITED_FROM_DICTIONARY');
    expect(findings.map((f) => [f.severity, f.path])).toEqual([
      ['warning', 'competencies.2.levelDescription'],
      ['warning', 'competencies.10.behaviourIndicators'],
    ]);
    expect(findings[0]!.message).toContain('diubah dari kamus');
  });
});

describe('checkStandard on a large input', () => {
  it('stays linear: 5,000 duplicate rows give one finding per duplicate', () => {
    const standard = seed((s) => {
      for (let i = 0; i < 5000; i++) s.competencies.push({ ...s.competencies[9]! });
    });
    expect(withCode(check(standard), 'DUPLICATE_COMPETENCY')).toHaveLength(5000);
  });
});
