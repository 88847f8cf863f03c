import './login.css';
import './account.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, PageHeader } from '../../ui';
import { ChangePasswordForm } from './change-password-form';
import { useCurrentUser } from './current-user';

/** `/akun` ("Akun saya"): who is signed in, and changing one's own password; for every role. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [changed, setChanged] = useState(false);

  return (
    <div className="page">
      <PageHeader title={t('account.title')} subtitle={t('account.intro')} />
      <div className="two-columns">
        <Card title={t('account.identity')} titleId="account-identity-title">
          <dl className="account-identity">
            <div>
              <dt>{t('account.username')}</dt>
              <dd>
                <code data-testid="account-username">{user.username}</code>
              </dd>
            </div>
            <div>
              <dt>{t('account.fullName')}</dt>
              <dd>{user.fullName}</dd>
            </div>
            <div>
              <dt>{t('account.role')}</dt>
              <dd>{t(`roles.${user.role}`)}</dd>
            </div>
            <div>
              <dt>{t('account.agency')}</dt>
              <dd>{user.agency?.name ?? t('header.national')}</dd>
            </div>
          </dl>
        </Card>
        <Card title={t('account.password.title')} titleId="account-password-title" edge="accent">
          {changed && (
            <Alert tone="success" role="status" testId="password-changed">
              {t('account.password.changed')}
            </Alert>
          )}
          <ChangePasswordForm username={user.username} onChanged={() => setChanged(true)} />
        </Card>
      </div>
    </div>
  );
}
