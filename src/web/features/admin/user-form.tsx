import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../shared/api/reference';
import { Field } from '../../ui';
import type { Role, User } from '../account/api';
import { createUser, type NewUser } from './api';
import { CreateForm } from './create-form';

interface Props {
  /** The signed-in user: their agency is the new account's unless they manage every agency. */
  user: User;
  /** The reader manages every agency's users (`capabilities.manageAllUsers`): they pick the agency. */
  allAgencies: boolean;
  /** The roles the server lets this reader give (`assignableRoles` of the user list). */
  roles: readonly Role[];
  agencies: Agency[];
  onCreated: () => void;
}

export function UserForm({ user, allAgencies, roles, agencies, onCreated }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [chosenRole, setRole] = useState<Role>('employee');
  const [agencyId, setAgencyId] = useState('');
  // Until the list has answered there is nothing to choose; a choice the server does not offer falls back.
  const role = roles.includes(chosenRole) ? chosenRole : (roles.at(-1) ?? chosenRole);

  async function create() {
    const input: NewUser = { username: username.trim(), fullName: fullName.trim(), password, role };
    const targetAgency = allAgencies ? agencyId : user.agency?.id;
    if (targetAgency) input.agencyId = targetAgency;
    const created = await createUser(input);
    setUsername('');
    setFullName('');
    setPassword('');
    onCreated();
    return t('admin.users.createdTemporary', { username: created.user.username ?? input.username });
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
          {roles.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      {allAgencies ? (
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
