import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActionState, useAction } from '../../shared/use-action';
import { Button, Card, DataTable, Field } from '../../ui';
import {
  assignPositions,
  type DraftingCampaignDetail,
  type DraftingCampaignPositionView,
  progressStates,
} from './api';
import { ScopePositionRow } from './scope-position-row';
import { type Drafter, draftingMembers, filterScope, noFilter, type ScopeFilter } from './scope-rows';

/**
 * The positions in scope: filters, a bar to assign the ticked positions at once, and one row per
 * position with its state, assignee, due date and interviews.
 */
export function ScopeTable({
  detail,
  onChanged,
  onInterviews,
}: {
  detail: DraftingCampaignDetail;
  onChanged: () => void;
  onInterviews: (position: DraftingCampaignPositionView) => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const [filter, setFilter] = useState<ScopeFilter>(noFilter);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const draftingCampaignId = detail.draftingCampaign.id;
  const members = draftingMembers(detail);
  const assignable = members.filter((m) => detail.permissions.assignGroupIds.includes(m.groupId));
  const rows = filterScope(detail.positions, filter);
  const manage = detail.permissions.manage;

  function toggle(positionId: string, on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(positionId);
      else next.delete(positionId);
      return next;
    });
  }

  async function assignSelected(assigneeId: string | null) {
    const ids = [...selected].filter((id) => detail.positions.some((p) => p.positionId === id));
    const ok = await action.run(() =>
      assignPositions(draftingCampaignId, {
        assignments: ids.map((positionId) => ({ positionId, assigneeId })),
      }),
    );
    if (ok) setSelected(new Set());
  }

  return (
    <Card
      title={t('draftingCampaigns.positionsTab.title', { count: detail.positions.length })}
      titleId="scope-title"
    >
      <ScopeFilters filter={filter} members={members} onChange={setFilter} />
      {assignable.length > 0 && (
        <BulkAssignBar
          selectedCount={selected.size}
          shown={rows.filter((p) => p.canAssign).map((p) => p.positionId)}
          assignable={assignable}
          action={action}
          onSelect={(ids) => setSelected(new Set(ids))}
          onAssign={(assigneeId) => void assignSelected(assigneeId)}
        />
      )}
      <DataTable
        testId="drafting-campaign-positions"
        className="drafting-campaign-scope"
        columns={[
          { label: t('draftingCampaigns.positionsTab.select'), hidden: true },
          t('draftingCampaigns.positionsTab.position'),
          t('draftingCampaigns.positionsTab.state'),
          t('draftingCampaigns.positionsTab.assignee'),
          t('draftingCampaigns.positionsTab.dueOn'),
          t('draftingCampaigns.positionsTab.interviews'),
          manage && { label: t('draftingCampaigns.positionsTab.actions'), hidden: true },
        ]}
        rows={rows}
        rowKey={(p) => p.positionId}
        renderRow={(p) => (
          <ScopePositionRow
            position={p}
            detail={detail}
            members={members}
            assignable={assignable}
            selected={selected.has(p.positionId)}
            onSelect={(on) => toggle(p.positionId, on)}
            action={action}
            onInterviews={() => onInterviews(p)}
          />
        )}
      />
    </Card>
  );
}

/** Search by name, and narrow to one progress state (or the late ones) and one assignee. */
function ScopeFilters({
  filter,
  members,
  onChange,
}: {
  filter: ScopeFilter;
  members: Drafter[];
  onChange: (filter: ScopeFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar drafting-campaign-filters">
      <Field label={t('draftingCampaigns.positionsTab.search')}>
        <input
          type="search"
          value={filter.query}
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
          name="q"
        />
      </Field>
      <Field label={t('draftingCampaigns.positionsTab.state')}>
        <select
          value={filter.state}
          onChange={(e) => onChange({ ...filter, state: e.target.value })}
          name="state"
        >
          <option value="">{t('draftingCampaigns.positionsTab.allStates')}</option>
          {progressStates.map((state) => (
            <option key={state} value={state}>
              {t(`draftingCampaigns.states.${state}`)}
            </option>
          ))}
          <option value="late">{t('draftingCampaigns.positionsTab.onlyLate')}</option>
        </select>
      </Field>
      <Field label={t('draftingCampaigns.positionsTab.assignee')}>
        <select
          value={filter.assignee}
          onChange={(e) => onChange({ ...filter, assignee: e.target.value })}
          name="assigneeFilter"
        >
          <option value="">{t('draftingCampaigns.positionsTab.everyone')}</option>
          <option value="-">{t('draftingCampaigns.positionsTab.unassigned')}</option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.fullName}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

/** "N dipilih", tick all shown, then one assignee (or none) for every ticked position. */
function BulkAssignBar({
  selectedCount,
  shown,
  assignable,
  action,
  onSelect,
  onAssign,
}: {
  selectedCount: number;
  /** Positions shown that this user may assign. */
  shown: string[];
  assignable: Drafter[];
  action: ActionState;
  onSelect: (positionIds: string[]) => void;
  onAssign: (assigneeId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [assignee, setAssignee] = useState('');
  return (
    <div className="toolbar drafting-campaign-bulk" data-testid="bulk-assign">
      <span>{t('draftingCampaigns.positionsTab.selected', { count: selectedCount })}</span>
      <Button variant="link" onClick={() => onSelect(shown)}>
        {t('draftingCampaigns.positionsTab.selectShown', { count: shown.length })}
      </Button>
      <select
        aria-label={t('draftingCampaigns.positionsTab.assignTo')}
        value={assignee}
        onChange={(e) => setAssignee(e.target.value)}
        name="bulkAssignee"
      >
        <option value="">{t('draftingCampaigns.positionsTab.unassign')}</option>
        {assignable.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.fullName} — {m.groupName}
          </option>
        ))}
      </select>
      <Button
        variant="primary"
        size="small"
        disabled={action.busy || selectedCount === 0}
        onClick={() => onAssign(assignee || null)}
        data-testid="bulk-assign-submit"
      >
        {t('draftingCampaigns.positionsTab.assignSelected')}
      </Button>
    </div>
  );
}
