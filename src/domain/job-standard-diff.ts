/**
 * What changed between two versions of a job standard (e.g. a revision of a ratified standard,
 * or what a verifier changed): identity fields, competency rows, requirements. Pure.
 */
import type {
  CompetencyRow,
  Importance,
  JobStandard,
  PerformanceIndicator,
  RequirementItem,
} from './job-standard';
import { competencyNameKey } from './job-standard';

export type DiffValue =
  | string
  | number
  | null
  | readonly string[]
  | readonly RequirementItem[]
  | readonly PerformanceIndicator[];

export interface ValueChange {
  /** Dotted path, e.g. `identity.summary` or `requirements.rank.minGrade`. */
  path: string;
  before: DiffValue;
  after: DiffValue;
}

export interface Change<T> {
  before: T;
  after: T;
}

export interface CompetencyRowChange {
  competencyId: string;
  kind: CompetencyRow['kind'];
  /** Name after the change. */
  name: string;
  code?: Change<string>;
  renamed?: Change<string>;
  requiredLevel?: Change<number>;
  levelDescription?: Change<string>;
  indicatorsAdded: string[];
  indicatorsRemoved: string[];
  /** Same indicators, another order. */
  indicatorsReordered: boolean;
  importance?: Change<Importance | null>;
  /** The row now comes from another dictionary version. */
  dictionaryVersion?: Change<string | null>;
}

export interface JobStandardDiff {
  identity: ValueChange[];
  competencies: {
    added: CompetencyRow[];
    removed: CompetencyRow[];
    changed: CompetencyRowChange[];
  };
  requirements: ValueChange[];
}

const same = (a: DiffValue, b: DiffValue) => a === b || JSON.stringify(a) === JSON.stringify(b);

function compareValues(pairs: [string, DiffValue, DiffValue][]): ValueChange[] {
  return pairs.filter(([, a, b]) => !same(a, b)).map(([path, before, after]) => ({ path, before, after }));
}

function identityChanges(before: JobStandard, after: JobStandard): ValueChange[] {
  const a = before.identity;
  const b = after.identity;
  return compareValues([
    ['identity.positionName', a.positionName, b.positionName],
    ['identity.positionCode', a.positionCode, b.positionCode],
    ['identity.positionGroup', a.positionGroup, b.positionGroup],
    ['identity.jobLevel', a.jobLevel, b.jobLevel],
    ['identity.governmentAffair', a.governmentAffair, b.governmentAffair],
    ['identity.orgUnitName', a.orgUnitName, b.orgUnitName],
    ['identity.summary', a.summary, b.summary],
    ['identity.jobDescription', a.jobDescription, b.jobDescription],
  ]);
}

function requirementChanges(before: JobStandard, after: JobStandard): ValueChange[] {
  const a = before.requirements;
  const b = after.requirements;
  return compareValues([
    ['requirements.education.levels', a.education.levels, b.education.levels],
    ['requirements.education.fieldsOfStudy', a.education.fieldsOfStudy, b.education.fieldsOfStudy],
    ['requirements.education.importance', a.education.importance, b.education.importance],
    ['requirements.training.managerial', a.training.managerial, b.training.managerial],
    ['requirements.training.technical', a.training.technical, b.training.technical],
    ['requirements.training.functional', a.training.functional, b.training.functional],
    ['requirements.experience.description', a.experience.description, b.experience.description],
    ['requirements.experience.years', a.experience.years, b.experience.years],
    ['requirements.experience.importance', a.experience.importance, b.experience.importance],
    ['requirements.rank.minGrade', a.rank.minGrade, b.rank.minGrade],
    ['requirements.rank.importance', a.rank.importance, b.rank.importance],
    ['requirements.performanceIndicators', a.performanceIndicators, b.performanceIndicators],
  ]);
}

function change<T>(before: T, after: T): Change<T> | undefined {
  return before === after ? undefined : { before, after };
}

