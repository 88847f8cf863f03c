/**
 * The composer's findings on every change: the same pure `checkStandard` the server runs, over
 * the unsaved rows and requirements, with the policy and context the server sent. The server stays
 * the authority (it checks again on submit); this only spares the drafter a save to see a finding.
 */
import type { CompetencyRow, JobStandard } from '../../../../domain/job-standard';
import type { StandardPolicy } from '../../../../domain/job-standard-policy';
import {
  checkStandard,
  type PendingCompetency,
  type StandardContext,
} from '../../../../domain/job-standard-rules';
import type { Finding, Requirements, StandardDetail } from '../api';
import { type ComposerRow, isPending } from './composer-row';
import { cleanRequirements } from './requirements-form';

export interface ComposerState {
  rows: ComposerRow[];
  requirements: Requirements;
  summary: string | undefined;
}

/** A row as the server would store it: unedited text counts as the dictionary's. */
function asStoredRow(row: ComposerRow): CompetencyRow {
  const { savedLevel: _saved, textEdited, ...rest } = row;
  if (textEdited || isPending(row)) return rest as CompetencyRow;
  return {
    ...rest,
    source: {
      dictionaryVersionId: row.source?.dictionaryVersionId ?? '',
      levelDescription: row.levelDescription,
      behaviourIndicators: [...row.behaviourIndicators],
    },
  } as CompetencyRow;
}

export function liveFindings(
  detail: StandardDetail,
  state: ComposerState,
  proposed: readonly PendingCompetency[],
): Finding[] {
  const check = detail.check;
  const standard: JobStandard = {
    identity: {
      ...detail.content.identity,
      ...(state.summary !== undefined ? { summary: state.summary } : {}),
    },
    competencies: state.rows.map(asStoredRow),
    requirements: cleanRequirements(state.requirements),
  };
  const context: StandardContext = {
    ...check.context,
    dictionarySources: new Map(Object.entries(check.context.dictionarySources ?? {})),
    pendingCompetencies: [...(check.context.pendingCompetencies ?? []), ...proposed],
  };
  return checkStandard(standard, check.policy as StandardPolicy, context);
}
