import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../shared/use-action';
import { useApi } from '../../shared/use-api';
import { Alert, Badge, Button, Card, ErrorAlert, Field, useConfirm } from '../../ui';
import { listUsers } from '../admin/api';
import {
  addMembers,
  createGroup,
  type DraftingCampaignDetail,
  type DraftingCampaignGroupView,
  deleteGroup,
  removeMember,
  updateMember,
} from './api';

/** The steering team and drafting groups with their coordinators and members (seed 000). */
export function TeamSection({
  detail,
  onChanged,
}: {
  detail: DraftingCampaignDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const manage = detail.permissions.manage;
  const users = useApi(manage ? `drafting-campaign-users:${detail.draftingCampaign.agencyId}` : null, () =>
    listUsers(detail.draftingCampaign.agencyId),
  );
  const seated = new Set(detail.groups.flatMap((group) => group.members.map((member) => member.userId)));
  const candidates = (users.data?.items ?? []).filter((user) => user.active && !seated.has(user.id));
  return (
    <>
      {detail.groups.length === 0 && <Alert tone="info">{t('draftingCampaigns.team.empty')}</Alert>}
      <div className="drafting-campaign-groups">
        {detail.groups.map((group) => (
          <GroupCard
            key={group.id}
            draftingCampaignId={detail.draftingCampaign.id}
            group={group}
            manage={manage}
            candidates={candidates}
            onChanged={onChanged}
          />
        ))}
      </div>
      {manage && <CreateGroupForm draftingCampaignId={detail.draftingCampaign.id} onChanged={onChanged} />}
    </>
  );
}

function GroupCard({
  draftingCampaignId,
  group,
  manage,
  candidates,
  onChanged,
}: {
  draftingCampaignId: string;
  group: DraftingCampaignGroupView;
  manage: boolean;
  candidates: { id: string; fullName: string; username: string }[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const confirmation = useConfirm();
  const action = useAction(onChanged);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<'coordinator' | 'member'>('member');

  async function removeGroup() {
    const question = t('draftingCampaigns.team.confirmDeleteGroup', { name: group.name });
    if (await confirmation.confirm(question, t('draftingCampaigns.team.deleteGroup')))
      await action.run(() => deleteGroup(draftingCampaignId, group.id));
  }

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!userId) return;
    if (await action.run(() => addMembers(draftingCampaignId, group.id, { members: [{ userId, role }] })))
      setUserId('');
  }

  return (
    <Card
      className="drafting-campaign-group"
      data-testid="drafting-campaign-group"
      data-kind={group.kind}
      titleLevel={3}
      title={
        <>
          {group.name}{' '}
          <Badge tone={group.kind === 'steering' ? 'muted' : 'info'}>
            {t(`draftingCampaigns.groupKinds.${group.kind}`)}
          </Badge>
        </>
      }
      actions={
        manage && (
          <Button variant="danger" size="small" disabled={action.busy} onClick={() => void removeGroup()}>
            {t('draftingCampaigns.team.deleteGroup')}
          </Button>
        )
      }
    >
      {confirmation.dialog}
      {group.members.length === 0 ? (
        <p className="muted small">{t('draftingCampaigns.team.noMembers')}</p>
      ) : (
        <ul className="drafting-campaign-members">
          {group.members.map((member) => (
            <li key={member.userId} data-testid="drafting-campaign-member">
              <span>
                {member.fullName} <span className="muted small">({member.username})</span>
              </span>
              <Badge tone={member.role === 'coordinator' ? 'success' : 'muted'}>
                {t(`draftingCampaigns.roles.${member.role}`)}
              </Badge>
              {manage && (
                <span className="drafting-campaign-member-actions">
                  <Button
                    variant="link"
                    disabled={action.busy}
                    onClick={() =>
                      void action.run(() =>
                        updateMember(draftingCampaignId, member.userId, {
                          role: member.role === 'coordinator' ? 'member' : 'coordinator',
                        }),
                      )
                    }
                  >
                    {member.role === 'coordinator'
                      ? t('draftingCampaigns.team.makeMember')
                      : t('draftingCampaigns.team.makeCoordinator')}
                  </Button>
                  <Button
                    variant="link"
                    disabled={action.busy}
                    onClick={() => void action.run(() => removeMember(draftingCampaignId, member.userId))}
                  >
                    {t('draftingCampaigns.team.remove')}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <form
          className="drafting-campaign-inline-form"
          onSubmit={(e) => void onAdd(e)}
          data-testid="add-member-form"
        >
          <Field label={t('draftingCampaigns.team.user')}>
            <select name="userId" value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">{t('draftingCampaigns.team.chooseUser')}</option>
              {candidates.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.fullName} ({user.username})
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('draftingCampaigns.team.role')}>
            <select
              name="role"
              value={role}
              onChange={(e) => setRole(e.target.value === 'coordinator' ? 'coordinator' : 'member')}
            >
              <option value="member">{t('draftingCampaigns.roles.member')}</option>
              <option value="coordinator">{t('draftingCampaigns.roles.coordinator')}</option>
            </select>
          </Field>
          <Button type="submit" disabled={action.busy || !userId}>
            {t('draftingCampaigns.team.addMember')}
          </Button>
        </form>
      )}
      <ErrorAlert error={action.error} />
    </Card>
  );
}

function CreateGroupForm({
  draftingCampaignId,
  onChanged,
}: {
  draftingCampaignId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'steering' | 'drafting'>('drafting');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await action.run(() => createGroup(draftingCampaignId, { name: name.trim(), kind }))) setName('');
  }

  return (
    <Card
      title={t('draftingCampaigns.team.createGroup')}
      titleId="create-group-title"
      titleLevel={3}
      edge="accent"
    >
      <form
        className="drafting-campaign-inline-form"
        onSubmit={(e) => void onSubmit(e)}
        data-testid="create-group-form"
      >
        <Field label={t('draftingCampaigns.team.groupName')} errors={action.errorsFor('name')}>
          <input name="groupName" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('draftingCampaigns.team.groupKind')}>
          <select
            name="groupKind"
            value={kind}
            onChange={(e) => setKind(e.target.value === 'steering' ? 'steering' : 'drafting')}
          >
            <option value="drafting">{t('draftingCampaigns.groupKinds.drafting')}</option>
            <option value="steering">{t('draftingCampaigns.groupKinds.steering')}</option>
          </select>
        </Field>
        <Button variant="primary" type="submit" disabled={action.busy || !name.trim()}>
          {t('draftingCampaigns.team.create')}
        </Button>
      </form>
      <ErrorAlert error={action.error} />
    </Card>
  );
}
