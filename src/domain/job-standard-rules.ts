/**
 * What is wrong with a job standard, as a list of findings: errors block submission, warnings are
 * shown. Each rule is a small function in `standardRules`; `checkStandard` runs them all in one
 * linear pass each (benchmarked per standard, so no quadratic loops). Pure.
 */
import { educationLevels, normalizeEducation } from './education';
import type { JobStandard } from './job-standard';
import { competencyKindNames, competencyNameKey } from './job-standard';
import {
  dictionaryTextRule,
  isValidRequiredLevel,
  managerialRule,
  socioCulturalRule,
  technicalLevelsRule,
} from './job-standard-competency-rules';
import type { StandardPolicy } from './job-standard-policy';
import { gradeIndex, normalizeGrade } from './job-standard-policy';
import { dictionarySourceRule, requirementRule } from './job-standard-requirement-rules';
import { mandatoryCountConflict } from './job-standard-technical-conflict';
import { type CompetencyKind, type JobLevel, jobLevels } from './reference';
import { type AgencyKind, agencyKindPhrases } from './roles';

export type FindingSeverity = 'error' | 'warning';

export interface Finding {
  /** Stable SCREAMING_CASE code. */
  code: string;
  severity: FindingSeverity;
  /** Dotted path in the standard, e.g. `competencies.3.requiredLevel` or `requirements.rank`. */
  path: string;
  /** Indonesian. */
  message: string;
  /** What to do about it, when the rule can propose something (rows to drop or merge). */
  proposal?: FindingProposal;
}

export interface FindingProposal {
  /** Competency names proposed to merge into another row (`into`). */
  merge: string[];
  into: string | null;
  /** Competency names proposed to drop, most droppable first. */
  drop: string[];
}

/** What the service knows of the dictionary a row was copied from. */
export interface DictionarySourceFact {
  /** Status of the dictionary version the row's competency belongs to. */
  status: 'draft' | 'verified' | 'ratified';
  /** The competency's text is a stand-in for official text not entered yet. */
  placeholder: boolean;
  dictionaryName: string;
  /** Who supplies and ratifies the dictionary's text, e.g. "admin Pemerintah Kota Contoh". */
  steward: string;
}

export interface StandardContext {
  agencyKind: AgencyKind;
  /** The code is given at national ratification: until then a missing code is only a warning. */
  requirePositionCode?: boolean;
  /**
   * Technical competencies proposed from the composer ("usulkan kompetensi teknis"): entries of a
   * dictionary version not ratified yet. The standard waits for their ratification.
   */
  pendingCompetencies?: readonly PendingCompetency[];
  /** By competency id: where each row's text comes from (rows typed by hand have none). */
  dictionarySources?: ReadonlyMap<string, DictionarySourceFact>;
}

export interface PendingCompetency {
  competencyId: string;
  dictionaryName: string;
}

/** What every rule reads, computed once per check. */
export interface RuleInput {
  standard: JobStandard;
  policy: StandardPolicy;
  context: StandardContext;
  /** undefined: unknown job level code. */
  jobLevel: JobLevel | undefined;
  /** Row indices per kind. */
  rowsByKind: Record<CompetencyKind, number[]>;
}

export type Report = (
  severity: FindingSeverity,
  code: string,
  path: string,
  message: string,
  proposal?: FindingProposal,
) => void;

export interface StandardRule {
  id: string;
  /** Indonesian, for a rule list in the UI. */
  title: string;
  codes: readonly string[];
  check: (input: RuleInput, report: Report) => void;
}

const jobLevelsByCode = new Map(jobLevels.map((level) => [level.code, level]));
const isBlank = (text: string | null | undefined) => !text?.trim();

// (j) -----------------------------------------------------------------------------------------
function checkJobLevel({ standard, jobLevel }: RuleInput, report: Report) {
  const { identity } = standard;
  if (!jobLevel) {
    report(
      'error',
      'UNKNOWN_JOB_LEVEL',
      'identity.jobLevel',
      `Jenjang jabatan "${identity.jobLevel}" tidak dikenal.`,
    );
  } else if (jobLevel.group !== identity.positionGroup) {
    report(
      'error',
      'POSITION_GROUP_MISMATCH',
      'identity.positionGroup',
      `Jenjang ${jobLevel.name} tidak termasuk kelompok jabatan yang dipilih.`,
    );
  }
}

