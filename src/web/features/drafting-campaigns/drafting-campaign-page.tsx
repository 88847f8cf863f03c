import './drafting-campaigns.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormatDay } from '../../shared/format';
import { useApi } from '../../shared/use-api';
import { LoadState, PageHeader, Tab, TabList } from '../../ui';
import { getDraftingCampaign, getDraftingCampaignProgress } from './api';
import { LateItems } from './late-items';
import { LettersSection } from './letters-section';
import { PositionsSection } from './positions-section';
import { ProgressPanel } from './progress-panel';
import { ScheduleSection } from './schedule-section';
import { SopSection } from './sop-section';
import { TeamSection } from './team-section';
import { WeekGrid } from './week-grid';

const tabs = ['dashboard', 'team', 'positions', 'schedule', 'sop', 'letters'] as const;
type TabName = (typeof tabs)[number];

/**
 * `/kampanye/:id`: a drafting campaign. The dashboard (progress per group and member, the week
 * grid, late items) and tabs for the team, positions and assignments, schedule and SOP; the tab
 * is kept in the address (`?tab=`).
 */
export function DraftingCampaignPage() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const id = useParams().id ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: TabName = tabs.find((name) => name === searchParams.get('tab')) ?? 'dashboard';
  const detail = useApi(`draftingCampaign:${id}`, () => getDraftingCampaign(id));
  const progress = useApi(`drafting-campaign-progress:${id}`, () => getDraftingCampaignProgress(id));
  const reload = () => {
    detail.reload();
    progress.reload();
  };
  const draftingCampaign = detail.data?.draftingCampaign;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/kampanye">{t('draftingCampaigns.title')}</Link>
      </p>
      <LoadState loading={detail.loading && !detail.data} error={detail.error} onRetry={detail.reload} />
      {draftingCampaign && detail.data && (
        <>
          <PageHeader
            title={draftingCampaign.name}
            titleTestId="drafting-campaign-name"
            subtitle={
              <>
                {t('draftingCampaigns.periodText', {
                  from: formatDay(draftingCampaign.startsOn),
                  to: formatDay(draftingCampaign.endsOn),
                })}
                {' · '}
                {t('draftingCampaigns.positionsCount', { count: detail.data.positions.length })}
                {detail.data.membership && (
                  <>
                    {' · '}
                    {t('draftingCampaigns.yourRole', {
                      role: t(`draftingCampaigns.roles.${detail.data.membership.role}`),
                    })}
                  </>
                )}
              </>
            }
          />
          <TabList label={t('draftingCampaigns.tabs.label')}>
            {tabs.map((name) => (
              <Tab
                key={name}
                selected={tab === name}
                data-testid={`drafting-campaign-tab-${name}`}
                onClick={() => setSearchParams(name === 'dashboard' ? {} : { tab: name }, { replace: true })}
              >
                {t(`draftingCampaigns.tabs.${name}`)}
              </Tab>
            ))}
          </TabList>
          <div className="drafting-campaign-tab-panel" role="tabpanel">
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
            {tab === 'letters' && <LettersSection detail={detail.data} />}
          </div>
        </>
      )}
    </div>
  );
}
