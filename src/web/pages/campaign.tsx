import '../campaigns.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getCampaign, getCampaignProgress } from '../api-campaigns';
import { LateItems } from '../components/campaign/late-items';
import { PositionsSection } from '../components/campaign/positions-section';
import { ProgressPanel } from '../components/campaign/progress-panel';
import { ScheduleSection } from '../components/campaign/schedule-section';
import { SopSection } from '../components/campaign/sop-section';
import { TeamSection } from '../components/campaign/team-section';
import { useFormatDay } from '../components/campaign/use-format-day';
import { WeekGrid } from '../components/campaign/week-grid';
import { LoadState } from '../components/error-alert';
import { useApi } from '../components/use-api';

const tabs = ['dashboard', 'team', 'positions', 'schedule', 'sop'] as const;
type Tab = (typeof tabs)[number];

/**
 * `/kampanye/:id`: a drafting campaign. The dashboard (progress per group and member, the week
 * grid, late items) and tabs for the team, positions and assignments, schedule and SOP; the tab
 * is kept in the address (`?tab=`).
 */
export function CampaignPage() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const id = useParams().id ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: Tab = tabs.find((name) => name === searchParams.get('tab')) ?? 'dashboard';
  const detail = useApi(`campaign:${id}`, () => getCampaign(id));
  const progress = useApi(`campaign-progress:${id}`, () => getCampaignProgress(id));
  const reload = () => {
    detail.reload();
    progress.reload();
  };
  const campaign = detail.data?.campaign;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/kampanye">{t('campaigns.title')}</Link>
      </p>
      <LoadState loading={detail.loading && !detail.data} error={detail.error} onRetry={detail.reload} />
      {campaign && detail.data && (
        <>
          <header className="page-header">
            <div>
              <h1 data-testid="campaign-name">{campaign.name}</h1>
              <p className="muted page-subtitle">
                {t('campaigns.periodText', {
                  from: formatDay(campaign.startsOn),
                  to: formatDay(campaign.endsOn),
                })}
                {' · '}
                {t('campaigns.positionsCount', { count: detail.data.positions.length })}
                {detail.data.membership && (
                  <>
                    {' · '}
                    {t('campaigns.yourRole', { role: t(`campaigns.roles.${detail.data.membership.role}`) })}
                  </>
                )}
              </p>
            </div>
          </header>
          <div className="tabs" role="tablist" aria-label={t('campaigns.tabs.label')}>
            {tabs.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                className={tab === name ? 'tab active' : 'tab'}
                data-testid={`campaign-tab-${name}`}
                onClick={() => setSearchParams(name === 'dashboard' ? {} : { tab: name }, { replace: true })}
              >
                {t(`campaigns.tabs.${name}`)}
              </button>
            ))}
          </div>
          <div className="campaign-tab-panel" role="tabpanel">
            {tab === 'dashboard' && (
              <>
                <LoadState
                  loading={progress.loading && !progress.data}
                  error={progress.error}
                  onRetry={progress.reload}
                />
                {progress.data && (
                  <>
                    <ProgressPanel progress={progress.data} />
                    <WeekGrid grid={progress.data.weekGrid} />
                    <LateItems progress={progress.data} />
                  </>
                )}
              </>
            )}
            {tab === 'team' && <TeamSection detail={detail.data} onChanged={reload} />}
            {tab === 'positions' && <PositionsSection detail={detail.data} onChanged={reload} />}
            {tab === 'schedule' && (
              <>
                {progress.data && <WeekGrid grid={progress.data.weekGrid} />}
                <ScheduleSection detail={detail.data} onChanged={reload} />
              </>
            )}
            {tab === 'sop' && <SopSection detail={detail.data} onChanged={reload} />}
          </div>
        </>
      )}
    </div>
  );
}