// (a) PP 11/2017 Pasal 166 ayat (1) ------------------------------------------------------------
function checkMinimumContent({ standard, context, rowsByKind }: RuleInput, report: Report) {
  const { identity, requirements } = standard;
  if (isBlank(identity.positionName)) {
    report('error', 'POSITION_NAME_REQUIRED', 'identity.positionName', 'Nama jabatan wajib diisi.');
  }
  if (isBlank(identity.summary) && !identity.jobDescription.some((task) => !isBlank(task))) {
    report(
      'error',
      'JOB_DESCRIPTION_REQUIRED',
      'identity.jobDescription',
      'Uraian jabatan wajib diisi (ikhtisar jabatan atau uraian tugas).',
    );
  }
  if (isBlank(identity.positionCode)) {
    report(
      context.requirePositionCode ? 'error' : 'warning',
      'POSITION_CODE_MISSING',
      'identity.positionCode',
      context.requirePositionCode
        ? 'Kode jabatan wajib diisi saat penetapan.'
        : 'Kode jabatan belum ada; diberikan oleh KemenPAN-RB saat penetapan.',
    );
  }
  if (isBlank(requirements.rank.minGrade)) {
    report('error', 'RANK_REQUIRED', 'requirements.rank', 'Pangkat yang sesuai wajib diisi.');
  }
  for (const level of requirements.education.levels) {
    if (normalizeEducation(level) === null) {
      report(
        'error',
        'EDUCATION_LEVEL_UNKNOWN',
        'requirements.education',
        `Jenjang pendidikan "${level}" tidak dikenal (gunakan ${educationLevels.join(', ')}).`,
      );
    }
  }
  const kinds = [
    ['technical', 'TECHNICAL_COMPETENCY_REQUIRED'],
    ['managerial', 'MANAGERIAL_COMPETENCY_REQUIRED'],
    ['socioCultural', 'SOCIO_CULTURAL_COMPETENCY_REQUIRED'],
  ] as const;
  for (const [kind, code] of kinds) {
    if (rowsByKind[kind].length === 0) {
      report('error', code, 'competencies', `Kompetensi ${competencyKindNames[kind]} wajib diisi.`);
    }
  }
  if (!requirements.performanceIndicators.some((p) => !isBlank(p.text))) {
    report(
      'error',
      'PERFORMANCE_INDICATOR_REQUIRED',
      'requirements.performanceIndicators',
      'Indikator kinerja jabatan wajib diisi minimal satu.',
    );
  }
}

// (i) -----------------------------------------------------------------------------------------
function checkRequiredLevels({ standard }: RuleInput, report: Report) {
  standard.competencies.forEach((row, i) => {
    if (!isValidRequiredLevel(row.requiredLevel)) {
      report(
        'error',
        'REQUIRED_LEVEL_INVALID',
        `competencies.${i}.requiredLevel`,
        `Level kompetensi "${row.name}" harus bilangan bulat 1 sampai 5.`,
      );
    }
  });
}

// (g) -----------------------------------------------------------------------------------------
const kindBits: Record<CompetencyKind, number> = { managerial: 1, socioCultural: 2, technical: 4 };

function checkDuplicates({ standard }: RuleInput, report: Report) {
  const ids = new Set<string>();
  /** Name key → the kinds it was seen with, as bits. */
  const names = new Map<string, number>();
  standard.competencies.forEach((row, i) => {
    const nameKey = competencyNameKey(row.name);
    const bit = kindBits[row.kind] ?? 0;
    const seenKinds = names.get(nameKey) ?? 0;
    if ((row.competencyId !== '' && ids.has(row.competencyId)) || (seenKinds & bit) !== 0) {
      report(
        'error',
        'DUPLICATE_COMPETENCY',
        `competencies.${i}`,
        `Kompetensi "${row.name}" tercantum lebih dari sekali.`,
      );
    }
    ids.add(row.competencyId);
    names.set(nameKey, seenKinds | bit);
  });
}

// (b) -----------------------------------------------------------------------------------------
function checkTechnicalCount(input: RuleInput, report: Report) {
  const { policy, rowsByKind } = input;
  const count = rowsByKind.technical.length;
  const { min, max } = policy.technicalCount;
  if (count === 0) return; // reported as missing content
  if (count < min) {
    report(
      'error',
      'TECHNICAL_COUNT_TOO_LOW',
      'competencies',
      `Kompetensi teknis minimal ${min}; saat ini ${count}.`,
    );
  } else if (count > max) {
    const conflict = mandatoryCountConflict(input);
    if (conflict) {
      report('error', 'MANDATORY_TECHNICAL_EXCEEDS_MAX', 'competencies', conflict.message, conflict.proposal);
      return;
    }
    report(
      'error',
      'TECHNICAL_COUNT_TOO_HIGH',
      'competencies',
      `Kompetensi teknis maksimal ${max}; saat ini ${count}.`,
    );
  }
}

// (c) -----------------------------------------------------------------------------------------

function checkMandatoryTechnical({ standard, policy, context, rowsByKind }: RuleInput, report: Report) {
  for (const mandatory of policy.mandatoryTechnical) {
    if (!mandatory.appliesTo.includes(context.agencyKind)) continue;
    const key = competencyNameKey(mandatory.name);
    // Linear: the mandatory list holds one or two names.
    const present = rowsByKind.technical.some(
      (i) => competencyNameKey(standard.competencies[i]!.name) === key,
    );
    if (!present) {
      report(
        'error',
        'MANDATORY_TECHNICAL_MISSING',
        'competencies',
        `Kompetensi teknis "${mandatory.name}" wajib dicantumkan untuk jabatan di ${agencyKindPhrases[context.agencyKind]}.`,
      );
    }
  }
}

