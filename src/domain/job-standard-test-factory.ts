/**
 * Factories for tests of job standards: the seed 001 example ("Contoh: Standar Kompetensi
 * Administrator", Kepala Bidang Pengembangan Kompetensi) built from the official managerial and
 * socio-cultural texts, with made-up technical rows. Used by tests only.
 */
import type { CompetencyRow, Importance, JobStandard } from './job-standard';
import { competencyRowFromDictionary } from './job-standard';
import { defaultPolicies } from './job-standard-policy';
import {
  findJobLevel,
  managerialCompetencies,
  type OfficialCompetency,
  socioCulturalCompetencies,
} from './reference';

export const officialDictionaryVersion = 'permenpan-rb-38-2017';
export const technicalDictionaryVersion = 'kamus-teknis-kepegawaian-v1';

/** Rows of all official competencies of a kind, copied from the dictionary at `level`. */
export function officialRows(kind: 'managerial' | 'socioCultural', level: number): CompetencyRow[] {
  const competencies: readonly OfficialCompetency[] =
    kind === 'managerial' ? managerialCompetencies : socioCulturalCompetencies;
  return competencies.map(
    (c) =>
      competencyRowFromDictionary(
        { id: `${kind}:${c.code}`, code: c.code, name: c.name, levels: c.levels },
        { kind, requiredLevel: level, dictionaryVersionId: officialDictionaryVersion },
      )!,
  );
}

/** A technical row with made-up text, as copied from a technical dictionary. */
export function technicalRow(
  name: string,
  level: number,
  importance: Importance = 'essential',
): CompetencyRow {
  const code = `T.${name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .toUpperCase()}`;
  const levelDescription = `Mampu menerapkan ${name.toLowerCase()} pada level ${level}`;
  const behaviourIndicators = [`Indikator 1 ${name} level ${level}`, `Indikator 2 ${name} level ${level}`];
  return {
    competencyId: `technical:${code}`,
    code,
    name,
    kind: 'technical',
    requiredLevel: level,
    levelDescription,
    behaviourIndicators: [...behaviourIndicators],
    importance,
    source: { dictionaryVersionId: technicalDictionaryVersion, levelDescription, behaviourIndicators },
  };
}

/** Seed 001's six technical competencies at 3,3,3,4,3,3; the mandatory regional one stands in for #2. */
export const seed001TechnicalLevels: readonly [string, number][] = [
  ['Penyusunan Kebijakan Publik', 3],
  ['Advokasi Kebijakan Otonomi Daerah', 3],
  ['Manajemen SDM', 3],
  ['Penyusunan Standar Kompetensi', 4],
  ['Pengembangan Kompetensi', 3],
  ['Manajemen Kinerja', 3],
];

/** The seed 001 example standard of an Administrator (Kepala Bidang Pengembangan Kompetensi). */
export function seed001Standard(): JobStandard {
  return {
    identity: {
      positionName: 'Kepala Bidang Pengembangan Kompetensi',
      positionCode: null,
      positionGroup: 'administrative',
      jobLevel: 'administrator',
      governmentAffair: 'Kepegawaian',
      orgUnitName: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      summary: 'Memimpin perumusan dan pelaksanaan kebijakan pengembangan kompetensi pegawai.',
      jobDescription: ['Menyusun rencana pengembangan kompetensi', 'Mengevaluasi pelaksanaan pelatihan'],
    },
    competencies: [
      ...officialRows('managerial', 3),
      ...officialRows('socioCultural', 3),
      ...seed001TechnicalLevels.map(([name, level]) => technicalRow(name, level)),
    ],
    requirements: {
      education: {
        levels: ['S-1', 'D-IV'],
        fieldsOfStudy: ['Administrasi Negara', 'Manajemen', 'Pemerintahan'],
        importance: 'essential',
      },
      training: {
        managerial: [
          { name: 'Kepemimpinan IV', importance: 'important' },
          { name: 'Kepemimpinan III', importance: 'important' },
        ],
        technical: [
          { name: 'Analisis Jabatan', importance: 'important' },
          { name: 'Standar Kompetensi', importance: 'important' },
          { name: 'Manajemen SDM', importance: 'important' },
        ],
        functional: [],
      },
      experience: {
        description: '2 jabatan pengawas bidang Kepegawaian',
        years: null,
        importance: 'veryImportant',
      },
      rank: { minGrade: 'IV/a', importance: 'essential' },
      performanceIndicators: [
        { text: 'Kualitas konsep/bahan kebijakan pengembangan kompetensi', importance: 'essential' },
      ],
    },
  };
}

/** Index of the first row named `name` in a standard (throws when absent, to keep tests honest). */
export function rowIndex(standard: JobStandard, name: string): number {
  const index = standard.competencies.findIndex((row) => row.name === name);
  if (index < 0) throw new Error(`no row ${name}`);
  return index;
}

const extraTechnicalNames = ['Analisis Jabatan', 'Evaluasi Jabatan', 'Perencanaan SDM'];

/**
 * The seed 001 standard moved to another job level: managerial and socio-cultural rows at that
 * level's levels, technical rows at `technicalLevels` (the mandatory regional one first), rank at
 * the default lowest fitting grade.
 */
export function standardAt(jobLevelCode: string, technicalLevels: readonly number[]): JobStandard {
  const jobLevel = findJobLevel(jobLevelCode);
  if (!jobLevel) throw new Error(`no job level ${jobLevelCode}`);
  const standard = seed001Standard();
  const names = [
    'Advokasi Kebijakan Otonomi Daerah',
    ...seed001TechnicalLevels.map(([name]) => name).filter((n) => n !== 'Advokasi Kebijakan Otonomi Daerah'),
    ...extraTechnicalNames,
  ];
  standard.identity.jobLevel = jobLevel.code;
  standard.identity.positionGroup = jobLevel.group;
  standard.competencies = [
    ...officialRows('managerial', jobLevel.managerialLevel ?? 1),
    ...officialRows('socioCultural', jobLevel.socioCulturalLevel ?? 1),
    ...technicalLevels.map((level, i) => technicalRow(names[i] ?? `Teknis ${i + 1}`, level)),
  ];
  standard.requirements.rank.minGrade =
    defaultPolicies['bimtek-magetan'].rankRanges[jobLevel.code]?.min ?? null;
  return standard;
}
