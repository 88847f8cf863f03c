import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, ErrorAlert } from '../../../ui';
import type { SearchResult } from '../../dictionaries/api';
import { JobDescriptionHints } from '../../job-descriptions/editor/standard-hints';
import { getStandard, type StandardDetail, saveStandard } from '../api';
import { SimilarStandards } from '../catalog/similar-standards';
import type { SimilarStandard } from '../catalog-api';
import { type ComposerRow, composerRow, pickedRow, toCompetencyInput, withLevel } from './composer-row';
import { cleanRequirements, RequirementsForm } from './requirements-form';
import { StandardCompetencyTable } from './standard-competency-table';
import { TechnicalPicker } from './technical-picker';

/** Competencies and requirements of a standard; editable, with "SKJ serupa" and save, for a draft. */
export function StandardEditor({ detail, onSaved }: { detail: StandardDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const canEdit = detail.permissions.canEdit;
  const [rows, setRows] = useState<ComposerRow[]>(() => detail.content.competencies.map(composerRow));
  const [requirements, setRequirements] = useState(detail.content.requirements);
  const [copiedFrom, setCopiedFrom] = useState<SimilarStandard | null>(null);
  // The summary offered from the job description; saved with the next save.
  const [summary, setSummary] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const update = (competencyId: string, change: (row: ComposerRow) => ComposerRow) =>
    setRows((current) => current.map((row) => (row.competencyId === competencyId ? change(row) : row)));
  const remove = (competencyId: string) =>
    setRows((current) => current.filter((row) => row.competencyId !== competencyId));
  const add = (result: SearchResult) =>
    setRows((current) =>
      current.some((row) => row.competencyId === result.id) ? current : [...current, pickedRow(result, 3)],
    );

  /** Technical rows and requirements of a similar standard replace ours; the job level's rows stay. */
  async function copyFrom(item: SimilarStandard) {
    const source = await getStandard(item.id);
    const technical = source.content.competencies.filter((row) => row.kind === 'technical').map(composerRow);
    setRows((current) => [...current.filter((row) => row.kind !== 'technical'), ...technical]);
    setRequirements(source.content.requirements);
    setCopiedFrom(item);
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await saveStandard(detail.standard.id, {
        revision: detail.standard.revision,
        competencies: rows.map(toCompetencyInput),
        requirements: cleanRequirements(requirements),
        ...(summary !== undefined ? { summary } : {}),
      });
      onSaved();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <>
      <Card title={t('standards.competencies.title')} titleId="competencies-title">
        {copiedFrom && (
          <Alert tone="info" role="status" data-testid="copied-from">
            {t('similar.copied', { position: copiedFrom.position_name, agency: copiedFrom.agency.name })}
          </Alert>
        )}
        <StandardCompetencyTable
          rows={rows}
          canEdit={canEdit}
          onLevel={(id, level) => update(id, (row) => withLevel(row, level))}
          onRemove={remove}
          onText={(changed) => update(changed.competencyId, () => changed)}
        />
        {canEdit && (
          <div className="jd-picker-with-hints">
            <TechnicalPicker excludeIds={new Set(rows.map((row) => row.competencyId))} onPick={add} />
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
        <div className="toolbar">
          <Button variant="primary" data-testid="standard-save" disabled={busy} onClick={() => void save()}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </div>
      )}
      <ErrorAlert error={error} />
    </>
  );
}
