import '../talent.css';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { useApi } from '../../../shared/use-api';
import { LoadState } from '../../../ui';
import { getMyCivilServant } from '../api';
import { MatchPanel } from '../match/match-panel';
import { AssessmentHistory } from './assessment-history';
import { CivilServantIdentity } from './civil-servant-identity';

/**
 * `/saya`: self-service of a civil servant: their record, their results, the radar of their
 * assessed against their position's required levels and the suggested development.
 */
export function MyCompetencyPage() {
  const { t } = useTranslation();
  const mine = useApi('my-civil-servant', getMyCivilServant);
  const data = mine.data;
  const notLinked = mine.error instanceof ApiError && mine.error.code === 'CIVIL_SERVANT_NOT_FOUND';

  return (
    <div className="page talent-page">
      <header className="page-header">
        <div>
          <h1>{t('talent.me.title')}</h1>
          <p className="muted page-subtitle">{t('talent.me.intro')}</p>
        </div>
      </header>
      {notLinked ? (
        <p className="alert alert-info" data-testid="me-not-linked">
          {mine.error instanceof Error ? mine.error.message : ''} {t('talent.me.notLinkedHint')}
        </p>
      ) : (
        <LoadState loading={mine.loading && !data} error={mine.error} onRetry={mine.reload} />
      )}
      {data && (
        <>
          <section className="talent-section" aria-labelledby="my-match-title">
            <h2 id="my-match-title">{t('talent.me.matchTitle')}</h2>
            {data.civilServant.positionId ? (
              <MatchPanel nip={data.civilServant.nip} positionId={null} />
            ) : (
              <p className="alert alert-info">{t('talent.me.noPosition')}</p>
            )}
          </section>
          <div className="talent-two-columns">
            <section className="card" aria-labelledby="my-identity-title">
              <h2 id="my-identity-title" className="card-title">
                {t('talent.identity.title')}
              </h2>
              <CivilServantIdentity civilServant={data.civilServant} />
            </section>
            <section className="card" aria-labelledby="my-history-title">
              <h2 id="my-history-title" className="card-title">
                {t('talent.me.results')}
              </h2>
              <AssessmentHistory sessions={data.assessments} />
            </section>
          </div>
        </>
      )}
    </div>
  );
}
