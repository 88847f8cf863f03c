import '../talent.css';
import '../talent-management.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import { ButtonLink, Card, LoadState, PageHeader } from '../../../ui';
import { useCapabilities } from '../../account/current-user';
import { getCivilServant } from '../api';
import { MatchPanel } from '../match/match-panel';
import { MatchPositionSelect } from '../match/match-position-select';
import { PotentialCard } from '../potential/potential-card';
import { AssessmentHistory } from './assessment-history';
import { CivilServantIdentity } from './civil-servant-identity';
import { EmployeeLoginButton } from './employee-login-button';

/**
 * `/pegawai/:nip`: one civil servant: identity, assessment history, a login for the agency admin,
 * and the job-person match against the own position or one chosen (`?jabatan=`).
 */
export function CivilServantPage() {
  const { t } = useTranslation();
  const { nip = '' } = useParams();
  const report = useReportAgency(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const detail = useApi(`civil-servant:${nip}`, () => getCivilServant(nip));
  const data = detail.data;
  const positionId = searchParams.get('jabatan');
  const agencyId = report.agencyId;
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  // Without the HR pages (an employee on their own record): no list to go back to, no other positions.
  const ownProfile = !useCapabilities().readTalent;

  const choosePosition = (id: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (id) next.set('jabatan', id);
    else next.delete('jabatan');
    setSearchParams(next, { replace: true });
  };

  return (
    <div className="page">
      {!ownProfile && (
        <nav className="breadcrumb" aria-label={t('talent.breadcrumb')}>
          <Link to={`/pegawai${search}`}>{t('talent.list.title')}</Link>
          <span aria-hidden="true"> › </span>
          <span>{data?.civilServant.name ?? nip}</span>
        </nav>
      )}
      <LoadState loading={detail.loading && !data} error={detail.error} onRetry={detail.reload} />
      {data && (
        <>
          <PageHeader
            title={data.civilServant.name}
            titleTestId="civil-servant-name"
            subtitle={data.civilServant.positionName ?? t('talent.identity.noPosition')}
          />
          <div className="talent-two-columns">
            <Card title={t('talent.identity.title')} titleId="identity-title" compactTitle>
              <CivilServantIdentity civilServant={data.civilServant} />
              {data.permissions.createLogin && (
                <EmployeeLoginButton nip={data.civilServant.nip} hasLogin={data.civilServant.hasLogin} />
              )}
            </Card>
            <Card title={t('talent.history.title')} titleId="history-title" compactTitle>
              <AssessmentHistory sessions={data.assessments} />
            </Card>
          </div>
          {data.permissions.readTalentEvidence && <PotentialCard nip={data.civilServant.nip} />}
          <section className="talent-section" aria-labelledby="match-title">
            <div className="talent-section-head">
              <h2 id="match-title">{t('talent.match.title')}</h2>
              {!ownProfile && agencyId && (
                <MatchPositionSelect
                  agencyId={agencyId}
                  value={positionId}
                  ownPositionName={data.civilServant.positionName}
                  onChange={choosePosition}
                />
              )}
              {!ownProfile && (positionId ?? data.civilServant.positionId) && (
                <ButtonLink
                  size="small"
                  to={`/kandidat/${positionId ?? data.civilServant.positionId}${search}`}
                  data-testid="open-candidates"
                >
                  {t('talent.match.candidates')}
                </ButtonLink>
              )}
            </div>
            <MatchPanel nip={data.civilServant.nip} positionId={positionId} />
          </section>
        </>
      )}
    </div>
  );
}
