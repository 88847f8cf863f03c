/**
 * The entry editor's form state: always five levels, each with at least one indicator row, and
 * a stable key per indicator row so removing one in the middle keeps the others' focus and text.
 */
import { ApiError } from '../../../shared/api/request';
import type { CompetencyGroup, Entry, EntryInput } from '../api';

export const levelNumbers = [1, 2, 3, 4, 5] as const;

export interface IndicatorDraft {
  key: number;
  text: string;
}

export interface LevelDraft {
  level: number;
  description: string;
  indicators: IndicatorDraft[];
}

export interface EntryDraft {
  code: string;
  name: string;
  definition: string;
  governmentAffair: string;
  subAffair: string;
  group: CompetencyGroup;
  levels: LevelDraft[];
}

let lastKey = 0;
export function newIndicator(text = ''): IndicatorDraft {
  lastKey += 1;
  return { key: lastKey, text };
}

export function draftFromEntry(entry: Entry | null): EntryDraft {
  return {
    code: entry?.code ?? '',
    name: entry?.name ?? '',
    definition: entry?.definition ?? '',
    governmentAffair: entry?.governmentAffair ?? '',
    subAffair: entry?.subAffair ?? '',
    group: entry?.group ?? 'generic',
    levels: levelNumbers.map((level) => {
      const stored = entry?.levels.find((item) => item.level === level);
      const indicators = stored?.behaviourIndicators ?? [];
      return {
        level,
        description: stored?.description ?? '',
        indicators: indicators.length > 0 ? indicators.map((text) => newIndicator(text)) : [newIndicator()],
      };
    }),
  };
}

/** The request body; the server trims texts and drops empty indicators. */
export function draftToInput(draft: EntryDraft): EntryInput {
  return {
    code: draft.code,
    name: draft.name,
    definition: draft.definition,
    governmentAffair: draft.governmentAffair,
    subAffair: draft.subAffair.trim() ? draft.subAffair : null,
    group: draft.group,
    levels: draft.levels.map((level) => ({
      level: level.level,
      description: level.description,
      behaviourIndicators: level.indicators.map((indicator) => indicator.text),
    })),
  };
}

/**
 * Server issues keyed by the control they belong to: `code`, `name`, …, `levels`, and
 * `levels.N.description` / `levels.N.behaviourIndicators` with N the level number. Domain checks
 * (422) already use level numbers; request-shape checks (400 VALIDATION_FAILED, INVALID_TEXT) use the array
 * index, which for our always-ordered five levels is the level number minus one.
 */
export function issuesByControl(error: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (!(error instanceof ApiError)) return map;
  const indexBased = error.code === 'VALIDATION_FAILED' || error.code === 'INVALID_TEXT';
  for (const issue of error.issues) {
    const parts = issue.path.split('.');
    let key = parts[0] ?? '';
    const position = Number(parts[1]);
    if (key === 'levels' && parts.length > 1 && Number.isInteger(position)) {
      const level = indexBased ? position + 1 : position;
      key = parts[2] && parts[2] !== 'level' ? `levels.${level}.${parts[2]}` : `levels.${level}`;
    }
    map.set(key, [...(map.get(key) ?? []), issue.message]);
  }
  return map;
}
