/**
 * The policy editor's working copy and the override it saves. The editor shows the effective
 * policy; only what the admin changed (plus the override already saved, minus the job levels reset
 * to the base) is sent, so everything else keeps following the chosen base policy.
 */
import type { ValidationIssue } from '../../shared/api/request';
import type {
  CompetencyWeights,
  LevelDistributionRule,
  MandatoryTechnical,
  StandardPolicyOverride,
  StandardPolicySetting,
} from './api';

export interface PolicyDraft {
  baseName: string;
  levelDistributionRules: Record<string, LevelDistributionRule>;
  competencyWeights: Record<string, CompetencyWeights>;
  /** NaN while a number field is empty; the server then names the field. */
  technicalCount: { min: number; max: number };
  mandatoryTechnical: MandatoryTechnical[];
  /** Job levels whose saved override is dropped on save: they follow the base again. */
  reset: string[];
  /** Drop the whole saved override: every value follows the base again. */
  resetAll: boolean;
}

export function draftFromSetting(setting: StandardPolicySetting): PolicyDraft {
  const { effective } = setting;
  return {
    baseName: setting.baseName,
    levelDistributionRules: structuredClone(effective.levelDistributionRules),
    competencyWeights: structuredClone(effective.competencyWeights),
    technicalCount: { ...effective.technicalCount },
    mandatoryTechnical: structuredClone(effective.mandatoryTechnical),
    reset: [],
    resetAll: false,
  };
}

/** Whether the saved override touches a job level's pattern or weights. */
export function isOverridden(setting: StandardPolicySetting, jobLevel: string): boolean {
  const { override } = setting;
  return Boolean(override.levelDistributionRules?.[jobLevel] || override.competencyWeights?.[jobLevel]);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const normalizeRule = (rule: LevelDistributionRule): LevelDistributionRule => ({
  allowed: [...rule.allowed].sort((a, b) => b - a),
  dominant: rule.dominant,
});

function changed<T>(
  current: Record<string, T>,
  effective: Record<string, T>,
  saved: Record<string, Partial<T>> | undefined,
  reset: readonly string[],
  normalize: (value: T) => T = (value) => value,
): Record<string, Partial<T>> | undefined {
  const result: Record<string, Partial<T>> = { ...saved };
  for (const code of reset) delete result[code];
  for (const [code, value] of Object.entries(current)) {
    if (reset.includes(code)) continue;
    const effectiveValue = effective[code];
    if (effectiveValue === undefined || !same(normalize(value), normalize(effectiveValue))) {
      result[code] = normalize(value);
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

export function buildOverride(setting: StandardPolicySetting, draft: PolicyDraft): StandardPolicyOverride {
  if (draft.resetAll) return {};
  const { effective, override: saved } = setting;
  const override: StandardPolicyOverride = structuredClone(saved);
  const levelDistributionRules = changed(
    draft.levelDistributionRules,
    effective.levelDistributionRules,
    saved.levelDistributionRules,
    draft.reset,
    normalizeRule,
  );
  const competencyWeights = changed(
    draft.competencyWeights,
    effective.competencyWeights,
    saved.competencyWeights,
    draft.reset,
  );
  if (levelDistributionRules) override.levelDistributionRules = levelDistributionRules;
  else delete override.levelDistributionRules;
  if (competencyWeights) override.competencyWeights = competencyWeights;
  else delete override.competencyWeights;
  if (!same(draft.technicalCount, effective.technicalCount)) override.technicalCount = draft.technicalCount;
  if (!same(draft.mandatoryTechnical, effective.mandatoryTechnical)) {
    override.mandatoryTechnical = draft.mandatoryTechnical.map((item) => ({
      ...item,
      name: item.name.trim(),
    }));
  }
  return override;
}

/** Where a server issue points: its section and, for per-job-level sections, the job level. */
export interface IssueTarget {
  section: string;
  jobLevel: string | null;
  /** The rest of the path, e.g. "allowed" or "0.name". */
  field: string;
}

const perJobLevel = new Set([
  'levelDistributionRules',
  'competencyWeights',
  'managerialLevels',
  'rankRanges',
]);

/** Issue paths come from the domain ("levelDistributionRules.pengawas.allowed") or from the request schema ("override.…"). */
export function issueTarget(issue: ValidationIssue): IssueTarget {
  const parts = issue.path.split('.').filter(Boolean);
  if (parts[0] === 'override') parts.shift();
  const section = parts.shift() ?? '';
  const jobLevel = perJobLevel.has(section) ? (parts.shift() ?? null) : null;
  return { section, jobLevel, field: parts.join('.') };
}

/** The messages of the issues that belong to one job level's row. */
export function rowMessages(issues: readonly ValidationIssue[], jobLevel: string): string[] {
  return issues.filter((issue) => issueTarget(issue).jobLevel === jobLevel).map((issue) => issue.message);
}
