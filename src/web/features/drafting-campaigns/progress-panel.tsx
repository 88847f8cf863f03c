import { useTranslation } from 'react-i18next';
import { useFormatPercent } from '../../shared/format';
import { Badge, Card } from '../../ui';
import { type DraftingCampaignProgress, type ProgressCounts, progressStates } from './api';

/** One stacked bar of the workflow states, with the numbers as text for everyone. */
export function StateBar({ counts, label }: { counts: ProgressCounts; label: string }) {
  const { t } = useTranslation();
  const formatPercent = useFormatPercent();
  return (
    <div className="state-progress">
      <div className="state-bar" aria-hidden="true">
        {counts.total > 0 &&
          progressStates.map((state) =>
            counts[state] > 0 ? (
              <span
                key={state}
                className={`state-segment state-${state}`}
                style={{ width: `${(counts[state] * 100) / counts.total}%` }}
                title={`${t(`draftingCampaigns.states.${state}`)}: ${counts[state]}`}
              />
            ) : null,
          )}
      </div>
      <p className="state-summary">
        <strong>{formatPercent(counts.percentRatified)}</strong>{' '}
        <span className="muted small">
          {t('draftingCampaigns.progress.ratifiedOf', { ratified: counts.ratified, total: counts.total })}
        </span>
        <span className="visually-hidden">
          {label}:{' '}
          {progressStates
            .map((state) => `${t(`draftingCampaigns.states.${state}`)} ${counts[state]}`)
            .join(', ')}
        </span>
      </p>
    </div>
  );
}

function StateLegend({ counts }: { counts: ProgressCounts }) {
  const { t } = useTranslation();
  return (
    <ul className="state-legend">
      {progressStates.map((state) => (
        <li key={state} data-state={state}>
          <span className={`state-swatch state-${state}`} aria-hidden="true" />
          {t(`draftingCampaigns.states.${state}`)} <strong>{counts[state]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Totals of the drafting campaign, then each drafting group with its members. */
export function ProgressPanel({ progress }: { progress: DraftingCampaignProgress }) {
  const { t } = useTranslation();
  const drafting = progress.groups.filter((group) => group.kind === 'drafting');
  return (
    <>
      <Card
        title={t('draftingCampaigns.progress.title')}
        titleId="drafting-campaign-progress-title"
        data-testid="drafting-campaign-progress"
      >
        <StateBar counts={progress.totals} label={t('draftingCampaigns.progress.title')} />
        <StateLegend counts={progress.totals} />
        {progress.unassigned.total > 0 && (
          <p className="muted small" data-testid="unassigned-count">
            {t('draftingCampaigns.progress.unassigned', { count: progress.unassigned.total })}
          </p>
        )}
      </Card>
      <Card title={t('draftingCampaigns.progress.byGroup')} titleId="group-progress-title">
        {drafting.length === 0 ? (
          <p className="muted">{t('draftingCampaigns.progress.noGroups')}</p>
        ) : (
          <div className="group-progress-list">
            {drafting.map((group) => (
              <div key={group.groupId} className="group-progress" data-testid="group-progress">
                <h3>
                  {group.name}{' '}
                  <span className="muted small">
                    {t('draftingCampaigns.progress.positions', { count: group.counts.total })}
                  </span>
                </h3>
                <StateBar counts={group.counts} label={group.name} />
                <ul className="member-progress-list">
                  {progress.members
                    .filter((member) => member.groupId === group.groupId)
                    .map((member) => (
                      <li key={member.userId} className="member-progress" data-testid="member-progress">
                        <span className="member-progress-name">
                          {member.fullName}
                          {member.role === 'coordinator' && (
                            <Badge tone="info">{t('draftingCampaigns.roles.coordinator')}</Badge>
                          )}
                          <span className="muted small">
                            {' '}
                            {t('draftingCampaigns.progress.positions', { count: member.counts.total })}
                          </span>
                        </span>
                        <StateBar counts={member.counts} label={member.fullName} />
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
