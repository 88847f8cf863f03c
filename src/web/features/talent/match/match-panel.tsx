import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { LoadState } from '../../../ui';
import { getJobPersonMatch } from '../api';
import { CompetencyRadar } from './competency-radar';
import { DevelopmentList } from './development-list';
import { MatchBars } from './match-bars';
import { MatchSummary } from './match-summary';

/**
 * The job-person match of one civil servant against a position (null: their own): the figures,
 * the radar, the per-competency bars that explain the figures, and the suggested development.
 */
export function MatchPanel({ nip, positionId }: { nip: string; positionId: string | null }) {
  const { t } = useTranslation();
  const jobLevelName = useJobLevelName();
  const match = useApi(`match:${nip}:${positionId ?? ''}`, () => getJobPersonMatch(nip, positionId));
  const data = match.data;

  return (
    <div className="match-panel" data-testid="match-panel">
      <LoadState loading={match.loading && !data} error={match.error} onRetry={match.reload} />
      {data && (
        <>
          <p className="match-target" data-testid="match-target">
            {t('talent.match.against')} <strong>{data.position.name}</strong>{' '}
            <span className="muted">({jobLevelName(data.position.jobLevel)})</span>{' '}
            <Link to={`/skj/${data.position.standardId}`} data-testid="match-standard-link">
              {t('talent.match.openStandard')}
            </Link>
          </p>
          <MatchSummary match={data} />
          <div className="match-charts">
            <section className="card match-radar-card" aria-labelledby="match-radar-title">
              <h3 id="match-radar-title" className="card-title">
                {t('talent.radar.heading')}
              </h3>
              <CompetencyRadar rows={data.rows} />
            </section>
            <section className="card match-development-card" aria-labelledby="match-development-title">
              <h3 id="match-development-title" className="card-title">
                {t('talent.development.title')}
              </h3>
              <DevelopmentList items={data.development} />
            </section>
          </div>
          <section className="card" aria-labelledby="match-bars-title">
            <h3 id="match-bars-title" className="card-title">
              {t('talent.bars.title')}
            </h3>
            <p className="muted small">{t('talent.bars.intro')}</p>
            <MatchBars rows={data.rows} unweighted={data.unweighted} />
          </section>
        </>
      )}
    </div>
  );
}
