import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../shared/api/reference';
import { Alert, Button, Card, ErrorAlert, Field } from '../../ui';
import type { Role, User } from '../account/api';
import { createUser, type NewUser, roles, rolesAssignableByAdmin } from './api';

interface Props {
  /** The signed-in user: a superadmin picks any role and agency, an admin creates in their own agency. */
  user: User;
  agencies: Agency[];
  onCreated: () => void;
}

export function UserForm({ user, agencies, onCreated }: Props) {
  const { t } = useTranslation();
  const isSuperadmin = user.role === 'superadmin';
  const roleOptions = isSuperadmin ? roles : rolesAssignableByAdmin;
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('employee');
  const [agencyId, setAgencyId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSuccess(null);
    const input: NewUser = { username: username.trim(), fullName: fullName.trim(), password, role };
    const targetAgency = isSuperadmin ? agencyId : user.agency?.id;
    if (targetAgency) input.agencyId = targetAgency;
    try {
      const created = await createUser(input);
      setSuccess(t('admin.users.created', { username: created.user.username ?? input.username }));
      setUsername('');
      setFullName('');
      setPassword('');
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('admin.users.createTitle')} titleId="user-form-title" edge="accent">
      <form className="form" data-testid="user-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={t('admin.users.username')}>
          <input
            name="username"
            autoComplete="off"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </Field>
        <Field label={t('admin.users.fullName')}>
          <input
            name="fullName"
            value={fullName}
            onChange={(event) => setFullName(event.target.value)}
            required
          />
        </Field>
        <Field label={t('admin.users.password')}>
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </Field>
        <Field label={t('admin.users.role')}>
          <select name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {roleOptions.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        {isSuperadmin ? (
          <Field label={t('admin.users.agency')}>
            <select name="agencyId" value={agencyId} onChange={(event) => setAgencyId(event.target.value)}>
              <option value="">{t('admin.users.noAgency')}</option>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.code} — {agency.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <p className="muted small">
            {t('admin.users.ownAgencyNote', { agency: user.agency?.name ?? '—' })}
          </p>
        )}
        <ErrorAlert error={error} />
        {success && (
          <Alert tone="success" role="status">
            {success}
          </Alert>
        )}
        <Button variant="primary" type="submit" disabled={busy}>
          {busy ? t('common.saving') : t('admin.users.submit')}
        </Button>
      </form>
    </Card>
  );
}
