import { describe, expect, it } from 'vitest';
import {
  checkJobDescription,
  emptyJobDescription,
  type JobDescription,
  jobDescriptionCompletion,
  normalizeJobDescription,
} from './job-description';
import { jobFactorInformation } from './job-factor-information';

function description(overrides: Partial<JobDescription> = {}): JobDescription {
  return { ...emptyJobDescription(), ...overrides };
}

describe('normalizeJobDescription', () => {
  it('trims texts and drops blank items and blank rows', () => {
    const normalized = normalizeJobDescription(
      description({
        summary: '  Memimpin bidang  ',
        guidelines: [' PP 11/2017 ', '  '],
        tools: [
          { name: ' Komputer ', use: ' Mengolah data ' },
          { name: ' ', use: '' },
        ],
        tasks: [
          { task: ' Menyusun laporan ', output: ' Laporan ', volume: 12, time: 2, unit: 'hour' },
          { task: '', output: '', volume: 0, time: 0, unit: 'minute' },
        ],
      }),
    );
    expect(normalized.summary).toBe('Memimpin bidang');
    expect(normalized.guidelines).toEqual(['PP 11/2017']);
    expect(normalized.tools).toEqual([{ name: 'Komputer', use: 'Mengolah data' }]);
    expect(normalized.tasks).toEqual([
      { task: 'Menyusun laporan', output: 'Laporan', volume: 12, time: 2, unit: 'hour' },
    ]);
  });
});

describe('checkJobDescription', () => {
  it('reports each bad task field with a stable code and its path', () => {
    const issues = checkJobDescription(
      description({
        tasks: [
          { task: 'Menyusun laporan', output: '', volume: 0, time: -1, unit: 'week' as never },
          { task: 'Mengagendakan surat', output: 'Agenda', volume: 100, time: 5, unit: 'minute' },
        ],
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['tasks.0.output', 'TASK_OUTPUT_REQUIRED'],
      ['tasks.0.volume', 'INVALID_TASK_VOLUME'],
      ['tasks.0.time', 'INVALID_TASK_TIME'],
      ['tasks.0.unit', 'UNKNOWN_TIME_UNIT'],
    ]);
    expect(issues[0]!.message).toBe('Tugas 1: hasil kerja wajib diisi.');
  });

  it('wants a name for materials and hazards, and both ends of a working relation', () => {
    const issues = checkJobDescription(
      description({
        workMaterials: [{ name: '', use: 'Bahan laporan' }],
        hazards: [{ hazard: '', cause: 'Kabel' }],
        workingRelations: [{ position: 'Sekretaris Daerah', unit: '', subject: '' }],
      }),
    );
    expect(issues.map((i) => i.code)).toEqual([
      'ITEM_NAME_REQUIRED',
      'WORKING_RELATION_INCOMPLETE',
      'ITEM_NAME_REQUIRED',
    ]);
  });
});

describe('jobDescriptionCompletion', () => {
  it('counts filled components per tab; subordinates only for structural positions', () => {
    const content = description({
      summary: 'Memimpin bidang',
      subordinatePositions: ['Kepala Subbidang A'],
      tasks: [{ task: 'Menyusun rencana', output: 'Rencana', volume: 1, time: 5, unit: 'day' }],
      workingConditions: {
        room: 'Dalam ruangan',
        temperature: 'Sejuk',
        lighting: '',
        weather: '',
        noise: '',
        time: '',
      },
      requirements: { ...emptyJobDescription().requirements, rank: 'Pembina (IV/a)' },
    });
    const structural = jobDescriptionCompletion(content, 'administrator');
    const identity = structural.groups.find((g) => g.group === 'identity')!;
    expect([identity.filled, identity.total]).toEqual([2, 3]);
    // Working conditions count once all six aspects are filled.
    expect(structural.groups.find((g) => g.group === 'conditions')!.filled).toBe(0);
    expect([structural.filled, structural.total, structural.percent]).toEqual([4, 24, 16]);
    const functional = jobDescriptionCompletion(content, 'ahli-muda');
    expect(functional.groups.find((g) => g.group === 'identity')!.total).toBe(2);
    expect([functional.filled, functional.total]).toEqual([3, 23]);
  });
});

describe('jobFactorInformation', () => {
  const content = description({
    summary: 'Memimpin pelaksanaan mutasi',
    tasks: [{ task: 'Menyusun rencana', output: 'Dokumen rencana', volume: 2, time: 3, unit: 'day' }],
    guidelines: ['PermenPAN-RB 38/2017'],
    workingRelations: [{ position: 'Sekretaris Daerah', unit: 'Setda', subject: 'Konsultasi mutasi' }],
    hazards: [{ hazard: 'Kelelahan mata', cause: 'Layar komputer' }],
  });

  it('gives each structural factor its job-description texts', () => {
    const info = Object.fromEntries(
      jobFactorInformation('structural', content).map((f) => [f.factor, f.sources]),
    );
    expect(jobFactorInformation('structural', content).map((f) => f.factor)).toEqual([
      '1',
      '2',
      '3',
      '4A',
      '4B',
      '5',
      '6',
    ]);
    expect(info['1']).toEqual([
      { component: 'summary', lines: ['Memimpin pelaksanaan mutasi'] },
      { component: 'tasks', lines: ['Menyusun rencana → Dokumen rencana (2 per tahun, 3 hari)'] },
    ]);
    expect(info['4A']![0]!.lines).toEqual(['Sekretaris Daerah (Setda): Konsultasi mutasi']);
    expect(info['4B']![0]!.lines).toEqual(['Sekretaris Daerah: Konsultasi mutasi']);
    expect(info['2']).toEqual([]);
  });

  it('reads guidelines for functional factor 3 and conditions for factor 9', () => {
    const info = Object.fromEntries(
      jobFactorInformation('functional', content).map((f) => [f.factor, f.sources]),
    );
    expect(info['3']).toEqual([{ component: 'guidelines', lines: ['PermenPAN-RB 38/2017'] }]);
    expect(info['9']).toEqual([{ component: 'hazards', lines: ['Kelelahan mata (Layar komputer)'] }]);
  });
});
