import './inbox.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJobLevels } from '../../shared/api/reference';
import { useFormatDate, useFormatDay } from '../../shared/format';
import { useApi } from '../../shared/use-api';
import { Badge, Button, ButtonLink, Card, Field, LoadState, StatTile, StatTiles } from '../../ui';
import { getMyTasks, type MyTasks, type QueueFilter } from './api';
import { StandardTaskList } from './task-list';

/**
 * The home page of everyone who works on standards: what waits for them, per their role, as the
 * server's inbox policy decides (drafts, reviews, the national queue, the agency overview).
 */
export function InboxHome() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<QueueFilter>({});
  const key = `my-tasks:${filter.agencyId ?? ''}:${filter.jobLevel ?? ''}:${filter.minWaitingDays ?? 0}`;
  const tasks = useApi(key, () => getMyTasks(filter));
  const data = tasks.data;

  return (
    <>
      <LoadState loading={tasks.loading && !data} error={tasks.error} onRetry={tasks.reload} />
      {data && (
        <div className="inbox" data-testid="inbox">
          {data.overview && <AgencyOverview overview={data.overview} counts={data.counts} />}
          {data.drafts && <DraftsSection drafts={data.drafts} />}
          {data.reviews && (
            <Card title={t('inbox.reviews.title')} titleId="inbox-reviews-title" edge="accent">
              <p className="muted small">
                {data.permissions.verify ? t('inbox.reviews.introVerify') : t('inbox.reviews.introValidate')}
              </p>
              <StandardTaskList
                items={data.reviews.items}
                empty={t('inbox.reviews.empty')}
                testId="review-tasks"
              />
            </Card>
          )}
          {data.ratifications && (
            <RatificationQueue queue={data.ratifications} filter={filter} onFilter={setFilter} />
          )}
          {!data.drafts && !data.reviews && !data.ratifications && !data.overview && (
            <Card>
              <p className="muted">{t('inbox.nothing')}</p>
            </Card>
          )}
        </div>
      )}
    </>
  );
}

