import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { Badge, Button, ErrorAlert, LoadState } from '../../../ui';
import { listSimilarStandards, type SimilarStandard } from '../catalog-api';

/**
 * "SKJ serupa": ratified standards of other agencies like this position, best first, each with
 * an adopt button whose effect the caller decides (a new draft, or a copy into the open draft).
 */
export function SimilarStandards({
  positionId,
  adoptLabel,
  onAdopt,
  showTitle = true,
}: {
  positionId: string;
  adoptLabel: string;
  /** false when the surrounding card already names the list. */
  showTitle?: boolean;
  /** Absent: the list is for reading only (the user may not compose standards). */
  onAdopt?: ((item: SimilarStandard) => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const nameOf = useJobLevelName();
  const data = useApi(`similar-standards:${positionId}`, () => listSimilarStandards(positionId));
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const items = data.data?.items ?? [];

  async function adopt(item: SimilarStandard) {
    if (!onAdopt) return;
    setBusyId(item.id);
    setError(null);
    try {
      await onAdopt(item);
    } catch (err) {
      setError(err);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="similar-standards" data-testid="similar-standards" aria-label={t('similar.title')}>
      {showTitle && <h3 className="subheading">{t('similar.title')}</h3>}
      <LoadState loading={data.loading && !data.data} error={data.error} onRetry={data.reload} />
      {data.data && items.length === 0 && <p className="muted small">{t('similar.none')}</p>}
      {items.length > 0 && (
        <ul className="similar-list">
          {items.map((item) => (
            <li
              key={item.id}
              className="similar-row"
              data-testid="similar-row"
              data-code={item.positionCode ?? ''}
            >
              <div>
                <Link to={`/skj/${item.id}`}>{item.positionName}</Link>
                <span className="muted small">
                  {' '}
                  · {item.agency.name} · {nameOf(item.jobLevel)} ·{' '}
                  {item.positionCode ? <code>{item.positionCode}</code> : t('standards.noCode')}
                </span>
              </div>
              <Badge tone="info" title={t('similar.scoreHint')}>
                {t('similar.score', { percent: Math.round(item.score * 100) })}
              </Badge>
              {onAdopt && (
                <Button
                  size="small"
                  data-testid="adopt-standard"
                  aria-label={t('similar.adoptOne', {
                    action: adoptLabel,
                    position: item.positionName,
                    agency: item.agency.name,
                  })}
                  disabled={busyId !== null}
                  onClick={() => void adopt(item)}
                >
                  {busyId === item.id ? t('common.saving') : adoptLabel}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} />
    </section>
  );
}
