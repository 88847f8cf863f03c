/**
 * Job competency standard (SKJ, Standar Kompetensi Jabatan, PermenPAN-RB 38/2017): identity,
 * competencies with their required levels, requirements. Pure types and small helpers; the rules
 * are in `job-standard-rules.ts`, the workflow in `job-standard-workflow.ts`.
 */
import type { CompetencyKind, PositionGroup } from './reference';

/** ITJ (Important To Job): Mutlak / Penting / Perlu. */
export const importances = ['essential', 'veryImportant', 'important'] as const;
export type Importance = (typeof importances)[number];

export const importanceNames: Readonly<Record<Importance, string>> = Object.freeze({
  essential: 'Mutlak',
  veryImportant: 'Penting',
  important: 'Perlu',
});

export const competencyKinds: readonly CompetencyKind[] = ['managerial', 'socioCultural', 'technical'];

export const competencyKindNames: Readonly<Record<CompetencyKind, string>> = Object.freeze({
  managerial: 'manajerial',
  socioCultural: 'sosial kultural',
  technical: 'teknis',
});

export interface JobStandardIdentity {
  positionName: string;
  /** Given by KemenPAN-RB at national ratification; null before. */
  positionCode: string | null;
  positionGroup: PositionGroup;
  /** Code of a job level of `reference.jobLevels`, e.g. `administrator`. */
  jobLevel: string;
  governmentAffair: string | null;
  orgUnitName: string | null;
  /** Ikhtisar jabatan. */
  summary: string | null;
  /** Uraian tugas, one task per item. */
  jobDescription: string[];
}

/** The dictionary text a row was composed from, kept to detect later edits. */
export interface CompetencySource {
  dictionaryVersionId: string;
  levelDescription: string;
  behaviourIndicators: string[];
}

export interface CompetencyRow {
  competencyId: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  requiredLevel: number;
  levelDescription: string;
  behaviourIndicators: string[];
  /** Technical rows carry one; managerial and socio-cultural rows usually do not. */
  importance: Importance | null;
  /** null: typed by hand, not copied from a dictionary. */
  source: CompetencySource | null;
}

export interface RequirementItem {
  name: string;
  importance: Importance;
}

export interface PerformanceIndicator {
  text: string;
  importance: Importance;
}

export interface Requirements {
  education: {
    /** Equivalent levels of `reference.educationLevels`, e.g. ['S-1', 'D-IV'] (seed 001: "S1/DIV"). */
    levels: string[];
    fieldsOfStudy: string[];
    importance: Importance;
  };
  training: {
    managerial: RequirementItem[];
    technical: RequirementItem[];
    functional: RequirementItem[];
  };
  experience: {
    description: string;
    years: number | null;
    importance: Importance;
  };
  rank: {
    /** Lowest fitting grade, e.g. 'IV/a' (Pembina); null when not filled in yet. */
    minGrade: string | null;
    importance: Importance;
  };
  performanceIndicators: PerformanceIndicator[];
}

export interface JobStandard {
  identity: JobStandardIdentity;
  competencies: CompetencyRow[];
  requirements: Requirements;
}

export const trainingKinds = ['managerial', 'technical', 'functional'] as const;
export type TrainingKind = (typeof trainingKinds)[number];

/** A dictionary competency as the composer picks it: enough to copy one level into a row. */
export interface DictionaryCompetency {
  id: string;
  code: string;
  name: string;
  levels: readonly { level: number; description: string; behaviourIndicators: readonly string[] }[];
}

/**
 * A row copied from a dictionary at `requiredLevel`, with the copied text kept as its source.
 * Returns null when the dictionary has no such level.
 */
export function competencyRowFromDictionary(
  competency: DictionaryCompetency,
  options: {
    kind: CompetencyKind;
    requiredLevel: number;
    dictionaryVersionId: string;
    importance?: Importance | null;
  },
): CompetencyRow | null {
  const level = competency.levels.find((l) => l.level === options.requiredLevel);
  if (!level) return null;
  return {
    competencyId: competency.id,
    code: competency.code,
    name: competency.name,
    kind: options.kind,
    requiredLevel: options.requiredLevel,
    levelDescription: level.description,
    behaviourIndicators: [...level.behaviourIndicators],
    importance: options.importance ?? null,
    source: {
      dictionaryVersionId: options.dictionaryVersionId,
      levelDescription: level.description,
      behaviourIndicators: [...level.behaviourIndicators],
    },
  };
}

/** A blank standard for a new draft. */
export function emptyJobStandard(
  identity: Pick<JobStandardIdentity, 'positionGroup' | 'jobLevel'>,
): JobStandard {
  return {
    identity: {
      positionName: '',
      positionCode: null,
      positionGroup: identity.positionGroup,
      jobLevel: identity.jobLevel,
      governmentAffair: null,
      orgUnitName: null,
      summary: null,
      jobDescription: [],
    },
    competencies: [],
    requirements: {
      education: { levels: [], fieldsOfStudy: [], importance: 'essential' },
      training: { managerial: [], technical: [], functional: [] },
      experience: { description: '', years: null, importance: 'important' },
      rank: { minGrade: null, importance: 'essential' },
      performanceIndicators: [],
    },
  };
}

const nameKeys = new Map<string, string>();

/** Case- and spacing-insensitive key of a competency name: "Kerjasama" = "Kerja Sama". Memoized. */
export function competencyNameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (nameKeys.size >= 10_000) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const sameText = (a: string, b: string) =>
  a === b || a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Which texts of a row differ from the dictionary text it was copied from (spacing ignored). */
export function dictionaryTextEdits(row: CompetencyRow): { description: boolean; indicators: boolean } {
  const source = row.source;
  if (!source) return { description: false, indicators: false };
  const a = row.behaviourIndicators;
  const b = source.behaviourIndicators;
  return {
    description: !sameText(row.levelDescription, source.levelDescription),
    indicators: a.length !== b.length || a.some((text, k) => !sameText(text, b[k]!)),
  };
}
