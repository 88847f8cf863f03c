import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { competencyNameKey } from '../../../../domain/job-standard';
import type { PendingCompetency } from '../../../../domain/job-standard-rules';
import { Alert, Card, ErrorAlert, useConfirm } from '../../../ui';
import type { SearchResult } from '../../dictionaries/api';
import { JobDescriptionHints } from '../../job-descriptions/editor/standard-hints';
import {
  getStandard,
  type ProposalResult,
  type StandardDetail,
  saveStandard,
  transitionStandard,
} from '../api';
import { SimilarStandards } from '../catalog/similar-standards';
import type { SimilarStandard } from '../catalog-api';
import { FindingsPanel } from '../standard/findings-panel';
import { ComposerBar } from './composer-bar';
import { type ComposerRow, composerRow, pickedRow, toCompetencyInput, withLevel } from './composer-row';
import { liveFindings } from './live-check';
import { ProposalDialog } from './proposal-dialog';
import { cleanRequirements, RequirementsForm } from './requirements-form';
import { StandardCompetencyTable } from './standard-competency-table';
import { TechnicalPicker } from './technical-picker';

/** What a save would send, as one string: the editor is dirty when it differs from the loaded one. */
function snapshot(
  rows: ComposerRow[],
  requirements: StandardDetail['content']['requirements'],
  summary?: string,
) {
  return JSON.stringify([rows.map(toCompetencyInput), cleanRequirements(requirements), summary ?? null]);
}

/**
 * The composer as a workbench: findings of the rules on every change (the same pure checks as the
 * server's), competencies and requirements, "SKJ serupa", and a sticky bar with Simpan / Ajukan
 * that guards unsaved changes. Read-only unless the draft is editable.
 */
