import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAgencies } from '../../shared/api/reference';
import { useApi } from '../../shared/use-api';
import { Badge, Card, Field, LoadState } from '../../ui';
import type { User } from '../account/api';
import { listUsers } from './api';
import { UserForm } from './user-form';

export function UsersSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const isSuperadmin = user.role === 'superadmin';
  const agencies = useApi(isSuperadmin ? 'agencies' : null, listAgencies);
  const [filter, setFilter] = useState('');
  const users = useApi(`users:${filter}`, () => listUsers(filter || undefined));

  return (
    <div className="admin-grid">
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
        {users.data &&
          (users.data.items.length === 0 ? (
            <p className="muted">{t('common.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" data-testid="user-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.users.username')}</th>
                    <th scope="col">{t('admin.users.fullName')}</th>
                    <th scope="col">{t('admin.users.role')}</th>
                    <th scope="col">{t('admin.users.agency')}</th>
                    <th scope="col">{t('admin.users.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.items.map((item) => (
                    <tr key={item.id}>
                      <td>
                        <code>{item.username}</code>
                      </td>
                      <td>{item.fullName}</td>
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
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </Card>
      <UserForm user={user} agencies={agencies.data?.items ?? []} onCreated={users.reload} />
    </div>
  );
}
