import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listOrgUnits } from '../../shared/api/reference';
import { useFormatDay } from '../../shared/format';
import { useDraftingCampaignAction } from '../../shared/use-action';
import { useApi } from '../../shared/use-api';
import { useJobLevelName } from '../../shared/use-job-level-name';
import { Alert, Badge, Button, Card, ErrorAlert, Field } from '../../ui';
import { listPositions } from '../standards/api';
import {
  addPositions,
  assignPositions,
  type DraftingCampaignDetail,
  type DraftingCampaignPositionView,
  progressStates,
  removePosition,
} from './api';
import { InterviewsPanel } from './interviews-panel';

interface Assignee {
  userId: string;
  fullName: string;
  groupName: string;
}

/** Positions in scope with state, assignee and due date; adding positions; interviews per position. */
export function PositionsSection({
  detail,
  onChanged,
}: {
  detail: DraftingCampaignDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [interviewFor, setInterviewFor] = useState<DraftingCampaignPositionView | null>(null);
  const selectedForInterview = interviewFor
    ? (detail.positions.find((p) => p.positionId === interviewFor.positionId) ?? null)
    : null;
  return (
    <>
      {detail.permissions.manage && <AddPositionsForm detail={detail} onChanged={onChanged} />}
      <ScopeTable detail={detail} onChanged={onChanged} onInterviews={setInterviewFor} />
      {selectedForInterview && (
        <InterviewsPanel
          draftingCampaignId={detail.draftingCampaign.id}
          position={selectedForInterview}
          onClose={() => setInterviewFor(null)}
          onChanged={onChanged}
        />
      )}
      {detail.positions.length === 0 && <p className="muted">{t('draftingCampaigns.positionsTab.empty')}</p>}
    </>
  );
}

function AddPositionsForm({ detail, onChanged }: { detail: DraftingCampaignDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const agencyId = detail.draftingCampaign.agencyId;
  const units = useApi(`org-units:${agencyId}`, () => listOrgUnits(agencyId));
  const positions = useApi(`positions:${agencyId}`, () => listPositions(agencyId));
  const inScope = new Set(detail.positions.map((p) => p.positionId));
  const available = (positions.data?.items ?? []).filter((p) => !inScope.has(p.id));
  const [orgUnitId, setOrgUnitId] = useState('');
  const [includeSubUnits, setIncludeSubUnits] = useState(true);
  const [positionId, setPositionId] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const action = useDraftingCampaignAction(onChanged);

  async function add(input: Parameters<typeof addPositions>[1]) {
    setResult(null);
    await action.run(async () => {
      const answer = await addPositions(detail.draftingCampaign.id, input);
      setResult(t('draftingCampaigns.positionsTab.added', answer));
    });
  }

  function onUnit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (orgUnitId) void add({ orgUnitId, includeSubUnits });
  }

  function onPosition(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (positionId) void add({ positionIds: [positionId] }).then(() => setPositionId(''));
  }

  return (
    <Card title={t('draftingCampaigns.positionsTab.addTitle')} titleId="add-positions-title">
      <div className="two-columns">
        <form className="drafting-campaign-inline-form" onSubmit={onUnit} data-testid="add-unit-form">
          <Field label={t('draftingCampaigns.positionsTab.orgUnit')}>
            <select name="orgUnitId" value={orgUnitId} onChange={(e) => setOrgUnitId(e.target.value)}>
              <option value="">{t('draftingCampaigns.positionsTab.chooseUnit')}</option>
              {(units.data?.items ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </Field>
          <label className="drafting-campaign-check">
            <input
              className="checkbox"
              type="checkbox"
              checked={includeSubUnits}
              onChange={(e) => setIncludeSubUnits(e.target.checked)}
            />
            {t('draftingCampaigns.positionsTab.includeSubUnits')}
          </label>
          <Button type="submit" disabled={action.busy || !orgUnitId}>
            {t('draftingCampaigns.positionsTab.addUnit')}
          </Button>
        </form>
        <form className="drafting-campaign-inline-form" onSubmit={onPosition} data-testid="add-position-form">
          <Field label={t('draftingCampaigns.positionsTab.position')}>
            <select name="positionId" value={positionId} onChange={(e) => setPositionId(e.target.value)}>
              <option value="">
                {t('draftingCampaigns.positionsTab.choosePosition', { count: available.length })}
              </option>
              {available.map((position) => (
                <option key={position.id} value={position.id}>
                  {position.name}
                </option>
              ))}
            </select>
          </Field>
          <Button type="submit" disabled={action.busy || !positionId}>
            {t('draftingCampaigns.positionsTab.addPosition')}
          </Button>
        </form>
      </div>
      {result && (
        <Alert tone="success" role="status" data-testid="positions-added">
          {result}
        </Alert>
      )}
      <ErrorAlert error={action.error} />
    </Card>
  );
}

function ScopeTable({
  detail,
  onChanged,
  onInterviews,
}: {
  detail: DraftingCampaignDetail;
  onChanged: () => void;
  onInterviews: (position: DraftingCampaignPositionView) => void;
}) {
  const { t } = useTranslation();
  const jobLevelName = useJobLevelName();
  const formatDay = useFormatDay();
  const action = useDraftingCampaignAction(onChanged);
  const [query, setQuery] = useState('');
  const [stateFilter, setStateFilter] = useState('');
  const [assigneeFilter, setAssigneeFilter] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkAssignee, setBulkAssignee] = useState('');
  const draftingCampaignId = detail.draftingCampaign.id;

  const members = detail.groups.flatMap((group) =>
    group.kind === 'drafting'
      ? group.members.map((m) => ({
          userId: m.userId,
          fullName: m.fullName,
          groupName: group.name,
          groupId: group.id,
        }))
      : [],
  );
  const nameOf = new Map(members.map((m) => [m.userId, m]));
  const assignable: Assignee[] = members.filter((m) => detail.permissions.assignGroupIds.includes(m.groupId));
  const needle = query.trim().toLowerCase();
  const rows = detail.positions.filter(
    (p) =>
      (!needle ||
        p.name.toLowerCase().includes(needle) ||
        (p.orgUnitName ?? '').toLowerCase().includes(needle)) &&
      (!stateFilter || (stateFilter === 'late' ? p.late : p.state === stateFilter)) &&
      (!assigneeFilter || (assigneeFilter === '-' ? p.assigneeId === null : p.assigneeId === assigneeFilter)),
  );
  const selectable = rows.filter((p) => p.canAssign);

  function toggle(positionId: string, on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(positionId);
      else next.delete(positionId);
      return next;
    });
  }

  const assign = (positionId: string, assigneeId: string | null, dueOn?: string | null) =>
    action.run(() =>
      assignPositions(draftingCampaignId, {
        assignments: [{ positionId, assigneeId, ...(dueOn !== undefined ? { dueOn } : {}) }],
      }),
    );

  async function assignSelected() {
    const ids = [...selected].filter((id) => detail.positions.some((p) => p.positionId === id));
    const ok = await action.run(() =>
      assignPositions(draftingCampaignId, {
        assignments: ids.map((positionId) => ({ positionId, assigneeId: bulkAssignee || null })),
      }),
    );
    if (ok) setSelected(new Set());
  }

  return (
    <Card
      title={t('draftingCampaigns.positionsTab.title', { count: detail.positions.length })}
      titleId="scope-title"
    >
      <div className="toolbar drafting-campaign-filters">
        <Field label={t('draftingCampaigns.positionsTab.search')}>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} name="q" />
        </Field>
        <Field label={t('draftingCampaigns.positionsTab.state')}>
          <select value={stateFilter} onChange={(e) => setStateFilter(e.target.value)} name="state">
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
            value={assigneeFilter}
            onChange={(e) => setAssigneeFilter(e.target.value)}
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
      {assignable.length > 0 && (
        <div className="toolbar drafting-campaign-bulk" data-testid="bulk-assign">
          <span>{t('draftingCampaigns.positionsTab.selected', { count: selected.size })}</span>
          <Button variant="link" onClick={() => setSelected(new Set(selectable.map((p) => p.positionId)))}>
            {t('draftingCampaigns.positionsTab.selectShown', { count: selectable.length })}
          </Button>
          <select
            aria-label={t('draftingCampaigns.positionsTab.assignTo')}
            value={bulkAssignee}
            onChange={(e) => setBulkAssignee(e.target.value)}
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
            disabled={action.busy || selected.size === 0}
            onClick={() => void assignSelected()}
            data-testid="bulk-assign-submit"
          >
            {t('draftingCampaigns.positionsTab.assignSelected')}
          </Button>
        </div>
      )}
      <ErrorAlert error={action.error} />
      <div className="table-wrap">
        <table className="table drafting-campaign-scope" data-testid="drafting-campaign-positions">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('draftingCampaigns.positionsTab.select')}</span>
              </th>
              <th scope="col">{t('draftingCampaigns.positionsTab.position')}</th>
              <th scope="col">{t('draftingCampaigns.positionsTab.state')}</th>
              <th scope="col">{t('draftingCampaigns.positionsTab.assignee')}</th>
              <th scope="col">{t('draftingCampaigns.positionsTab.dueOn')}</th>
              <th scope="col">{t('draftingCampaigns.positionsTab.interviews')}</th>
              {detail.permissions.manage && (
                <th scope="col">
                  <span className="visually-hidden">{t('draftingCampaigns.positionsTab.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr
                key={p.positionId}
                data-testid="drafting-campaign-position"
                className={p.late ? 'is-late' : undefined}
              >
                <td>
                  {p.canAssign && (
                    <input
                      className="checkbox"
                      type="checkbox"
                      aria-label={t('draftingCampaigns.positionsTab.selectOne', { name: p.name })}
                      checked={selected.has(p.positionId)}
                      onChange={(e) => toggle(p.positionId, e.target.checked)}
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
                  <span className={`badge state-badge state-${p.state}`}>
                    {t(`draftingCampaigns.states.${p.state}`)}
                  </span>
                  {p.late && <Badge tone="warning">{t('draftingCampaigns.positionsTab.late')}</Badge>}
                </td>
                <td>
                  {p.canAssign ? (
                    <select
                      aria-label={t('draftingCampaigns.positionsTab.assigneeOf', { name: p.name })}
                      value={p.assigneeId ?? ''}
                      disabled={action.busy}
                      onChange={(e) => void assign(p.positionId, e.target.value || null)}
                      data-testid="assignee-select"
                    >
                      <option value="">{t('draftingCampaigns.positionsTab.unassigned')}</option>
                      {p.assigneeId && !assignable.some((m) => m.userId === p.assigneeId) && (
                        <option value={p.assigneeId}>
                          {nameOf.get(p.assigneeId)?.fullName ?? p.assigneeId}
                        </option>
                      )}
                      {assignable.map((m) => (
                        <option key={m.userId} value={m.userId}>
                          {m.fullName} — {m.groupName}
                        </option>
                      ))}
                    </select>
                  ) : p.assigneeId ? (
                    nameOf.get(p.assigneeId)?.fullName
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
                      onChange={(e) => void assign(p.positionId, p.assigneeId, e.target.value || null)}
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
                  <Button variant="link" data-testid="open-interviews" onClick={() => onInterviews(p)}>
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
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
