import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../shared/api/reference';
import { Field } from '../../ui';
import type { Role, User } from '../account/api';
import { canAdministerAllAgencies } from '../account/current-user';
import { createUser, type NewUser, roles, rolesAssignableByAdmin } from './api';
import { CreateForm } from './create-form';

interface Props {
  /** The signed-in user: a superadmin picks any role and agency, an admin creates in their own agency. */
  user: User;
  agencies: Agency[];
  onCreated: () => void;
}

export function UserForm({ user, agencies, onCreated }: Props) {
  const { t } = useTranslation();
  const isSuperadmin = canAdministerAllAgencies(user);
  const roleOptions = isSuperadmin ? roles : rolesAssignableByAdmin;
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('employee');
  const [agencyId, setAgencyId] = useState('');

  async function create() {
    const input: NewUser = { username: username.trim(), fullName: fullName.trim(), password, role };
    const targetAgency = isSuperadmin ? agencyId : user.agency?.id;
    if (targetAgency) input.agencyId = targetAgency;
    const created = await createUser(input);
    setUsername('');
    setFullName('');
    setPassword('');
    onCreated();
    return t('admin.users.created', { username: created.user.username ?? input.username });
  }

  return (
    <CreateForm
      title={t('admin.users.createTitle')}
      titleId="user-form-title"
      testId="user-form"
      submitLabel={t('admin.users.submit')}
      create={create}
    >
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
        <p className="muted small">{t('admin.users.ownAgencyNote', { agency: user.agency?.name ?? '—' })}</p>
      )}
    </CreateForm>
  );
}
