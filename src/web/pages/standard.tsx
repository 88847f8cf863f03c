import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getStandard, type StandardCompetency, type StandardDetail, saveStandard } from '../api-standards';
import type { SearchResult } from '../api-technical';
import { ErrorAlert, LoadState } from '../components/error-alert';
import { FindingsPanel } from '../components/findings-panel';
import { cleanRequirements, RequirementsForm } from '../components/requirements-form';
import { StandardCompetencyTable } from '../components/standard-competency-table';
import { StandardStatusBadge } from '../components/standard-status-badge';
import { StandardWorkflow } from '../components/standard-workflow';
import { TechnicalPicker } from '../components/technical-picker';
import { useApi } from '../components/use-api';

/** `/skj/:id`: one standard with its findings, competencies, requirements and workflow. */
export function StandardPage() {
  const { id = '' } = useParams();
  const data = useApi(`standard:${id}`, () => getStandard(id));
  const detail = data.data;
  return (
    <div className="page">
      <LoadState loading={data.loading && !detail} error={data.error} onRetry={data.reload} />
      {detail && (
        <>
          <StandardHeader detail={detail} />
          <StandardWorkflow
            standardId={detail.standard.id}
            permissions={detail.permissions}
            onChanged={data.reload}
          />
          <FindingsPanel findings={detail.findings} />
          <StandardEditor
            key={`${detail.standard.id}:${detail.standard.revision}:${detail.standard.status}`}
            detail={detail}
            onSaved={data.reload}
          />
        </>
      )}
    </div>
  );
}

function StandardHeader({ detail }: { detail: StandardDetail }) {
  const { t } = useTranslation();
  const { standard, content } = detail;
  const code = standard.positionCode ?? content.identity.positionCode;
  return (
    <>
      <nav className="breadcrumb" aria-label={t('standards.breadcrumb')}>
        <Link to="/skj">{t('standards.title')}</Link>
      </nav>
      <header className="page-header">
        <div>
          <h1 data-testid="standard-title">
            {content.identity.positionName}{' '}
            <span className="title-version">
              {t('standards.versionLabel', { version: standard.version })}
            </span>
          </h1>
          <p className="muted page-subtitle">
            <StandardStatusBadge status={standard.status} /> · {t('standards.positionCode')}:{' '}
            {code ? <code>{code}</code> : <span data-testid="no-position-code">{t('standards.noCode')}</span>}
            {content.identity.orgUnitName && <> · {content.identity.orgUnitName}</>}
          </p>
          <p className="muted small">{t('standards.policy', { name: standard.policyName })}</p>
        </div>
      </header>
      {standard.status === 'ratified' && code && (
        <p className="alert alert-success position-code-banner" role="status">
          {t('standards.ratifiedCode')} <strong data-testid="position-code">{code}</strong>
        </p>
      )}
    </>
  );
}

function StandardEditor({ detail, onSaved }: { detail: StandardDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const canEdit = detail.permissions.canEdit;
  const [rows, setRows] = useState<StandardCompetency[]>(detail.content.competencies);
  const [requirements, setRequirements] = useState(detail.content.requirements);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const setLevel = (competencyId: string, level: number) =>
    setRows((current) =>
      current.map((row) =>
        row.competencyId === competencyId
          ? { ...row, requiredLevel: level, levelDescription: '', behaviourIndicators: [] }
          : row,
      ),
    );
  const remove = (competencyId: string) =>
    setRows((current) => current.filter((row) => row.competencyId !== competencyId));
  const add = (result: SearchResult) =>
    setRows((current) =>
      current.some((row) => row.competencyId === result.id)
        ? current
        : [
            ...current,
            {
              competencyId: result.id,
              code: result.code,
              name: result.name,
              kind: 'technical',
              requiredLevel: 3,
              levelDescription: '',
              behaviourIndicators: [],
              importance: 'essential',
            },
          ],
    );

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await saveStandard(detail.standard.id, {
        revision: detail.standard.revision,
        competencies: rows.map((row) => ({
          competencyId: row.competencyId,
          requiredLevel: row.requiredLevel,
          importance: row.importance,
        })),
        requirements: cleanRequirements(requirements),
      });
      onSaved();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="competencies-title">
        <h2 id="competencies-title">{t('standards.competencies.title')}</h2>
        <StandardCompetencyTable rows={rows} canEdit={canEdit} onLevel={setLevel} onRemove={remove} />
        {canEdit && (
          <TechnicalPicker excludeIds={new Set(rows.map((row) => row.competencyId))} onPick={add} />
        )}
      </section>
      <section className="card" aria-labelledby="requirements-title">
        <h2 id="requirements-title">{t('standards.requirements.title')}</h2>
        <RequirementsForm value={requirements} canEdit={canEdit} onChange={setRequirements} />
      </section>
      {canEdit && (
        <div className="toolbar">
          <button
            type="button"
            className="button button-primary"
            data-testid="standard-save"
            disabled={busy}
            onClick={() => void save()}
          >
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
      <ErrorAlert error={error} />
    </>
  );
}
