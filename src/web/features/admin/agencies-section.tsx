import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgencyKind, agencyKinds, listAgencies } from '../../shared/api/reference';
import { useApi } from '../../shared/use-api';
import { Card, DataTable, Field, LoadState } from '../../ui';
import type { User } from '../account/api';
import { canCreateAgencies } from '../account/current-user';
import { createAgency } from './api';
import { CreateForm } from './create-form';

export function AgenciesSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const agencies = useApi('agencies', listAgencies);

  return (
    <div className="grid-main-aside">
      <Card title={t('admin.agencies.title')} titleId="agencies-title">
        <LoadState
          loading={agencies.loading && !agencies.data}
          error={agencies.error}
          onRetry={agencies.reload}
        />
        {agencies.data && (
          <DataTable
            testId="agency-table"
            columns={[t('admin.agencies.code'), t('admin.agencies.name'), t('admin.agencies.kind')]}
            rows={agencies.data.items}
            rowKey={(agency) => agency.id}
            renderRow={(agency) => (
              <tr>
                <td>
                  <code>{agency.code}</code>
                </td>
                <td>{agency.name}</td>
                <td>{t(`agencyKinds.${agency.kind}`)}</td>
              </tr>
            )}
            empty={t('common.empty')}
          />
        )}
      </Card>
      {canCreateAgencies(user) && <AgencyForm onCreated={agencies.reload} />}
    </div>
  );
}

function AgencyForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('ministry');

  async function create() {
    const { agency } = await createAgency({ code: code.trim(), name: name.trim(), kind });
    setCode('');
    setName('');
    onCreated();
    return t('admin.agencies.created', { name: agency.name });
  }

  return (
    <CreateForm
      title={t('admin.agencies.createTitle')}
      titleId="agency-form-title"
      testId="agency-form"
      submitLabel={t('admin.agencies.submit')}
      create={create}
    >
      <Field label={t('admin.agencies.code')}>
        <input name="code" value={code} onChange={(event) => setCode(event.target.value)} required />
      </Field>
      <Field label={t('admin.agencies.name')}>
        <input name="name" value={name} onChange={(event) => setName(event.target.value)} required />
      </Field>
      <Field label={t('admin.agencies.kind')}>
        <select name="kind" value={kind} onChange={(event) => setKind(event.target.value as AgencyKind)}>
          {agencyKinds.map((value) => (
            <option key={value} value={value}>
              {t(`agencyKinds.${value}`)}
            </option>
          ))}
        </select>
      </Field>
    </CreateForm>
  );
}
