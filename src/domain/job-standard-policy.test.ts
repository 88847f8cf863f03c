import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  checkPolicy,
  defaultPolicies,
  defaultPolicyId,
  gradeIndex,
  mergePolicy,
  normalizeGrade,
  type StandardPolicyOverride,
} from './job-standard-policy';
import { jobLevels } from './reference';

const seed001 = defaultPolicies['bimtek-magetan'];
const seed004 = defaultPolicies['paparan-kemenpanrb'];

/** The DomainError that mergePolicy throws for `override`. */
function mergeError(override: StandardPolicyOverride, base = seed001): DomainError {
  try {
    mergePolicy(base, override);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('mergePolicy did not throw');
}

describe('default policies from the reference data', () => {
  it('names the Magetan deck pattern as the default, never "seed", and takes both RCL patterns from level-standar.json', () => {
    expect(defaultPolicyId).toBe('bimtek-magetan');
    expect(seed001.name).toBe('Pola RCL — bahan bimtek BKPSDM Kab. Magetan');
    expect(seed004.name).toBe('Pola RCL — paparan Kementerian PANRB');
    expect(JSON.stringify(defaultPolicies)).not.toMatch(/seed/i);
    expect(seed001.levelDistributionRules.administrator).toEqual({ allowed: [4, 3], dominant: 3 });
    expect(seed004.levelDistributionRules.administrator).toEqual({ allowed: [4, 3], dominant: 4 });
    expect(seed001.levelDistributionRules.pengawas).toEqual({ allowed: [3, 2], dominant: null });
    expect(seed004.levelDistributionRules.penyelia).toBeUndefined();
  });

  it('carries count, mandatory regional competency, weights and managerial levels', () => {
    expect(seed001.technicalCount).toEqual({ min: 3, max: 6 });
    expect(seed004.mandatoryTechnical).toEqual([
      { name: 'Advokasi Kebijakan Otonomi Daerah', appliesTo: ['province', 'regency', 'city'] },
    ]);
    expect(seed001.competencyWeights['jpt-utama']).toEqual({
      socioCultural: 20,
      managerial: 70,
      technical: 10,
    });
    expect(seed001.managerialLevels.pengawas).toEqual({ managerial: 2, socioCultural: 2 });
  });

  it('has a valid default rank range for every job level, and the policies are valid', () => {
    for (const level of jobLevels) expect(seed001.rankRanges[level.code]).toBeDefined();
    expect(seed001.rankRanges.administrator).toEqual({ min: 'IV/a', max: 'IV/b' });
    expect(checkPolicy(seed001)).toEqual([]);
    expect(checkPolicy(seed004)).toEqual([]);
  });

  it('is frozen, so a caller cannot change the defaults by accident', () => {
    expect(() => {
      seed001.levelDistributionRules.administrator!.allowed.push(5);
    }).toThrow(TypeError);
  });
});

describe('the rank ladder', () => {
  it('orders grades I/a..IV/e and reads rank names', () => {
    expect(gradeIndex('I/a')).toBe(0);
    expect(gradeIndex('IV/e')).toBe(16);
    expect(gradeIndex('iv a')).toBe(12);
    expect(gradeIndex('Pembina')).toBe(12);
    expect(gradeIndex('Pembina Tk.I')).toBe(13);
    expect(gradeIndex('pembina tingkat i')).toBe(13);
    expect(gradeIndex('Juru Muda Tk.I')).toBe(1);
    expect(normalizeGrade('Penata')).toBe('III/c');
  });

  it('does not know other text', () => {
    expect(gradeIndex('V/a')).toBeNull();
    expect(gradeIndex('')).toBeNull();
    expect(normalizeGrade('Pembina Utama Tk.I')).toBeNull();
  });
});

describe('mergePolicy', () => {
  it('applies an agency override per job level and leaves the base untouched', () => {
    const merged = mergePolicy(seed001, {
      name: 'Pola Kota Malang',
      levelDistributionRules: { administrator: { dominant: 4 } },
      technicalCount: { max: 5 },
      rankRanges: { pengawas: { min: 'III/b' } },
    });
    expect(merged.name).toBe('Pola Kota Malang');
    expect(merged.levelDistributionRules.administrator).toEqual({ allowed: [4, 3], dominant: 4 });
    expect(merged.levelDistributionRules.pengawas).toEqual(seed001.levelDistributionRules.pengawas);
    expect(merged.technicalCount).toEqual({ min: 3, max: 5 });
    expect(merged.rankRanges.pengawas).toEqual({ min: 'III/b', max: 'III/d' });
    expect(seed001.levelDistributionRules.administrator?.dominant).toBe(3);
    merged.levelDistributionRules.pengawas!.allowed.push(4);
    expect(seed001.levelDistributionRules.pengawas?.allowed).toEqual([3, 2]);
  });

  it('adds a missing pattern when the row is complete (seed 004 has none for Penyelia)', () => {
    const merged = mergePolicy(seed004, {
      levelDistributionRules: { penyelia: { allowed: [4, 3], dominant: 4 } },
    });
    expect(merged.levelDistributionRules.penyelia).toEqual({ allowed: [4, 3], dominant: 4 });
    expect(mergeError({ levelDistributionRules: { penyelia: { dominant: 4 } } }, seed004).code).toBe(
      'INVALID_POLICY',
    );
  });

  it('rejects levels outside 1..5 and a dominant level that is not allowed', () => {
    const outside = mergeError({ levelDistributionRules: { administrator: { allowed: [3, 6] } } });
    expect(outside.code).toBe('INVALID_POLICY');
    expect(outside.message).toContain('1 sampai 5');
    expect(outside.details).toEqual({
      issues: [expect.objectContaining({ path: 'levelDistributionRules.administrator.allowed' })],
    });
    expect(mergeError({ levelDistributionRules: { administrator: { dominant: 5 } } }).message).toContain(
      'dominan',
    );
    expect(mergeError({ managerialLevels: { pengawas: { managerial: 0 } } }).message).toContain('1 sampai 5');
  });

  it('rejects a minimum above the maximum', () => {
    expect(mergeError({ technicalCount: { min: 7 } }).message).toContain('tidak boleh melebihi');
    expect(mergeError({ rankRanges: { pengawas: { min: 'IV/a' } } }).message).toContain('Golongan terendah');
  });

  it('rejects weights that do not sum to 100', () => {
    expect(mergeError({ competencyWeights: { administrator: { technical: 50 } } }).message).toContain('100');
    const ok = mergePolicy(seed001, {
      competencyWeights: { administrator: { managerial: 30, technical: 50 } },
    });
    expect(ok.competencyWeights.administrator).toEqual({ socioCultural: 20, managerial: 30, technical: 50 });
  });

  it('rejects unknown job levels and grades', () => {
    expect(mergeError({ rankRanges: { 'eselon-3': { min: 'IV/a', max: 'IV/b' } } }).message).toContain(
      'tidak dikenal',
    );
    expect(mergeError({ rankRanges: { pengawas: { max: 'V/a' } } }).message).toContain('tidak dikenal');
  });
});
