import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorAlert } from '../../../ui';
import { createEmployeeLogin } from '../api';

/**
 * "Buat akun": a login (role employee, username = NIP) for a civil servant. The one-time password
 * is shown once, here, with a copy button; it is not stored anywhere the page could show it again.
 */
export function EmployeeLoginButton({
  nip,
  hasLogin,
  onCreated,
}: {
  nip: string;
  hasLogin: boolean;
  onCreated?: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      setCreated(await createEmployeeLogin(nip));
      onCreated?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function copy(password: string) {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      // Without clipboard access (http, old browsers) the password stays selectable on screen.
      setCopied(false);
    }
  }

  if (created) {
    return (
      <Alert tone="success" as="div" className="login-created" role="status" data-testid="login-created">
        <p className="alert-message">{t('talent.login.created')}</p>
        <dl className="employee-login-credentials">
          <div>
            <dt>{t('talent.login.username')}</dt>
            <dd>
              <code data-testid="login-username">{created.username}</code>
            </dd>
          </div>
          <div>
            <dt>{t('talent.login.password')}</dt>
            <dd>
              <code className="employee-login-password" data-testid="login-password">
                {created.password}
              </code>{' '}
              <Button size="small" data-testid="login-copy" onClick={() => void copy(created.password)}>
                {copied ? t('talent.login.copied') : t('talent.login.copy')}
              </Button>
            </dd>
          </div>
        </dl>
        <p className="small">{t('talent.login.once')}</p>
      </Alert>
    );
  }
  if (hasLogin) {
    return (
      <p className="muted small" data-testid="login-exists">
        {t('talent.login.exists')}
      </p>
    );
  }
  return (
    <div className="employee-login">
      <Button variant="primary" data-testid="create-login" disabled={busy} onClick={() => void create()}>
        {busy ? t('talent.login.creating') : t('talent.login.create')}
      </Button>
      <p className="muted small">{t('talent.login.hint')}</p>
      <ErrorAlert error={error} />
    </div>
  );
}
