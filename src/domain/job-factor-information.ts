/**
 * Job-factor information (informasi faktor jabatan, seed 004): for each evaluation factor, the
 * parts of the job description an evaluator reads before choosing the factor's level. Seed 004
 * builds it from the job analysis: name, role, task details and responsibilities, outputs, then
 * the factor levels. Which components inform which factor follows the factor definitions of
 * PermenPAN-RB 34/2011 (e.g. "Pedoman" reads the work guidelines, "Lingkungan pekerjaan" the
 * working conditions and hazards). Pure.
 */
import {
  type ComponentKey,
  type JobDescription,
  type WorkingConditionAspect,
  workingConditionAspects,
  workingConditionNames,
} from './job-description';
import { type EvaluationKind, evaluationFactors } from './job-evaluation';
import { timeUnitNames } from './workload';

export interface FactorSource {
  component: ComponentKey;
  lines: string[];
}

const factorComponents: Readonly<Record<EvaluationKind, Readonly<Record<string, readonly ComponentKey[]>>>> =
  {
    structural: {
      '1': ['summary', 'tasks'],
      '2': ['subordinatePositions', 'authorities'],
      '3': ['authorities', 'responsibilities', 'subordinatePositions'],
      '4A': ['workingRelations'],
      '4B': ['workingRelations'],
      '5': ['subordinatePositions', 'tasks'],
      '6': ['responsibilities', 'workingConditions', 'hazards'],
    },
    functional: {
      '1': [
        'requirements.knowledge',
        'requirements.education',
        'requirements.training',
        'requirements.technicalSkills',
      ],
      '2': ['responsibilities', 'authorities'],
      '3': ['guidelines'],
      '4': ['tasks'],
      '5': ['summary', 'tasks'],
      '6': ['workingRelations'],
      '7': ['workingRelations'],
      '8': ['physicalEffort', 'requirements.physicalCondition'],
      '9': ['workingConditions', 'hazards'],
    },
  };

/** Contact purpose factors read the subject of each relation; the others read who it is with. */
const purposeFactors = new Set(['structural:4B', 'functional:7']);

function linesOf(description: JobDescription, component: ComponentKey, purpose: boolean): string[] {
  const r = description.requirements;
  switch (component) {
    case 'summary':
      return description.summary ? [description.summary] : [];
    case 'tasks':
      return description.tasks.map(
        (t) =>
          `${t.task} → ${t.output} (${t.volume} per tahun, ${t.time} ${timeUnitNames[t.unit] ?? t.unit})`,
      );
    case 'workingRelations':
      return description.workingRelations.map((w) =>
        purpose
          ? `${w.position}: ${w.subject}`
          : `${w.position}${w.unit ? ` (${w.unit})` : ''}: ${w.subject}`,
      );
    case 'workingConditions':
      return workingConditionAspects
        .filter((a: WorkingConditionAspect) => description.workingConditions[a])
        .map((a) => `${workingConditionNames[a]}: ${description.workingConditions[a]}`);
    case 'hazards':
      return description.hazards.map((h) => (h.cause ? `${h.hazard} (${h.cause})` : h.hazard));
    case 'workMaterials':
    case 'tools':
      return description[component].map((m) => (m.use ? `${m.name}: ${m.use}` : m.name));
    case 'positionCode':
      return description.positionCode ? [description.positionCode] : [];
    case 'subordinatePositions':
    case 'guidelines':
    case 'responsibilities':
    case 'authorities':
    case 'physicalEffort':
      return description[component];
    default: {
      const value = r[component.slice('requirements.'.length) as keyof typeof r];
      if (Array.isArray(value)) return value;
      return value ? [value] : [];
    }
  }
}

export interface FactorInformation {
  factor: string;
  sources: FactorSource[];
}

/**
 * For each factor of the kind, in the order of the factor table: the job description's texts
 * that inform it (components left empty are omitted).
 */
export function jobFactorInformation(kind: EvaluationKind, description: JobDescription): FactorInformation[] {
  return evaluationFactors[kind].map(({ factor }) => {
    const purpose = purposeFactors.has(`${kind}:${factor}`);
    const sources = (factorComponents[kind][factor] ?? [])
      .map((component) => ({ component, lines: linesOf(description, component, purpose) }))
      .filter((source) => source.lines.length > 0);
    return { factor, sources };
  });
}

/** The components read for each factor, whether filled or not (the evaluator sees what is missing). */
export function factorComponentsOf(kind: EvaluationKind): Readonly<Record<string, readonly ComponentKey[]>> {
  return factorComponents[kind];
}
