import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addPositions,
  assignPositions,
  type CampaignDetail,
  type CampaignPositionView,
  progressStates,
  removePosition,
} from '../../api-campaigns';
import { listOrgUnits } from '../../api-client';
import { listPositions } from '../../api-standards';
import { ErrorAlert } from '../error-alert';
import { Field } from '../field';
import { useApi } from '../use-api';
import { useJobLevelName } from '../use-job-level-name';
import { InterviewsPanel } from './interviews-panel';
import { useCampaignAction } from './use-campaign-action';
import { useFormatDay } from './use-format-day';

interface Assignee {
  userId: string;
  fullName: string;
  groupName: string;
}

/** Positions in scope with state, assignee and due date; adding positions; interviews per position. */
export function PositionsSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [interviewFor, setInterviewFor] = useState<CampaignPositionView | null>(null);
  const selectedForInterview = interviewFor
    ? (detail.positions.find((p) => p.positionId === interviewFor.positionId) ?? null)
    : null;
  return (
    <>
      {detail.permissions.manage && <AddPositionsForm detail={detail} onChanged={onChanged} />}
      <ScopeTable detail={detail} onChanged={onChanged} onInterviews={setInterviewFor} />
      {selectedForInterview && (
        <InterviewsPanel
          campaignId={detail.campaign.id}
          position={selectedForInterview}
          onClose={() => setInterviewFor(null)}
          onChanged={onChanged}
        />
      )}
      {detail.positions.length === 0 && <p className="muted">{t('campaigns.positionsTab.empty')}</p>}
    </>
  );
}