function rowChange(a: CompetencyRow, b: CompetencyRow): CompetencyRowChange | null {
  const oldIndicators = new Set(a.behaviourIndicators);
  const newIndicators = new Set(b.behaviourIndicators);
  const result: CompetencyRowChange = {
    competencyId: b.competencyId,
    kind: b.kind,
    name: b.name,
    indicatorsAdded: b.behaviourIndicators.filter((i) => !oldIndicators.has(i)),
    indicatorsRemoved: a.behaviourIndicators.filter((i) => !newIndicators.has(i)),
    indicatorsReordered: false,
  };
  result.indicatorsReordered =
    result.indicatorsAdded.length === 0 &&
    result.indicatorsRemoved.length === 0 &&
    a.behaviourIndicators.join('\n') !== b.behaviourIndicators.join('\n');
  const fields = {
    code: change(a.code, b.code),
    renamed: change(a.name, b.name),
    requiredLevel: change(a.requiredLevel, b.requiredLevel),
    levelDescription: change(a.levelDescription, b.levelDescription),
    importance: change(a.importance, b.importance),
    dictionaryVersion: change(a.source?.dictionaryVersionId ?? null, b.source?.dictionaryVersionId ?? null),
  };
  let changed = result.indicatorsAdded.length > 0 || result.indicatorsRemoved.length > 0;
  changed ||= result.indicatorsReordered;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    Object.assign(result, { [key]: value });
    changed = true;
  }
  return changed ? result : null;
}

/**
 * Rows are matched by competencyId, then the rest by kind and name (a row re-picked from a newer
 * dictionary version gets a new id but is the same competency). Row order is not compared.
 */
function competencyChanges(before: CompetencyRow[], after: CompetencyRow[]): JobStandardDiff['competencies'] {
  const pairs: [CompetencyRow, CompetencyRow][] = [];
  const afterById = new Map<string, number>();
  after.forEach((row, i) => {
    if (!afterById.has(row.competencyId)) afterById.set(row.competencyId, i);
  });
  const matchedAfter = new Array<boolean>(after.length).fill(false);
  const unmatchedBefore: CompetencyRow[] = [];
  for (const row of before) {
    const i = afterById.get(row.competencyId);
    if (i !== undefined && !matchedAfter[i]) {
      matchedAfter[i] = true;
      pairs.push([row, after[i]!]);
    } else unmatchedBefore.push(row);
  }
  const nameKey = (row: CompetencyRow) => `${row.kind}:${competencyNameKey(row.name)}`;
  const afterByName = new Map<string, number>();
  after.forEach((row, i) => {
    if (!matchedAfter[i] && !afterByName.has(nameKey(row))) afterByName.set(nameKey(row), i);
  });
  const removed: CompetencyRow[] = [];
  for (const row of unmatchedBefore) {
    const i = afterByName.get(nameKey(row));
    if (i !== undefined && !matchedAfter[i]) {
      matchedAfter[i] = true;
      pairs.push([row, after[i]!]);
    } else removed.push(row);
  }
  const changed: CompetencyRowChange[] = [];
  for (const [a, b] of pairs) {
    const rowDiff = rowChange(a, b);
    if (rowDiff) changed.push(rowDiff);
  }
  return { added: after.filter((_, i) => !matchedAfter[i]), removed, changed };
}

export function diffStandards(before: JobStandard, after: JobStandard): JobStandardDiff {
  return {
    identity: identityChanges(before, after),
    competencies: competencyChanges(before.competencies, after.competencies),
    requirements: requirementChanges(before, after),
  };
}

export function isEmptyDiff(diff: JobStandardDiff): boolean {
  const { added, removed, changed } = diff.competencies;
  return (
    diff.identity.length === 0 &&
    diff.requirements.length === 0 &&
    added.length === 0 &&
    removed.length === 0 &&
    changed.length === 0
  );
}
