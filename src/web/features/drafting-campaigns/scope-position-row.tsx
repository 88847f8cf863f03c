import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDay } from '../../shared/format';
import type { ActionState } from '../../shared/use-action';
import { useJobLevelName } from '../../shared/use-job-level-name';
import { Badge, Button } from '../../ui';
import {
  assignPositions,
  type DraftingCampaignDetail,
  type DraftingCampaignPositionView,
  removePosition,
} from './api';
import { ProgressStateBadge } from './progress-state-badge';
import type { Drafter } from './scope-rows';

/**
 * One position in scope. Who may assign it ticks it, picks its drafter and due date in place; the
 * others read them. The due date it inherits (phase, drafting campaign) is named under it.
 */
export function ScopePositionRow({
  position: p,
  detail,
  members,
  assignable,
  selected,
  onSelect,
  action,
  onInterviews,
}: {
  position: DraftingCampaignPositionView;
  detail: DraftingCampaignDetail;
  members: Drafter[];
  assignable: Drafter[];
  selected: boolean;
  onSelect: (on: boolean) => void;
  action: ActionState;
  onInterviews: () => void;
}) {
  const { t } = useTranslation();
  const jobLevelName = useJobLevelName();
  const formatDay = useFormatDay();
  const draftingCampaignId = detail.draftingCampaign.id;
  const nameOf = (userId: string) => members.find((m) => m.userId === userId)?.fullName;
  const assign = (assigneeId: string | null, dueOn?: string | null) =>
    action.run(() =>
      assignPositions(draftingCampaignId, {
        assignments: [{ positionId: p.positionId, assigneeId, ...(dueOn !== undefined ? { dueOn } : {}) }],
      }),
    );

  return (
    <tr data-testid="drafting-campaign-position" className={p.late ? 'is-late' : undefined}>
      <td>
        {p.canAssign && (
          <input
            className="checkbox"
            type="checkbox"
            aria-label={t('draftingCampaigns.positionsTab.selectOne', { name: p.name })}
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
          />
        )}
      </td>
      <td>
        {p.standard ? <Link to={`/skj/${p.standard.id}`}>{p.name}</Link> : p.name}
        <div className="muted small">
          {[p.orgUnitName, jobLevelName(p.jobLevel)].filter(Boolean).join(' · ')}
        </div>
      </td>
      <td>
        <ProgressStateBadge state={p.state} />
        {p.late && <Badge tone="warning">{t('draftingCampaigns.positionsTab.late')}</Badge>}
      </td>
      <td>
        {p.canAssign ? (
          <select
            aria-label={t('draftingCampaigns.positionsTab.assigneeOf', { name: p.name })}
            value={p.assigneeId ?? ''}
            disabled={action.busy}
            onChange={(e) => void assign(e.target.value || null)}
            data-testid="assignee-select"
          >
            <option value="">{t('draftingCampaigns.positionsTab.unassigned')}</option>
            {p.assigneeId && !assignable.some((m) => m.userId === p.assigneeId) && (
              <option value={p.assigneeId}>{nameOf(p.assigneeId) ?? p.assigneeId}</option>
            )}
            {assignable.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.fullName} — {m.groupName}
              </option>
            ))}
          </select>
        ) : p.assigneeId ? (
          nameOf(p.assigneeId)
        ) : (
          <span className="muted">{t('draftingCampaigns.positionsTab.unassigned')}</span>
        )}
      </td>
      <td className="drafting-campaign-due">
        {p.canAssign ? (
          <input
            type="date"
            aria-label={t('draftingCampaigns.positionsTab.dueOf', { name: p.name })}
            value={p.dueOn ?? ''}
            min={detail.draftingCampaign.startsOn}
            max={detail.draftingCampaign.endsOn}
            disabled={action.busy}
            onChange={(e) => void assign(p.assigneeId, e.target.value || null)}
          />
        ) : (
          formatDay(p.effectiveDueOn)
        )}
        {!p.dueOn && (
          <div className="muted small">
            {formatDay(p.effectiveDueOn)} · {t(`draftingCampaigns.dueSources.${p.dueSource}`)}
          </div>
        )}
      </td>
      <td>
        <Button variant="link" data-testid="open-interviews" onClick={onInterviews}>
          {t('draftingCampaigns.positionsTab.interviewCount', { count: p.interviewCount })}
        </Button>
      </td>
      {detail.permissions.manage && (
        <td>
          <Button
            variant="link"
            disabled={action.busy}
            onClick={() => void action.run(() => removePosition(draftingCampaignId, p.positionId))}
          >
            {t('draftingCampaigns.positionsTab.remove')}
          </Button>
        </td>
      )}
    </tr>
  );
}