// (f) -----------------------------------------------------------------------------------------
function checkRank({ standard, policy, jobLevel }: RuleInput, report: Report) {
  const grade = standard.requirements.rank.minGrade;
  if (isBlank(grade)) return; // reported as missing content
  const index = gradeIndex(grade!);
  if (index === null) {
    report(
      'error',
      'RANK_UNKNOWN_GRADE',
      'requirements.rank',
      `Pangkat/golongan "${grade}" tidak dikenal (gunakan I/a sampai IV/e).`,
    );
    return;
  }
  const range = jobLevel ? policy.rankRanges[jobLevel.code] : undefined;
  if (!range) return;
  const low = gradeIndex(range.min);
  const high = gradeIndex(range.max);
  if (low === null || high === null) return;
  if (index < low || index > high) {
    report(
      'error',
      'RANK_OUT_OF_RANGE',
      'requirements.rank',
      `Golongan ${normalizeGrade(grade!)} tidak sesuai jenjang ${jobLevel!.name} (${range.min} sampai ${range.max}).`,
    );
  }
}

function checkPendingCompetencies({ standard, context }: RuleInput, report: Report) {
  const pending = context.pendingCompetencies;
  if (!pending || pending.length === 0) return;
  const byId = new Map(pending.map((p) => [p.competencyId, p]));
  standard.competencies.forEach((row, i) => {
    const entry = byId.get(row.competencyId);
    if (!entry) return;
    report(
      'error',
      'COMPETENCY_AWAITING_RATIFICATION',
      `competencies.${i}`,
      `Kompetensi teknis "${row.name}" masih usulan dalam kamus "${entry.dictionaryName}"; SKJ ini menunggu kamus tersebut ditetapkan.`,
    );
  });
}

export const standardRules: readonly StandardRule[] = [
  {
    id: 'jobLevel',
    title: 'Jenjang jabatan dikenal',
    codes: ['UNKNOWN_JOB_LEVEL', 'POSITION_GROUP_MISMATCH'],
    check: checkJobLevel,
  },
  {
    id: 'minimumContent',
    title: 'Muatan minimal SKJ (PP 11/2017 Pasal 166)',
    codes: [
      'POSITION_NAME_REQUIRED',
      'JOB_DESCRIPTION_REQUIRED',
      'POSITION_CODE_MISSING',
      'RANK_REQUIRED',
      'TECHNICAL_COMPETENCY_REQUIRED',
      'MANAGERIAL_COMPETENCY_REQUIRED',
      'SOCIO_CULTURAL_COMPETENCY_REQUIRED',
      'PERFORMANCE_INDICATOR_REQUIRED',
    ],
    check: checkMinimumContent,
  },
  {
    id: 'requiredLevels',
    title: 'Level kompetensi 1 sampai 5',
    codes: ['REQUIRED_LEVEL_INVALID'],
    check: checkRequiredLevels,
  },
  {
    id: 'duplicates',
    title: 'Tidak ada kompetensi ganda',
    codes: ['DUPLICATE_COMPETENCY'],
    check: checkDuplicates,
  },
  {
    id: 'technicalCount',
    title: 'Jumlah kompetensi teknis',
    codes: ['TECHNICAL_COUNT_TOO_LOW', 'TECHNICAL_COUNT_TOO_HIGH', 'MANDATORY_TECHNICAL_EXCEEDS_MAX'],
    check: checkTechnicalCount,
  },
  {
    id: 'mandatoryTechnical',
    title: 'Kompetensi teknis wajib pemerintah daerah',
    codes: ['MANDATORY_TECHNICAL_MISSING'],
    check: checkMandatoryTechnical,
  },
  managerialRule,
  socioCulturalRule,
  technicalLevelsRule,
  {
    id: 'rank',
    title: 'Pangkat sesuai jenjang',
    codes: ['RANK_UNKNOWN_GRADE', 'RANK_OUT_OF_RANGE'],
    check: checkRank,
  },
  requirementRule,
  dictionaryTextRule,
  {
    id: 'pendingCompetencies',
    title: 'Kompetensi teknis usulan sudah ditetapkan',
    codes: ['COMPETENCY_AWAITING_RATIFICATION'],
    check: checkPendingCompetencies,
  },
  dictionarySourceRule,
];

export { isValidRequiredLevel };

/** All findings of a standard under a policy, errors and warnings, in rule order. */
export function checkStandard(
  standard: JobStandard,
  policy: StandardPolicy,
  context: StandardContext,
): Finding[] {
  const rowsByKind: Record<CompetencyKind, number[]> = { managerial: [], socioCultural: [], technical: [] };
  standard.competencies.forEach((row, i) => {
    rowsByKind[row.kind]?.push(i);
  });
  const input: RuleInput = {
    standard,
    policy,
    context,
    jobLevel: jobLevelsByCode.get(standard.identity.jobLevel),
    rowsByKind,
  };
  const findings: Finding[] = [];
  const report: Report = (severity, code, path, message, proposal) =>
    findings.push(proposal ? { code, severity, path, message, proposal } : { code, severity, path, message });
  for (const rule of standardRules) rule.check(input, report);
  return findings;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
