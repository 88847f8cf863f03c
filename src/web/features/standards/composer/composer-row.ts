import type { SearchResult } from '../../dictionaries/api';
import type { CompetencyInput, StandardCompetency } from '../api';

/** A competency row as the composer edits it, before it is saved. */
export interface ComposerRow extends StandardCompetency {
  /** The level the row was saved at: `source` holds the dictionary text of that level. */
  savedLevel: number | null;
  /** The drafter changed the texts: they are saved as typed instead of copied from the dictionary. */
  textEdited: boolean;
}

export interface LevelText {
  levelDescription: string;
  behaviourIndicators: string[];
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Whether the texts differ from `text` (spacing ignored, as the server's rule does). */
export function differsFrom(row: LevelText, text: LevelText): boolean {
  const a = row.behaviourIndicators;
  const b = text.behaviourIndicators;
  return (
    !sameText(row.levelDescription, text.levelDescription) ||
    a.length !== b.length ||
    a.some((indicator, i) => !sameText(indicator, b[i]!))
  );
}

export function composerRow(row: StandardCompetency): ComposerRow {
  return {
    ...row,
    savedLevel: row.requiredLevel,
    // A row without source was typed by hand: keep sending its texts.
    textEdited: row.source ? differsFrom(row, row.source) : row.levelDescription !== '',
  };
}

/** A technical competency picked from the search, texts filled in by the server on save. */
export function pickedRow(result: SearchResult, level: number): ComposerRow {
  return {
    competencyId: result.id,
    code: result.code,
    name: result.name,
    kind: 'technical',
    requiredLevel: level,
    levelDescription: '',
    behaviourIndicators: [],
    importance: 'essential',
    source: null,
    savedLevel: null,
    textEdited: false,
  };
}

/** Another level: the dictionary text of that level replaces any edit once saved. */
export function withLevel(row: ComposerRow, level: number): ComposerRow {
  if (level === row.savedLevel && row.source) {
    return { ...row, requiredLevel: level, ...dictionaryCopy(row.source), textEdited: false };
  }
  return { ...row, requiredLevel: level, levelDescription: '', behaviourIndicators: [], textEdited: false };
}

export function dictionaryCopy(text: LevelText): LevelText {
  return { levelDescription: text.levelDescription, behaviourIndicators: [...text.behaviourIndicators] };
}

/** Texts waiting for the server to copy them from the dictionary (a new row or level). */
export function isPending(row: ComposerRow): boolean {
  return !row.textEdited && row.levelDescription === '' && row.behaviourIndicators.length === 0;
}

/** The body of one row in `PUT /api/job-standards/:id`: texts only when edited. */
export function toCompetencyInput(row: ComposerRow): CompetencyInput {
  const input: CompetencyInput = {
    competencyId: row.competencyId,
    requiredLevel: row.requiredLevel,
    importance: row.importance,
  };
  if (!row.textEdited) return input;
  return {
    ...input,
    levelDescription: row.levelDescription.trim(),
    behaviourIndicators: row.behaviourIndicators.map((i) => i.trim()).filter((i) => i !== ''),
  };
}

/** One indicator per line; blank lines dropped. */
export function parseIndicators(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
