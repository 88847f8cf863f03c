import '../talent.css';
import '../talent-management.css';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { useApi } from '../../../shared/use-api';
import { Alert, Card, LoadState, PageHeader } from '../../../ui';
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
    <div className="page">
      <PageHeader title={t('talent.me.title')} subtitle={t('talent.me.intro')} />
      {notLinked ? (
        <Alert tone="info" data-testid="me-not-linked">
          {mine.error instanceof Error ? mine.error.message : ''} {t('talent.me.notLinkedHint')}
        </Alert>
      ) : (
        <LoadState loading={mine.loading && !data} error={mine.error} onRetry={mine.reload} />
      )}
      {data && (
        <>
          <section className="talent-section" aria-labelledby="my-match-title">
            <h2 id="my-match-title">{t('talent.me.matchTitle')}</h2>
            {data.civilServant.positionId ? (
              <MatchPanel nip={data.civilServant.nip} positionId={null} plain />
            ) : (
              <Alert tone="info">{t('talent.me.noPosition')}</Alert>
            )}
          </section>
          <div className="talent-two-columns">
            <Card title={t('talent.identity.title')} titleId="my-identity-title" compactTitle>
              <CivilServantIdentity civilServant={data.civilServant} />
            </Card>
            <Card title={t('talent.me.results')} titleId="my-history-title" compactTitle>
              <AssessmentHistory sessions={data.assessments} />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