export function StandardEditor({ detail, onSaved }: { detail: StandardDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const canEdit = detail.permissions.canEdit;
  const [rows, setRows] = useState<ComposerRow[]>(() => detail.content.competencies.map(composerRow));
  const [requirements, setRequirements] = useState(detail.content.requirements);
  const [copiedFrom, setCopiedFrom] = useState<SimilarStandard | null>(null);
  // The summary offered from the job description; saved with the next save.
  const [summary, setSummary] = useState<string | undefined>(undefined);
  const [proposed, setProposed] = useState<PendingCompetency[]>([]);
  const [proposing, setProposing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const initial = useMemo(
    () => snapshot(detail.content.competencies.map(composerRow), detail.content.requirements),
    [detail],
  );
  const dirty = canEdit && snapshot(rows, requirements, summary) !== initial;
  const findings = useMemo(
    () => (canEdit ? liveFindings(detail, { rows, requirements, summary }, proposed) : detail.findings),
    [canEdit, detail, rows, requirements, summary, proposed],
  );
  const mandatoryKeys = useMemo(
    () =>
      new Set(
        detail.check.policy.mandatoryTechnical
          .filter((m) => m.appliesTo.includes(detail.check.context.agencyKind))
          .map((m) => competencyNameKey(m.name)),
      ),
    [detail],
  );

  const leaveDialog = useUnsavedGuard(dirty && busy === null);

  const update = (competencyId: string, change: (row: ComposerRow) => ComposerRow) =>
    setRows((current) => current.map((row) => (row.competencyId === competencyId ? change(row) : row)));
  const remove = (competencyId: string) =>
    setRows((current) => current.filter((row) => row.competencyId !== competencyId));
  const add = (result: SearchResult) =>
    setRows((current) =>
      current.some((row) => row.competencyId === result.id) ? current : [...current, pickedRow(result, 3)],
    );

  function addProposal(result: ProposalResult) {
    const { competency, dictionary } = result;
    const text = {
      levelDescription: competency.levelDescription,
      behaviourIndicators: competency.behaviourIndicators,
    };
    setRows((current) => [
      ...current,
      {
        competencyId: competency.id,
        code: competency.code,
        name: competency.name,
        kind: 'technical',
        requiredLevel: competency.requiredLevel,
        ...text,
        importance: 'essential',
        source: { dictionaryVersionId: dictionary.versionId, ...text },
        savedLevel: competency.requiredLevel,
        textEdited: false,
      },
    ]);
    setProposed((current) => [...current, { competencyId: competency.id, dictionaryName: dictionary.name }]);
    setNotice(t('standards.proposal.added', { name: competency.name, dictionary: dictionary.name }));
    setProposing(null);
  }

  /** Technical rows and requirements of a similar standard replace ours; the job level's rows stay. */
  async function copyFrom(item: SimilarStandard) {
    const source = await getStandard(item.id);
    const technical = source.content.competencies.filter((row) => row.kind === 'technical').map(composerRow);
    setRows((current) => [...current.filter((row) => row.kind !== 'technical'), ...technical]);
    setRequirements(source.content.requirements);
    setCopiedFrom(item);
  }

  async function persist() {
    await saveStandard(detail.standard.id, {
      revision: detail.standard.revision,
      competencies: rows.map(toCompetencyInput),
      requirements: cleanRequirements(requirements),
      ...(summary !== undefined ? { summary } : {}),
    });
  }

  async function run(kind: 'save' | 'submit') {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'save' || dirty) await persist();
      if (kind === 'submit') await transitionStandard(detail.standard.id, { action: 'submit' });
      onSaved();
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  }

  const errorCount = findings.filter((f) => f.severity === 'error').length;

  return (
    <>
      <FindingsPanel findings={findings} rows={rows} live={canEdit} />
      <Card title={t('standards.competencies.title')} titleId="competencies-title">
        {copiedFrom && (
          <Alert tone="info" role="status" data-testid="copied-from">
            {t('similar.copied', { position: copiedFrom.positionName, agency: copiedFrom.agency.name })}
          </Alert>
        )}
        {notice && (
          <Alert tone="info" role="status" data-testid="proposal-added">
            {notice}
          </Alert>
        )}
        <StandardCompetencyTable
          rows={rows}
          canEdit={canEdit}
          isMandatory={(row) => mandatoryKeys.has(competencyNameKey(row.name))}
          onLevel={(id, level) => update(id, (row) => withLevel(row, level))}
          onRemove={remove}
          onText={(changed) => update(changed.competencyId, () => changed)}
        />
        {canEdit && (
          <div className="jd-picker-with-hints">
            <TechnicalPicker
              excludeIds={new Set(rows.map((row) => row.competencyId))}
              onPick={add}
              onPropose={(query) => setProposing(query)}
            />
            <JobDescriptionHints
              positionId={detail.standard.positionId}
              currentSummary={summary ?? detail.content.identity.summary}
              canEdit={canEdit}
              pending={summary !== undefined}
              onUseSummary={setSummary}
            />
          </div>
        )}
      </Card>
      <Card title={t('standards.requirements.title')} titleId="requirements-title">
        <RequirementsForm value={requirements} canEdit={canEdit} onChange={setRequirements} />
      </Card>
      {canEdit && (
        <Card title={t('similar.composerTitle')} titleId="similar-card-title">
          <p className="muted small">{t('similar.composerIntro')}</p>
          <SimilarStandards
            positionId={detail.standard.positionId}
            adoptLabel={t('similar.copy')}
            onAdopt={copyFrom}
            showTitle={false}
          />
        </Card>
      )}
      {canEdit && (
        <ComposerBar
          dirty={dirty}
          busy={busy}
          errorCount={errorCount}
          canSubmit={detail.permissions.canSubmit}
          error={error}
          onSave={() => void run('save')}
          onSubmit={() => void run('submit')}
        />
      )}
      {!canEdit && <ErrorAlert error={error} />}
      {proposing !== null && (
        <ProposalDialog
          standardId={detail.standard.id}
          initialName={proposing}
          initialLevel={3}
          onClose={() => setProposing(null)}
          onProposed={addProposal}
        />
      )}
      {leaveDialog}
    </>
  );
}

/**
 * Asks before leaving with unsaved changes: another page of the app (a dialog of our own), and
 * closing or reloading the tab (the browser's own question).
 */
function useUnsavedGuard(active: boolean): ReactNode {
  const { t } = useTranslation();
  const { confirm, dialog } = useConfirm();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => active && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    void confirm(t('standards.bar.leave'), t('standards.bar.leaveConfirm')).then((leave) =>
      leave ? blocker.proceed() : blocker.reset(),
    );
  }, [blocker, confirm, t]);
  return dialog;
}
