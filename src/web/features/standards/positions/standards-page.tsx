import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api/request';
import { useApi } from '../../../shared/use-api';
import { Alert, Button, ButtonLink, Card, DataTable, ErrorAlert, LoadState, PageHeader } from '../../../ui';
import { useCapabilities, useCurrentUser } from '../../account/current-user';
import { createStandard, listPositions, type Position } from '../api';
import { SimilarStandards } from '../catalog/similar-standards';
import { adoptStandard, type SimilarStandard } from '../catalog-api';
import { StandardStatusBadge } from '../standard-status-badge';
import { StandardsExcel } from './standards-excel';
import { StandardsWordImport } from './standards-word-import';

/** `/skj`: the positions of the user's agency, each with "Susun SKJ". */
export function StandardsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const capabilities = useCapabilities();
  const agencyId = user.agency?.id ?? null;
  const data = useApi(agencyId ? `positions:${agencyId}` : null, () => listPositions(agencyId ?? ''));
  const positions = data.data?.items ?? [];

  return (
    <div className="page">
      <PageHeader title={t('standards.title')} subtitle={t('standards.intro')} />
      {!agencyId && <Alert tone="info">{t('standards.noAgency')}</Alert>}
      <LoadState loading={data.loading && !data.data} error={data.error} onRetry={data.reload} />
      {data.data && (
        <Card title={t('standards.positions', { count: positions.length })} titleId="positions-title">
          <DataTable
            testId="positions-table"
            columns={[
              t('standards.position'),
              t('standards.orgUnit'),
              t('standards.jobLevel'),
              t('standards.positionCode'),
              { label: t('standards.actions'), hidden: true },
            ]}
            rows={positions}
            rowKey={(position) => position.id}
            renderRow={(position) => <PositionRow position={position} />}
            empty={t('common.empty')}
          />
        </Card>
      )}
      {data.data && agencyId && (
        <StandardsExcel
          agencyId={agencyId}
          canImport={capabilities.composeStandards}
          onImported={data.reload}
        />
      )}
      {data.data && agencyId && capabilities.composeStandards && (
        <StandardsWordImport agencyId={agencyId} positions={positions} onImported={data.reload} />
      )}
    </div>
  );
}

function PositionRow({ position }: { position: Position }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCompose = useCapabilities().composeStandards;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [showSimilar, setShowSimilar] = useState(false);
  const similarId = `similar-${position.id}`;

  async function compose() {
    if (position.latestStandard) {
      navigate(`/skj/${position.latestStandard.id}`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await createStandard(position.id);
      navigate(`/skj/${created.id}`);
    } catch (err) {
      const existing =
        err instanceof ApiError && err.code === 'STANDARD_EXISTS' ? err.details?.standardId : null;
      if (typeof existing === 'string') navigate(`/skj/${existing}`);
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function adopt(item: SimilarStandard) {
    const created = await adoptStandard(item.id, position.id);
    navigate(`/skj/${created.id}`);
  }

  return (
    <>
      <tr data-testid="position-row" data-position-id={position.id}>
        <td>
          {position.name}
          {position.governmentAffair && <span className="muted small"> · {position.governmentAffair}</span>}
        </td>
        <td>{position.orgUnitName ?? t('common.none')}</td>
        <td>{position.jobLevel}</td>
        <td>
          {position.positionCode ? <code>{position.positionCode}</code> : t('standards.noCode')}
          {position.latestStandard && (
            <>
              {' '}
              <StandardStatusBadge
                status={position.latestStandard.status}
                testId="position-standard-status"
              />
            </>
          )}
        </td>
        <td>
          <div className="row-actions">
            <Button
              variant="primary"
              size="small"
              data-testid="compose-standard"
              disabled={busy}
              onClick={() => void compose()}
            >
              {busy
                ? t('common.saving')
                : position.latestStandard
                  ? t('standards.open')
                  : t('standards.compose')}
            </Button>
            {/* Without any standard yet, offer reuse of a ratified one from another agency. */}
            {!position.latestStandard && (
              <Button
                size="small"
                data-testid="toggle-similar"
                aria-expanded={showSimilar}
                aria-controls={showSimilar ? similarId : undefined}
                onClick={() => setShowSimilar((shown) => !shown)}
              >
                {t('similar.title')}
              </Button>
            )}
            <ButtonLink
              variant="outline"
              size="small"
              to={`/peta-jabatan/uraian/${position.id}`}
              data-testid="open-job-description"
              aria-label={t('jobDescription.openFor', { name: position.name })}
            >
              {t('jobDescription.open')}
            </ButtonLink>
          </div>
          <ErrorAlert error={error} />
        </td>
      </tr>
      {showSimilar && (
        <tr className="similar-row-container" id={similarId}>
          <td colSpan={5}>
            <SimilarStandards
              positionId={position.id}
              adoptLabel={t('similar.adopt')}
              onAdopt={canCompose ? adopt : undefined}
            />
          </td>
        </tr>
      )}
    </>
  );
}
