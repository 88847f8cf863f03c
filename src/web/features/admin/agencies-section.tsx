import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgencyKind, agencyKinds, listAgencies } from '../../shared/api/reference';
import { useApi } from '../../shared/use-api';
import { Alert, Button, Card, ErrorAlert, Field, LoadState } from '../../ui';
import type { User } from '../account/api';
import { createAgency } from './api';

export function AgenciesSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const agencies = useApi('agencies', listAgencies);

  return (
    <div className="admin-grid">
      <Card title={t('admin.agencies.title')} titleId="agencies-title">
        <LoadState
          loading={agencies.loading && !agencies.data}
          error={agencies.error}
          onRetry={agencies.reload}
        />
        {agencies.data &&
          (agencies.data.items.length === 0 ? (
            <p className="muted">{t('common.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" data-testid="agency-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.agencies.code')}</th>
                    <th scope="col">{t('admin.agencies.name')}</th>
                    <th scope="col">{t('admin.agencies.kind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {agencies.data.items.map((agency) => (
                    <tr key={agency.id}>
                      <td>
                        <code>{agency.code}</code>
                      </td>
                      <td>{agency.name}</td>
                      <td>{t(`agencyKinds.${agency.kind}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </Card>
      {user.role === 'superadmin' && <AgencyForm onCreated={agencies.reload} />}
    </div>
  );
}

function AgencyForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('ministry');
  const [error, setError] = useState<unknown>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSuccess(null);
    try {
      const { agency } = await createAgency({ code: code.trim(), name: name.trim(), kind });
      setSuccess(t('admin.agencies.created', { name: agency.name }));
      setCode('');
      setName('');
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('admin.agencies.createTitle')} titleId="agency-form-title" edge="accent">
      <form className="form" data-testid="agency-form" onSubmit={(event) => void onSubmit(event)} noValidate>
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
        <ErrorAlert error={error} />
        {success && (
          <Alert tone="success" role="status">
            {success}
          </Alert>
        )}
        <Button variant="primary" type="submit" disabled={busy}>
          {busy ? t('common.saving') : t('admin.agencies.submit')}
        </Button>
      </form>
    </Card>
  );
}
