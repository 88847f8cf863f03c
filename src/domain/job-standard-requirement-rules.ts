/**
 * Rules of `checkStandard` on the requirements (education at or above the job level's minimum,
 * field of study, training and experience of structural positions; each error or warning as the
 * policy says) and on where the competency texts come from (placeholder text, or text from a
 * dictionary version that is not ratified, is an error naming who must supply it). Pure.
 */
import type { JobStandard } from './job-standard';
import type { Report, RuleInput, StandardRule } from './job-standard-rules';
import { educationLevels } from './reference';
import { isPlaceholderText } from './sources';

/** D-IV counts as S-1 (PP 11/2017: "sarjana atau diploma empat"). */
const educationRank = new Map<string, number>(
  educationLevels.map((level, k) => [level, k >= educationLevels.indexOf('S-1') ? k - 1 : k]),
);

const equivalents: Record<string, string> = { 'S-1': 'S-1/D-IV', 'D-IV': 'S-1/D-IV' };

/** Position of an education level on the ladder SD … S-3, or undefined when unknown. */
export function educationIndex(level: string): number | undefined {
  const text = level.trim().toUpperCase().replace(/\s+/g, '');
  const direct = educationRank.get(level.trim());
  if (direct !== undefined) return direct;
  const normalized: Record<string, string> = {
    S1: 'S-1',
    S2: 'S-2',
    S3: 'S-3',
    DIV: 'D-IV',
    D4: 'D-IV',
    DIII: 'D-III',
    D3: 'D-III',
    DII: 'D-II',
    D2: 'D-II',
    DI: 'D-I',
    D1: 'D-I',
    SMA: 'SMA/SMK',
    SMK: 'SMA/SMK',
    SLTA: 'SMA/SMK',
    SLTP: 'SMP',
  };
  const key = normalized[text.replace(/-/g, '')];
  return key ? educationRank.get(key) : undefined;
}

const structuralLevels = new Set(['jpt-utama', 'jpt-madya', 'jpt-pratama', 'administrator', 'pengawas']);

const blank = (text: string | null | undefined) => !text?.trim();

function hasTraining(standard: JobStandard): boolean {
  const { training } = standard.requirements;
  return [...training.managerial, ...training.technical, ...training.functional].some((t) => !blank(t.name));
}

function checkRequirements({ standard, policy, jobLevel }: RuleInput, report: Report) {
  const { education, experience } = standard.requirements;
  const rules = policy.requirementRules;
  const levels = education.levels.filter((level) => !blank(level));
  if (levels.length === 0) {
    report(
      rules.educationLevel,
      'EDUCATION_LEVEL_REQUIRED',
      'requirements.education.levels',
      'Jenjang pendidikan terendah wajib diisi.',
    );
  } else if (jobLevel) {
    const minimum = policy.educationMinimums[jobLevel.code];
    const minimumIndex = minimum ? educationIndex(minimum) : undefined;
    if (minimum && minimumIndex !== undefined) {
      const below = levels.filter((level) => {
        const index = educationIndex(level);
        return index !== undefined && index < minimumIndex;
      });
      if (below.length > 0) {
        report(
          rules.educationLevel,
          'EDUCATION_BELOW_MINIMUM',
          'requirements.education.levels',
          `Pendidikan ${below.join('/')} di bawah pendidikan terendah jenjang ${jobLevel.name} (${equivalents[minimum] ?? minimum}).`,
        );
      }
    }
  }
  if (!education.fieldsOfStudy.some((field) => !blank(field))) {
    report(
      rules.fieldOfStudy,
      'FIELD_OF_STUDY_REQUIRED',
      'requirements.education.fieldsOfStudy',
      'Bidang ilmu pendidikan belum diisi.',
    );
  }
  if (!jobLevel || !structuralLevels.has(jobLevel.code)) return;
  if (!hasTraining(standard)) {
    report(
      rules.structuralTraining,
      'STRUCTURAL_TRAINING_REQUIRED',
      'requirements.training',
      `Jabatan ${jobLevel.name} belum mencantumkan pelatihan (manajerial, teknis atau fungsional).`,
    );
  }
  if (blank(experience.description) && !experience.years) {
    report(
      rules.structuralExperience,
      'STRUCTURAL_EXPERIENCE_REQUIRED',
      'requirements.experience',
      `Jabatan ${jobLevel.name} belum mencantumkan pengalaman kerja.`,
    );
  }
}

export const requirementRule: StandardRule = {
  id: 'requirements',
  title: 'Persyaratan pendidikan, pelatihan dan pengalaman',
  codes: [
    'EDUCATION_LEVEL_REQUIRED',
    'EDUCATION_BELOW_MINIMUM',
    'FIELD_OF_STUDY_REQUIRED',
    'STRUCTURAL_TRAINING_REQUIRED',
    'STRUCTURAL_EXPERIENCE_REQUIRED',
  ],
  check: checkRequirements,
};

// ---------------------------------------------------------------------------------------------

function checkDictionarySources({ standard, context }: RuleInput, report: Report) {
  // A competency proposed from the composer has its own finding (COMPETENCY_AWAITING_RATIFICATION).
  const pending = new Set(context.pendingCompetencies?.map((p) => p.competencyId));
  standard.competencies.forEach((row, i) => {
    const fact = context.dictionarySources?.get(row.competencyId);
    const texts = [row.levelDescription, ...row.behaviourIndicators];
    if (fact?.placeholder || texts.some(isPlaceholderText)) {
      const who = fact ? `${fact.steward} (${fact.dictionaryName})` : 'pengelola kamus asalnya';
      report(
        'error',
        'DICTIONARY_TEXT_PLACEHOLDER',
        `competencies.${i}`,
        `Teks resmi kompetensi "${row.name}" belum tersedia di kamus; yang tercantum masih teks sementara. ` +
          `Teks resmi diisi dan ditetapkan oleh ${who}; setelah itu pilih ulang kompetensi ini dari versi kamus yang ditetapkan.`,
      );
      return;
    }
    if (fact && fact.status !== 'ratified' && !pending.has(row.competencyId)) {
      report(
        'error',
        'DICTIONARY_TEXT_NOT_RATIFIED',
        `competencies.${i}`,
        `Kompetensi "${row.name}" berasal dari ${fact.dictionaryName} yang belum ditetapkan; ${fact.steward} perlu menetapkannya lebih dahulu.`,
      );
    }
  });
}

export const dictionarySourceRule: StandardRule = {
  id: 'dictionarySource',
  title: 'Teks kompetensi dari kamus yang ditetapkan',
  codes: ['DICTIONARY_TEXT_PLACEHOLDER', 'DICTIONARY_TEXT_NOT_RATIFIED'],
  check: checkDictionarySources,
};
