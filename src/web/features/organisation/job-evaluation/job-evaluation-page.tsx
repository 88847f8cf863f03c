import '../position-map/position-map-print.css';
import './job-evaluation.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { Card, LoadState, PageHeader } from '../../../ui';
import { getJobFactorInformation } from '../../job-descriptions/api';
import { FactorInformationNote } from '../../job-descriptions/editor/factor-information';
import { getEvaluationFactors, getPosition, listJobEvaluations } from '../api';
import { JobEvaluationForm } from './job-evaluation-form';
import { JobEvaluationHistory } from './job-evaluation-history';

/**
 * `/peta-jabatan/evaluasi/:positionId`: job evaluation of one position (seed 004) by the factors
 * of its kind (structural or functional, decided by the server), with the earlier evaluations.
 * Admins and drafters of the position's agency evaluate; everyone else reads.
 */
export function JobEvaluationPage() {
  const { t } = useTranslation();
  const { positionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const jobLevelName = useJobLevelName();
  const position = useApi(`position:${positionId}`, () => getPosition(positionId));
  const factors = useApi('job-evaluation-factors', getEvaluationFactors);
  const history = useApi(`job-evaluations:${positionId}`, () => listJobEvaluations(positionId));
  const information = useApi(`job-factor-information:${positionId}`, () =>
    getJobFactorInformation(positionId),
  );

  const detail = position.data?.position;
  const kind = history.data?.position.kind;
  const latest = history.data?.items.find((item) => item.kind === kind);
  const canEvaluate = position.data?.permissions.evaluate === true;
  const agency = searchParams.get('instansi');
  const mapLink = agency ? `/peta-jabatan?instansi=${encodeURIComponent(agency)}` : '/peta-jabatan';
  const loading = (position.loading && !detail) || (factors.loading && !factors.data);

  return (
    <div className="page map-print-scope">
      <nav className="breadcrumb" aria-label={t('jobEvaluation.breadcrumb')}>
        <Link to={mapLink}>{t('positionMap.title')}</Link> › {t('jobEvaluation.title')}
      </nav>
      <PageHeader
        title={t('jobEvaluation.title')}
        subtitle={detail?.name ?? history.data?.position.name ?? ''}
        lead
        subtitleTestId="evaluation-position"
      />
      <LoadState loading={loading} error={position.error ?? factors.error} onRetry={position.reload} />
      {detail && (
        <dl className="evaluation-meta card">
          <div>
            <dt>{t('jobEvaluation.meta.orgUnit')}</dt>
            <dd>{detail.orgUnitName ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('jobEvaluation.meta.jobLevel')}</dt>
            <dd>{jobLevelName(detail.jobLevel)}</dd>
          </div>
          {kind && (
            <div>
              <dt>{t('jobEvaluation.meta.kind')}</dt>
              <dd data-testid="evaluation-kind" data-kind={kind}>
                {t(`jobEvaluation.kinds.${kind}`)}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('jobEvaluation.meta.current')}</dt>
            <dd data-testid="evaluation-current">
              {detail.jobGrade === null
                ? t('positionMap.card.notEvaluated')
                : t('jobEvaluation.meta.currentValue', { grade: detail.jobGrade, value: detail.jobValue })}
            </dd>
          </div>
        </dl>
      )}
      <LoadState loading={history.loading && !history.data} error={history.error} onRetry={history.reload} />
      {detail && factors.data && kind && history.data && (
        <>
          {information.data && (
            <FactorInformationNote positionId={positionId} information={information.data} />
          )}
          <JobEvaluationForm
            key={`${positionId}:${kind}`}
            positionId={positionId}
            kind={kind}
            factors={factors.data.factors[kind]}
            gradeBands={factors.data.gradeBands}
            initialLevels={latest?.levels ?? {}}
            initialJustifications={latest?.justifications ?? {}}
            readOnly={!canEvaluate}
            information={
              information.data
                ? Object.fromEntries(information.data.factors.map((f) => [f.factor, f.sources]))
                : undefined
            }
            onSaved={() => {
              history.reload();
              position.reload();
            }}
          />
          <Card title={t('jobEvaluation.history.title')} titleId="evaluation-history-title">
            <JobEvaluationHistory items={history.data.items} />
          </Card>
        </>
      )}
    </div>
  );
}
