/**
 * Typed access to the official reference data (see reference/README.md for sources). Pure data:
 * the database seed and the domain rules both read it from here.
 */
import evaluation from './reference/evaluasi-jabatan.json';
import jpm from './reference/jpm.json';
import managerialDictionary from './reference/kamus-manajerial.json';
import socioCulturalDictionary from './reference/kamus-sosial-kultural.json';
import levelStandard from './reference/level-standar.json';
import ranksAndEducation from './reference/pangkat-golongan.json';
import talent from './reference/talent.json';
import affairs from './reference/urusan-pemerintahan.json';

export type CompetencyKind = 'managerial' | 'socioCultural' | 'technical';
export type PositionGroup = 'leadership' | 'administrative' | 'functional';
export const positionGroups: readonly PositionGroup[] = ['leadership', 'administrative', 'functional'];
export type ProficiencyLevel = 1 | 2 | 3 | 4 | 5;

export interface CompetencyLevelText {
  level: number;
  description: string;
  behaviourIndicators: string[];
}

export interface OfficialCompetency {
  code: string;
  name: string;
  definition: string;
  levels: CompetencyLevelText[];
}

export interface JobLevel {
  code: string;
  group: PositionGroup;
  name: string;
  /** null: not found in a trustworthy source ("belum tersedia"). */
  managerialLevel: number | null;
  socioCulturalLevel: number | null;
  verified: boolean;
}

export interface ProficiencyLevelName {
  level: number;
  name: string;
  nameId: string;
}

export interface Rank {
  grade: string;
  code: string;
  rank: string;
}

export const managerialCompetencies: readonly OfficialCompetency[] = managerialDictionary.competencies;
export const socioCulturalCompetencies: readonly OfficialCompetency[] = socioCulturalDictionary.competencies;
export const proficiencyLevels: readonly ProficiencyLevelName[] = levelStandard.proficiencyLevels;
export const jobLevels: readonly JobLevel[] = levelStandard.jobLevels as JobLevel[];
export const ranks: readonly Rank[] = ranksAndEducation.ranks;
export const educationLevels: readonly string[] = ranksAndEducation.educationLevels;
export const governmentAffairs: readonly string[] = affairs.governmentAffairs;
export const supportingFunctions: readonly string[] = affairs.supportingFunctions;
export const levelStandardData = levelStandard;
export const jobEvaluationData = evaluation;
export const jobPersonMatchData = jpm;
export const talentData = talent;

export function findJobLevel(code: string): JobLevel | undefined {
  return jobLevels.find((level) => level.code === code);
}
