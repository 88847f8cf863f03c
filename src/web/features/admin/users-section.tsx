import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAgencies } from '../../shared/api/reference';
import { useApi } from '../../shared/use-api';
import { Badge, Button, Card, DataTable, Field, LoadState } from '../../ui';
import type { User } from '../account/api';
import { canAdministerAllAgencies } from '../account/current-user';
import { listUsers, type UserListItem } from './api';
import { UserForm } from './user-form';
import { UserProfileDialog } from './user-profile-dialog';

export function UsersSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const isSuperadmin = canAdministerAllAgencies(user);
  const agencies = useApi(isSuperadmin ? 'agencies' : null, listAgencies);
  const [filter, setFilter] = useState('');
  const users = useApi(`users:${filter}`, () => listUsers(filter || undefined));
  const [editing, setEditing] = useState<UserListItem | null>(null);

  return (
    <div className="grid-main-aside">
      <Card title={t('admin.users.title')} titleId="users-title">
        {isSuperadmin && (
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
        <LoadState loading={users.loading && !users.data} error={users.error} onRetry={users.reload} />
        {users.data && (
          <DataTable
            testId="user-table"
            columns={[
              t('admin.users.username'),
              t('admin.users.fullName'),
              t('admin.users.signer'),
              t('admin.users.role'),
              t('admin.users.agency'),
              t('admin.users.status'),
            ]}
            rows={users.data.items}
            rowKey={(item) => item.id}
            renderRow={(item) => (
              <tr>
                <td>
                  <code>{item.username}</code>
                </td>
                <td>{item.fullName}</td>
                <td data-testid="user-signer">
                  {item.positionTitle || item.nip ? (
                    <>
                      {item.positionTitle && <span>{item.positionTitle}</span>}
                      {item.nip && <span className="muted small nowrap"> NIP {item.nip}</span>}
                    </>
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
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
                </td>
                <td>{t(`roles.${item.role}`)}</td>
                <td>{item.agencyName ?? <span className="muted">{t('common.none')}</span>}</td>
                <td>
                  {item.active ? (
                    <Badge tone="success">{t('common.active')}</Badge>
                  ) : (
                    <Badge tone="muted">{t('common.inactive')}</Badge>
                  )}
                </td>
              </tr>
            )}
            empty={t('common.empty')}
          />
        )}
      </Card>
      <UserProfileDialog
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          users.reload();
        }}
      />
      <UserForm user={user} agencies={agencies.data?.items ?? []} onCreated={users.reload} />
    </div>
  );
}