function DraftsSection({ drafts }: { drafts: NonNullable<MyTasks['drafts']> }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const returned = drafts.items.filter((item) => item.returned).length;
  return (
    <Card
      title={t('inbox.drafts.title')}
      titleId="inbox-drafts-title"
      edge="accent"
      actions={
        <ButtonLink size="small" to="/skj">
          {t('inbox.drafts.allPositions')}
        </ButtonLink>
      }
    >
      {returned > 0 && (
        <p className="inbox-attention" data-testid="returned-count">
          {t('inbox.drafts.returned', { count: returned })}
        </p>
      )}
      <StandardTaskList items={drafts.items} empty={t('inbox.drafts.empty')} testId="draft-tasks" />
      {drafts.total > drafts.items.length && (
        <p className="muted small">{t('inbox.more', { shown: drafts.items.length, total: drafts.total })}</p>
      )}
      {drafts.assignments.length > 0 && (
        <>
          <h3 className="inbox-subtitle">{t('inbox.drafts.assignedTitle')}</h3>
          <ul className="task-list" data-testid="assignment-tasks">
            {drafts.assignments.map((item) => (
              <li key={`${item.draftingCampaignId}:${item.positionId}`} className="task">
                <div className="task-main">
                  <Link to={`/skj?q=${encodeURIComponent(item.positionName)}`} className="task-title">
                    {item.positionName}
                  </Link>
                  <span className="task-meta">
                    {item.jobLevelName} · {item.draftingCampaignName}
                  </span>
                </div>
                <div className="task-side">
                  <Badge tone="muted">{t('inbox.notStarted')}</Badge>
                  {item.dueOn && (
                    <span className="task-due">{t('inbox.dueOn', { date: formatDay(item.dueOn) })}</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

const waitingChoices = [0, 7, 14, 30] as const;

function RatificationQueue({
  queue,
  filter,
  onFilter,
}: {
  queue: NonNullable<MyTasks['ratifications']>;
  filter: QueueFilter;
  onFilter: (filter: QueueFilter) => void;
}) {
  const { t } = useTranslation();
  const levels = useApi('job-levels', getJobLevels).data?.items ?? [];
  const filtered = Boolean(filter.agencyId || filter.jobLevel || filter.minWaitingDays);
  return (
    <Card
      title={t('inbox.queue.title', { count: queue.queueTotal })}
      titleId="inbox-queue-title"
      edge="accent"
    >
      <p className="muted small">{t('inbox.queue.intro')}</p>
      <search className="inbox-filters" aria-label={t('inbox.queue.filters')}>
        <Field label={t('inbox.queue.agency')}>
          <select
            name="agencyId"
            data-testid="queue-agency"
            value={filter.agencyId ?? ''}
            onChange={(event) => onFilter({ ...filter, agencyId: event.target.value || undefined })}
          >
            <option value="">{t('inbox.queue.allAgencies')}</option>
            {queue.agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {t('inbox.queue.agencyOption', { name: agency.name, count: agency.count })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('inbox.queue.jobLevel')}>
          <select
            name="jobLevel"
            data-testid="queue-job-level"
            value={filter.jobLevel ?? ''}
            onChange={(event) => onFilter({ ...filter, jobLevel: event.target.value || undefined })}
          >
            <option value="">{t('inbox.queue.allLevels')}</option>
            {levels.map((level) => (
              <option key={level.code} value={level.code}>
                {level.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('inbox.queue.waiting')}>
          <select
            name="minWaitingDays"
            data-testid="queue-waiting"
            value={filter.minWaitingDays ?? 0}
            onChange={(event) =>
              onFilter({ ...filter, minWaitingDays: Number(event.target.value) || undefined })
            }
          >
            {waitingChoices.map((days) => (
              <option key={days} value={days}>
                {days === 0 ? t('inbox.queue.anyWait') : t('inbox.queue.atLeast', { count: days })}
              </option>
            ))}
          </select>
        </Field>
        {filtered && (
          <Button size="small" variant="outline" data-testid="queue-reset" onClick={() => onFilter({})}>
            {t('inbox.queue.reset')}
          </Button>
        )}
      </search>
      <p className="muted small" role="status" data-testid="queue-count">
        {t('inbox.queue.shown', { count: queue.total })}
      </p>
      <StandardTaskList
        items={queue.items}
        showAgency
        empty={filtered ? t('inbox.queue.emptyFiltered') : t('inbox.queue.empty')}
        testId="ratification-tasks"
      />
    </Card>
  );
}

function AgencyOverview({
  overview,
  counts,
}: {
  overview: NonNullable<MyTasks['overview']>;
  counts: MyTasks['counts'];
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatDate = useFormatDate();
  return (
    <Card title={t('inbox.overview.title')} titleId="inbox-overview-title" edge="primary">
      <StatTiles label={t('inbox.overview.title')}>
        <StatTile
          value={overview.positionsWithoutStandard.total}
          label={t('inbox.overview.withoutStandard')}
          testId="overview-without-standard"
        />
        <StatTile
          value={counts.overdue}
          label={t('inbox.overview.overdue')}
          tone={counts.overdue > 0 ? 'removed' : undefined}
          testId="overview-overdue"
        />
        <StatTile value={counts.drafts} label={t('inbox.overview.drafts')} />
      </StatTiles>
      <div className="inbox-columns">
        <section aria-labelledby="overview-missing-title">
          <h3 id="overview-missing-title" className="inbox-subtitle">
            {t('inbox.overview.withoutStandardTitle')}
          </h3>
          {overview.positionsWithoutStandard.items.length === 0 ? (
            <p className="muted">{t('inbox.overview.allHaveStandard')}</p>
          ) : (
            <ul className="task-list" data-testid="overview-missing">
              {overview.positionsWithoutStandard.items.map((item) => (
                <li key={item.positionId} className="task">
                  <div className="task-main">
                    <Link to={`/skj?q=${encodeURIComponent(item.positionName)}`} className="task-title">
                      {item.positionName}
                    </Link>
                    <span className="task-meta">
                      {item.jobLevelName}
                      {item.orgUnitName && <> · {item.orgUnitName}</>}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {overview.positionsWithoutStandard.total > overview.positionsWithoutStandard.items.length && (
            <Link to="/skj?state=none" className="small">
              {t('inbox.overview.seeAll', { count: overview.positionsWithoutStandard.total })}
            </Link>
          )}
        </section>
        <section aria-labelledby="overview-overdue-title">
          <h3 id="overview-overdue-title" className="inbox-subtitle">
            {t('inbox.overview.overdueTitle')}
          </h3>
          {overview.overdue.length === 0 ? (
            <p className="muted">{t('inbox.overview.nothingOverdue')}</p>
          ) : (
            <ul className="task-list" data-testid="overview-overdue-list">
              {overview.overdue.map((item) => (
                <li key={`${item.draftingCampaignId}:${item.positionId}`} className="task">
                  <div className="task-main">
                    <Link to={`/kampanye/${item.draftingCampaignId}`} className="task-title">
                      {item.positionName}
                    </Link>
                    <span className="task-meta">
                      {item.draftingCampaignName}
                      {item.assigneeName && <> · {item.assigneeName}</>}
                    </span>
                  </div>
                  <div className="task-side">
                    <span className="task-due task-due-late">
                      {t('inbox.overdueSince', { date: formatDay(item.dueOn) })}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="overview-imports-title">
          <h3 id="overview-imports-title" className="inbox-subtitle">
            {t('inbox.overview.importsTitle')}
          </h3>
          {overview.recentImports.length === 0 ? (
            <p className="muted">{t('inbox.overview.noImports')}</p>
          ) : (
            <ul className="task-list" data-testid="overview-imports">
              {overview.recentImports.map((item) => (
                <li key={`${item.kind}:${item.at}`} className="task">
                  <div className="task-main">
                    <span className="task-title">
                      {t([`inbox.importKinds.${item.kind}`, 'inbox.importKinds.other'])}
                    </span>
                    <span className="task-meta">
                      {formatDate(item.at)}
                      {item.userName && <> · {item.userName}</>}
                      {item.rows !== null && <> · {t('inbox.overview.rows', { count: item.rows })}</>}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Card>
  );
}
