import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../shared/api/request';
import { useApi } from '../../../shared/use-api';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { Alert, Card, LoadState } from '../../../ui';
import { getJobPersonMatch } from '../api';
import { CompetencyRadar } from './competency-radar';
import { DevelopmentList } from './development-list';
import { MatchBars } from './match-bars';
import { MatchSummary } from './match-summary';

/**
 * The job-person match of one civil servant against a position (null: their own): the figures,
 * the radar, the per-competency bars that explain the figures, and the suggested development.
 */
export function MatchPanel({
  nip,
  positionId,
  plain = false,
}: {
  nip: string;
  positionId: string | null;
  /** For the civil servant themself: competencies by name, no codes, no weights or formula. */
  plain?: boolean;
}) {
  const { t } = useTranslation();
  const jobLevelName = useJobLevelName();
  const match = useApi(`match:${nip}:${positionId ?? ''}`, () => getJobPersonMatch(nip, positionId));
  const data = match.data;

  return (
    <div className="match-panel" data-testid="match-panel">
      {/* No ratified standard yet is a state to explain, not an error to retry. */}
      {match.error instanceof ApiError && match.error.code === 'NO_RATIFIED_STANDARD' ? (
        <Alert tone="info" data-testid="match-no-standard">
          {match.error.message} {t('talent.match.noStandardHint')}
        </Alert>
      ) : (
        <LoadState loading={match.loading && !data} error={match.error} onRetry={match.reload} />
      )}
      {data && (
        <>
          <p className="match-target" data-testid="match-target">
            {t('talent.match.against')} <strong>{data.position.name}</strong>{' '}
            <span className="muted">({jobLevelName(data.position.jobLevel)})</span>{' '}
            <Link to={`/skj/${data.position.standardId}`} data-testid="match-standard-link">
              {t('talent.match.openStandard')}
            </Link>
          </p>
          <MatchSummary match={data} plain={plain} />
          <div className="match-charts">
            <Card
              title={t('talent.radar.heading')}
              titleId="match-radar-title"
              titleLevel={3}
              compactTitle
              className="match-radar-card"
            >
              <CompetencyRadar rows={data.rows} plain={plain} />
            </Card>
            <Card
              title={t('talent.development.title')}
              titleId="match-development-title"
              titleLevel={3}
              compactTitle
              className="match-development-card"
            >
              <DevelopmentList items={data.development} />
            </Card>
          </div>
          <Card title={t('talent.bars.title')} titleId="match-bars-title" titleLevel={3} compactTitle>
            <p className="muted small">{t('talent.bars.intro')}</p>
            <MatchBars rows={data.rows} unweighted={data.unweighted} plain={plain} />
          </Card>
        </>
      )}
    </div>
  );
}
