import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDay } from '../../shared/format';
import { Badge, Card, DataTable } from '../../ui';
import type { DraftingCampaignProgress } from './api';
import { ProgressStateBadge } from './progress-state-badge';

/** Positions past their due date whose standard is not yet submitted, the latest first. */
export function LateItems({ progress }: { progress: DraftingCampaignProgress }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const groupName = (id: string | null) => progress.groups.find((g) => g.groupId === id)?.name ?? null;
  const items = progress.lateItems;
  return (
    <Card
      title={
        <>
          {t('draftingCampaigns.late.title')} <Badge tone="warning">{items.length}</Badge>
        </>
      }
      titleId="late-items-title"
    >
      <p className="muted small">{t('draftingCampaigns.late.hint', { today: formatDay(progress.today) })}</p>
      <DataTable
        wrapClassName="late-items-wrap"
        columns={[
          t('draftingCampaigns.positionsTab.position'),
          t('draftingCampaigns.positionsTab.assignee'),
          t('draftingCampaigns.late.dueOn'),
          t('draftingCampaigns.late.daysLate'),
          t('draftingCampaigns.positionsTab.state'),
        ]}
        rows={items}
        rowKey={(item) => item.positionId}
        renderRow={(item) => (
          <tr data-testid="late-item">
            <td>
              {item.standardId ? (
                <Link to={`/skj/${item.standardId}`}>{item.positionName}</Link>
              ) : (
                item.positionName
              )}
              {item.orgUnitName && <div className="muted small">{item.orgUnitName}</div>}
            </td>
            <td>
              {item.assigneeName ?? (
                <span className="muted">{t('draftingCampaigns.positionsTab.unassigned')}</span>
              )}
              {groupName(item.groupId) && <div className="muted small">{groupName(item.groupId)}</div>}
            </td>
            <td className="nowrap">
              {formatDay(item.dueOn)}
              <div className="muted small">{t(`draftingCampaigns.dueSources.${item.dueSource}`)}</div>
            </td>
            <td>{t('draftingCampaigns.late.days', { count: item.daysLate })}</td>
            <td>
              <ProgressStateBadge state={item.state} />
            </td>
          </tr>
        )}
        empty={t('draftingCampaigns.late.empty')}
        emptyTestId="late-empty"
      />
    </Card>
  );
}
