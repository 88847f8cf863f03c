import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMembers,
  type CampaignDetail,
  type CampaignGroupView,
  createGroup,
  deleteGroup,
  removeMember,
  updateMember,
} from '../../api-campaigns';
import { listUsers } from '../../api-client';
import { ErrorAlert } from '../error-alert';
import { Field } from '../field';
import { useApi } from '../use-api';
import { useCampaignAction } from './use-campaign-action';

/** The steering team and drafting groups with their coordinators and members (seed 000). */
export function TeamSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const manage = detail.permissions.manage;
  const users = useApi(manage ? `campaign-users:${detail.campaign.agencyId}` : null, () =>
    listUsers(detail.campaign.agencyId),
  );
  const seated = new Set(detail.groups.flatMap((group) => group.members.map((member) => member.userId)));
  const candidates = (users.data?.items ?? []).filter((user) => user.active && !seated.has(user.id));
  return (
    <>
      {detail.groups.length === 0 && <p className="alert alert-info">{t('campaigns.team.empty')}</p>}
      <div className="campaign-groups">
        {detail.groups.map((group) => (
          <GroupCard
            key={group.id}
            campaignId={detail.campaign.id}
            group={group}
            manage={manage}
            candidates={candidates}
            onChanged={onChanged}
          />
        ))}
      </div>
      {manage && <CreateGroupForm campaignId={detail.campaign.id} onChanged={onChanged} />}
    </>
  );
}

function GroupCard({
  campaignId,
  group,
  manage,
  candidates,
  onChanged,
}: {
  campaignId: string;
  group: CampaignGroupView;
  manage: boolean;
  candidates: { id: string; fullName: string; username: string }[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useCampaignAction(onChanged);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<'coordinator' | 'member'>('member');

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!userId) return;
    if (await action.run(() => addMembers(campaignId, group.id, { members: [{ userId, role }] })))
      setUserId('');
  }

  return (
    <section className="card campaign-group" data-testid="campaign-group" data-kind={group.kind}>
      <header className="card-header">
        <h3>
          {group.name}{' '}
          <span className={`badge ${group.kind === 'steering' ? 'badge-muted' : 'badge-info'}`}>
            {t(`campaigns.groupKinds.${group.kind}`)}
          </span>
        </h3>
        {manage && (
          <button
            type="button"
            className="button button-small button-danger"
            disabled={action.busy}
            onClick={() => {
              if (window.confirm(t('campaigns.team.confirmDeleteGroup', { name: group.name })))
                void action.run(() => deleteGroup(campaignId, group.id));
            }}
          >
            {t('campaigns.team.deleteGroup')}
          </button>
        )}
      </header>
      {group.members.length === 0 ? (
        <p className="muted small">{t('campaigns.team.noMembers')}</p>
      ) : (
        <ul className="campaign-members">
          {group.members.map((member) => (
            <li key={member.userId} data-testid="campaign-member">
              <span>
                {member.fullName} <span className="muted small">({member.username})</span>
              </span>
              <span className={`badge ${member.role === 'coordinator' ? 'badge-success' : 'badge-muted'}`}>
                {t(`campaigns.roles.${member.role}`)}
              </span>
              {manage && (
                <span className="campaign-member-actions">
                  <button
                    type="button"
                    className="link-button"
                    disabled={action.busy}
                    onClick={() =>
                      void action.run(() =>
                        updateMember(campaignId, member.userId, {
                          role: member.role === 'coordinator' ? 'member' : 'coordinator',
                        }),
                      )
                    }
                  >
                    {member.role === 'coordinator'
                      ? t('campaigns.team.makeMember')
                      : t('campaigns.team.makeCoordinator')}
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    disabled={action.busy}
                    onClick={() => void action.run(() => removeMember(campaignId, member.userId))}
                  >
                    {t('campaigns.team.remove')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <form className="campaign-inline-form" onSubmit={(e) => void onAdd(e)} data-testid="add-member-form">
          <Field label={t('campaigns.team.user')}>
            <select name="userId" value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">{t('campaigns.team.chooseUser')}</option>
              {candidates.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.fullName} ({user.username})
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('campaigns.team.role')}>
            <select
              name="role"
              value={role}
              onChange={(e) => setRole(e.target.value === 'coordinator' ? 'coordinator' : 'member')}
            >
              <option value="member">{t('campaigns.roles.member')}</option>
              <option value="coordinator">{t('campaigns.roles.coordinator')}</option>
            </select>
          </Field>
          <button type="submit" className="button button-secondary" disabled={action.busy || !userId}>
            {t('campaigns.team.addMember')}
          </button>
        </form>
      )}
      <ErrorAlert error={action.error} />
    </section>
  );
}

function CreateGroupForm({ campaignId, onChanged }: { campaignId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useCampaignAction(onChanged);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'steering' | 'drafting'>('drafting');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await action.run(() => createGroup(campaignId, { name: name.trim(), kind }))) setName('');
  }

  return (
    <section className="card form-card" aria-labelledby="create-group-title">
      <h3 id="create-group-title">{t('campaigns.team.createGroup')}</h3>
      <form
        className="campaign-inline-form"
        onSubmit={(e) => void onSubmit(e)}
        data-testid="create-group-form"
      >
        <Field label={t('campaigns.team.groupName')} errors={action.errorsFor('name')}>
          <input name="groupName" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('campaigns.team.groupKind')}>
          <select
            name="groupKind"
            value={kind}
            onChange={(e) => setKind(e.target.value === 'steering' ? 'steering' : 'drafting')}
          >
            <option value="drafting">{t('campaigns.groupKinds.drafting')}</option>
            <option value="steering">{t('campaigns.groupKinds.steering')}</option>
          </select>
        </Field>
        <button type="submit" className="button button-primary" disabled={action.busy || !name.trim()}>
          {t('campaigns.team.create')}
        </button>
      </form>
      <ErrorAlert error={action.error} />
    </section>
  );
}
