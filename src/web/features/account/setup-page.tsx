import './login.css';
import './account.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, messagesFor } from '../../shared/api/request';
import { useApi } from '../../shared/use-api';
import { Alert, Button, ErrorAlert, Field, LoadState } from '../../ui';
import { login, setUp, setupStatus } from './api';
import { SignInFrame } from './sign-in-frame';

const fields = ['token', 'username', 'fullName', 'password'];

/**
 * `/setup`: a fresh installation (no demo, no superadmin yet) creates its first superadmin here
 * with the one-time setup token the server printed on its console at start; then signs in as it.
 * Once a superadmin exists the page only points to the login.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useApi('setup-status', setupStatus);
  const [token, setToken] = useState('');
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      const created = await setUp({
        token: token.trim(),
        username: username.trim(),
        fullName: fullName.trim(),
        password,
      });
      await login(created.user.username, password);
      navigate('/', { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  const underFields =
    error instanceof ApiError &&
    error.issues.length > 0 &&
    error.issues.every((i) => fields.includes(i.path));

  return (
    <SignInFrame title={t('setup.title')} subtitle={t('setup.subtitle')} wide>
      <LoadState loading={status.loading && !status.data} error={status.error} onRetry={status.reload} />
      {status.data && !status.data.needed && (
        <Alert tone="info" as="div" testId="setup-done">
          <p className="alert-message">{t('setup.done')}</p>
          <p>
            <Link to="/login">{t('setup.toLogin')}</Link>
          </p>
        </Alert>
      )}
      {status.data?.needed && (
        <form className="form" data-testid="setup-form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <Alert tone="info" testId="setup-token-where">
            {status.data.tokenIssued ? t('setup.tokenWhere') : t('setup.tokenMissing')}
          </Alert>
          <Field label={t('setup.token')} errors={messagesFor(error, 'token')}>
            <input
              name="token"
              autoComplete="off"
              spellCheck={false}
              value={token}
              onChange={(event) => setToken(event.target.value)}
              required
            />
          </Field>
          <Field label={t('setup.username')} errors={messagesFor(error, 'username')}>
            <input
              name="username"
              autoComplete="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              required
            />
          </Field>
          <Field label={t('setup.fullName')} errors={messagesFor(error, 'fullName')}>
            <input
              name="fullName"
              autoComplete="name"
              value={fullName}
              onChange={(event) => setFullName(event.target.value)}
              required
            />
          </Field>
          <Field label={t('setup.password')} errors={messagesFor(error, 'password')}>
            <input
              name="password"
              type="password"
              autoComplete="new-password"
              aria-describedby="setup-password-rule"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          </Field>
          <p className="muted small" id="setup-password-rule">
            {t('account.password.rule')}
          </p>
          <Field label={t('setup.repeat')} errors={mismatch ? [t('account.password.mismatch')] : undefined}>
            <input
              name="repeatPassword"
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
              required
            />
          </Field>
          {!underFields && <ErrorAlert error={error} />}
          <Button variant="primary" block type="submit" data-testid="setup-submit" disabled={busy}>
            {busy ? t('common.saving') : t('setup.submit')}
          </Button>
        </form>
      )}
    </SignInFrame>
  );
}