function AddPositionsForm({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const agencyId = detail.campaign.agencyId;
  const units = useApi(`org-units:${agencyId}`, () => listOrgUnits(agencyId));
  const positions = useApi(`positions:${agencyId}`, () => listPositions(agencyId));
  const inScope = new Set(detail.positions.map((p) => p.positionId));
  const available = (positions.data?.items ?? []).filter((p) => !inScope.has(p.id));
  const [orgUnitId, setOrgUnitId] = useState('');
  const [includeSubUnits, setIncludeSubUnits] = useState(true);
  const [positionId, setPositionId] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const action = useCampaignAction(onChanged);

  async function add(input: Parameters<typeof addPositions>[1]) {
    setResult(null);
    await action.run(async () => {
      const answer = await addPositions(detail.campaign.id, input);
      setResult(t('campaigns.positionsTab.added', answer));
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
    <section className="card" aria-labelledby="add-positions-title">
      <h2 id="add-positions-title">{t('campaigns.positionsTab.addTitle')}</h2>
      <div className="two-columns">
        <form className="campaign-inline-form" onSubmit={onUnit} data-testid="add-unit-form">
          <Field label={t('campaigns.positionsTab.orgUnit')}>
            <select name="orgUnitId" value={orgUnitId} onChange={(e) => setOrgUnitId(e.target.value)}>
              <option value="">{t('campaigns.positionsTab.chooseUnit')}</option>
              {(units.data?.items ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </Field>
          <label className="campaign-check">
            <input
              className="checkbox"
              type="checkbox"
              checked={includeSubUnits}
              onChange={(e) => setIncludeSubUnits(e.target.checked)}
            />
            {t('campaigns.positionsTab.includeSubUnits')}
          </label>
          <button type="submit" className="button button-secondary" disabled={action.busy || !orgUnitId}>
            {t('campaigns.positionsTab.addUnit')}
          </button>
        </form>
        <form className="campaign-inline-form" onSubmit={onPosition} data-testid="add-position-form">
          <Field label={t('campaigns.positionsTab.position')}>
            <select name="positionId" value={positionId} onChange={(e) => setPositionId(e.target.value)}>
              <option value="">
                {t('campaigns.positionsTab.choosePosition', { count: available.length })}
              </option>
              {available.map((position) => (
                <option key={position.id} value={position.id}>
                  {position.name}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="button button-secondary" disabled={action.busy || !positionId}>
            {t('campaigns.positionsTab.addPosition')}
          </button>
        </form>
      </div>
      {result && (
        <p className="alert alert-success" role="status" data-testid="positions-added">
          {result}
        </p>
      )}
      <ErrorAlert error={action.error} />
    </section>
  );
}

function ScopeTable({
  detail,
  onChanged,
  onInterviews,
}: {
  detail: CampaignDetail;
  onChanged: () => void;
  onInterviews: (position: CampaignPositionView) => void;
}) {
  const { t } = useTranslation();
  const jobLevelName = useJobLevelName();
  const formatDay = useFormatDay();
  const action = useCampaignAction(onChanged);
  const [query, setQuery] = useState('');
  const [stateFilter, setStateFilter] = useState('');
  const [assigneeFilter, setAssigneeFilter] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkAssignee, setBulkAssignee] = useState('');
  const campaignId = detail.campaign.id;

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
      assignPositions(campaignId, {
        assignments: [{ positionId, assigneeId, ...(dueOn !== undefined ? { dueOn } : {}) }],
      }),
    );

  async function assignSelected() {
    const ids = [...selected].filter((id) => detail.positions.some((p) => p.positionId === id));
    const ok = await action.run(() =>
      assignPositions(campaignId, {
        assignments: ids.map((positionId) => ({ positionId, assigneeId: bulkAssignee || null })),
      }),
    );
    if (ok) setSelected(new Set());
  }

  return (
    <section className="card" aria-labelledby="scope-title">
      <h2 id="scope-title">{t('campaigns.positionsTab.title', { count: detail.positions.length })}</h2>
      <div className="toolbar campaign-filters">
        <Field label={t('campaigns.positionsTab.search')}>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} name="q" />
        </Field>
        <Field label={t('campaigns.positionsTab.state')}>
          <select value={stateFilter} onChange={(e) => setStateFilter(e.target.value)} name="state">
            <option value="">{t('campaigns.positionsTab.allStates')}</option>
            {progressStates.map((state) => (
              <option key={state} value={state}>
                {t(`campaigns.states.${state}`)}
              </option>
            ))}
            <option value="late">{t('campaigns.positionsTab.onlyLate')}</option>
          </select>
        </Field>
        <Field label={t('campaigns.positionsTab.assignee')}>
          <select
            value={assigneeFilter}
            onChange={(e) => setAssigneeFilter(e.target.value)}
            name="assigneeFilter"
          >
            <option value="">{t('campaigns.positionsTab.everyone')}</option>
            <option value="-">{t('campaigns.positionsTab.unassigned')}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.fullName}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {assignable.length > 0 && (
        <div className="toolbar campaign-bulk" data-testid="bulk-assign">
          <span>{t('campaigns.positionsTab.selected', { count: selected.size })}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => setSelected(new Set(selectable.map((p) => p.positionId)))}
          >
            {t('campaigns.positionsTab.selectShown', { count: selectable.length })}
          </button>
          <select
            aria-label={t('campaigns.positionsTab.assignTo')}
            value={bulkAssignee}
            onChange={(e) => setBulkAssignee(e.target.value)}
            name="bulkAssignee"
          >
            <option value="">{t('campaigns.positionsTab.unassign')}</option>
            {assignable.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.fullName} — {m.groupName}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-primary button-small"
            disabled={action.busy || selected.size === 0}
            onClick={() => void assignSelected()}
            data-testid="bulk-assign-submit"
          >
            {t('campaigns.positionsTab.assignSelected')}
          </button>
        </div>
      )}
      <ErrorAlert error={action.error} />
      <div className="table-wrap">
        <table className="table campaign-scope" data-testid="campaign-positions">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('campaigns.positionsTab.select')}</span>
              </th>
              <th scope="col">{t('campaigns.positionsTab.position')}</th>
              <th scope="col">{t('campaigns.positionsTab.state')}</th>
              <th scope="col">{t('campaigns.positionsTab.assignee')}</th>
              <th scope="col">{t('campaigns.positionsTab.dueOn')}</th>
              <th scope="col">{t('campaigns.positionsTab.interviews')}</th>
              {detail.permissions.manage && (
                <th scope="col">
                  <span className="visually-hidden">{t('campaigns.positionsTab.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr
                key={p.positionId}
                data-testid="campaign-position"
                className={p.late ? 'is-late' : undefined}
              >
                <td>
                  {p.canAssign && (
                    <input
                      className="checkbox"
                      type="checkbox"
                      aria-label={t('campaigns.positionsTab.selectOne', { name: p.name })}
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
                    {t(`campaigns.states.${p.state}`)}
                  </span>
                  {p.late && <span className="badge badge-warning">{t('campaigns.positionsTab.late')}</span>}
                </td>
                <td>
                  {p.canAssign ? (
                    <select
                      aria-label={t('campaigns.positionsTab.assigneeOf', { name: p.name })}
                      value={p.assigneeId ?? ''}
                      disabled={action.busy}
                      onChange={(e) => void assign(p.positionId, e.target.value || null)}
                      data-testid="assignee-select"
                    >
                      <option value="">{t('campaigns.positionsTab.unassigned')}</option>
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
                    <span className="muted">{t('campaigns.positionsTab.unassigned')}</span>
                  )}
                </td>
                <td className="campaign-due">
                  {p.canAssign ? (
                    <input
                      type="date"
                      aria-label={t('campaigns.positionsTab.dueOf', { name: p.name })}
                      value={p.dueOn ?? ''}
                      min={detail.campaign.startsOn}
                      max={detail.campaign.endsOn}
                      disabled={action.busy}
                      onChange={(e) => void assign(p.positionId, p.assigneeId, e.target.value || null)}
                    />
                  ) : (
                    formatDay(p.effectiveDueOn)
                  )}
                  {!p.dueOn && (
                    <div className="muted small">
                      {formatDay(p.effectiveDueOn)} · {t(`campaigns.dueSources.${p.dueSource}`)}
                    </div>
                  )}
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => onInterviews(p)}>
                    {t('campaigns.positionsTab.interviewCount', { count: p.interviewCount })}
                  </button>
                </td>
                {detail.permissions.manage && (
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      disabled={action.busy}
                      onClick={() => void action.run(() => removePosition(campaignId, p.positionId))}
                    >
                      {t('campaigns.positionsTab.remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
