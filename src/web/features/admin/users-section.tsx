import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAgencies } from '../../shared/api/reference';
import { useFormatDate } from '../../shared/format';
import { useApi } from '../../shared/use-api';
import { Alert, Badge, Button, Card, DataTable, Field, LoadState, useConfirm } from '../../ui';
import type { User } from '../account/api';
import { useCapabilities } from '../account/current-user';
import { listUsers, type PasswordReset, type UserListItem } from './api';
import { TemporaryPasswordDialog, UserActions } from './user-actions';
import { UserForm } from './user-form';
import { UserProfileDialog } from './user-profile-dialog';

/** The users the reader manages, with their status and actions, and the form to add one. */
export function UsersSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const allAgencies = useCapabilities().manageAllUsers;
  const agencies = useApi(allAgencies ? 'agencies' : null, listAgencies);
  const [filter, setFilter] = useState('');
  const users = useApi(`users:${filter}`, () => listUsers(filter || undefined));
  const [notice, setNotice] = useState<string | null>(null);
  const [reset, setReset] = useState<PasswordReset | null>(null);
  // One question and one temporary password at a time, for the whole list.
  const { confirm, dialog } = useConfirm();
  const [editing, setEditing] = useState<UserListItem | null>(null);

  return (
    <div className="grid-main-aside">
      <Card title={t('admin.users.title')} titleId="users-title">
        {allAgencies && (
          <Field label={t('admin.users.filter')}>
            <select
              name="agencyFilter"
              data-testid="user-agency-filter"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            >
              <option value="">{t('admin.users.filterAll')}</option>
              {(agencies.data?.items ?? []).map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.code} — {agency.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {notice && (
          <Alert tone="success" role="status" testId="user-notice">
            {notice}
          </Alert>
        )}
        <LoadState loading={users.loading && !users.data} error={users.error} onRetry={users.reload} />
        {users.data && (
          <DataTable
            testId="user-table"
            columns={[
              t('admin.users.userAndSigner'),
              t('admin.users.roleAndAgency'),
              t('admin.users.status'),
              { label: t('admin.users.actions'), hidden: true },
            ]}
            rows={users.data.items}
            rowKey={(item) => item.id}
            renderRow={(item) => (
              <tr data-testid="user-row" data-username={item.username} data-active={item.active}>
                <td>
                  <code>{item.username}</code>
                  <br />
                  {item.fullName}
                  <br />
                  <span className="small" data-testid="user-signer">
                    {item.positionTitle && <span>{item.positionTitle}</span>}
                    {item.nip && <span className="muted small nowrap"> NIP {item.nip}</span>}
                    {item.permissions.updateProfile && (
                      <>
                        {' '}
                        <Button
                          variant="secondary"
                          size="small"
                          onClick={() => setEditing(item)}
                          data-testid="user-profile-edit"
                          aria-label={t('admin.users.editSignerFor', { name: item.fullName })}
                        >
                          {t('admin.users.editSigner')}
                        </Button>
                      </>
                    )}
                  </span>
                </td>
                <td>
                  {t(`roles.${item.role}`)}
                  <br />
                  <span className="muted small">{item.agencyName ?? t('header.national')}</span>
                </td>
                <td>
                  <UserStatus item={item} />
                </td>
                <td>
                  <UserActions
                    user={item}
                    confirm={confirm}
                    onChanged={(message) => {
                      setNotice(message);
                      users.reload();
                    }}
                    onReset={(answer) => {
                      setNotice(null);
                      setReset(answer);
                      users.reload();
                    }}
                  />
                </td>
              </tr>
            )}
            empty={t('common.empty')}
          />
        )}
        {dialog}
        <TemporaryPasswordDialog reset={reset} onClose={() => setReset(null)} />
      </Card>
      <UserProfileDialog
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          users.reload();
        }}
      />
      <UserForm
        user={user}
        allAgencies={allAgencies}
        roles={users.data?.assignableRoles ?? []}
        agencies={agencies.data?.items ?? []}
        onCreated={users.reload}
      />
    </div>
  );
}

function UserStatus({ item }: { item: UserListItem }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <span className="users-status" data-testid="user-status">
      {item.active ? (
        <Badge tone="success">{t('common.active')}</Badge>
      ) : (
        <Badge tone="muted">{t('common.inactive')}</Badge>
      )}
      {item.active && item.mustChangePassword && (
        <Badge tone="warning" data-testid="user-temporary">
          {t('admin.users.temporary')}
          {item.passwordExpiresAt &&
            `, ${t('admin.users.temporaryUntil', { date: formatDate(item.passwordExpiresAt) })}`}
        </Badge>
      )}
      <span className="muted small">
        {t('admin.users.lastLogin')}:{' '}
        {item.lastLoginAt ? formatDate(item.lastLoginAt) : t('admin.users.never')}
      </span>
    </span>
  );
}
