import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api/request';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { Badge, Button, ButtonLink, ErrorAlert } from '../../../ui';
import { useCapabilities } from '../../account/current-user';
import { createStandard } from '../api';
import { SimilarStandards } from '../catalog/similar-standards';
import { adoptStandard, type SimilarStandard } from '../catalog-api';
import type { ListedPosition } from '../positions-api';
import { StandardStatusBadge } from '../standard-status-badge';

/**
 * One position: name, unit, level by name, where its standard stands, its code; "Susun SKJ" or
 * "Buka", reuse of a similar standard, the job description, and edit / retire as permitted.
 */
export function PositionRow({
  position,
  onEdit,
  onRetire,
}: {
  position: ListedPosition;
  onEdit: (position: ListedPosition) => void;
  onRetire: (position: ListedPosition) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCompose = useCapabilities().composeStandards;
  const jobLevelName = useJobLevelName();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [showSimilar, setShowSimilar] = useState(false);
  const similarId = `similar-${position.id}`;
  const retired = position.retiredAt !== null;

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
        <th scope="row" className="position-name-cell">
          {position.name}
          {position.governmentAffair && <span className="muted small"> · {position.governmentAffair}</span>}
        </th>
        <td data-label={t('standards.orgUnit')}>{position.orgUnitName ?? t('common.none')}</td>
        <td data-label={t('standards.jobLevel')} data-testid="position-job-level-name">
          {jobLevelName(position.jobLevel)}
        </td>
        <td data-label={t('positions.status')}>
          {retired ? (
            <Badge tone="muted" testId="position-standard-status" data-status="retired">
              {t('positions.states.retired')}
            </Badge>
          ) : position.latestStandard ? (
            <StandardStatusBadge status={position.latestStandard.status} testId="position-standard-status" />
          ) : (
            <Badge tone="warning" testId="position-standard-status" data-status="none">
              {t('positions.states.none')}
            </Badge>
          )}
        </td>
        <td data-label={t('standards.positionCode')}>
          {position.positionCode ? <code>{position.positionCode}</code> : t('standards.noCode')}
        </td>
        <td>
          <div className="row-actions">
            {(!retired || position.latestStandard) && (
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
            )}
            {/* Without any standard yet, offer reuse of a ratified one from another agency. */}
            {!position.latestStandard && !retired && (
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
            {!retired && (
              <ButtonLink
                variant="outline"
                size="small"
                to={`/peta-jabatan/uraian/${position.id}`}
                data-testid="open-job-description"
                aria-label={t('jobDescription.openFor', { name: position.name })}
              >
                {t('jobDescription.open')}
              </ButtonLink>
            )}
            {position.permissions.update && !retired && (
              <Button
                variant="outline"
                size="small"
                data-testid="edit-position"
                aria-label={t('positions.editFor', { name: position.name })}
                onClick={() => onEdit(position)}
              >
                {t('positions.edit')}
              </Button>
            )}
            {position.permissions.retire && !retired && (
              <Button
                variant="ghost"
                size="small"
                data-testid="retire-position"
                aria-label={t('positions.retireFor', { name: position.name })}
                onClick={() => onRetire(position)}
              >
                {t('positions.retire.action')}
              </Button>
            )}
          </div>
          <ErrorAlert error={error} />
        </td>
      </tr>
      {showSimilar && (
        <tr className="similar-row-container" id={similarId}>
          <td colSpan={6}>
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
