import './login.css';
import './account.css';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, ErrorAlert, Field } from '../../ui';
import { type Health, health, login, setupStatus } from './api';
import { nextParam, safeNextPath, withNext } from './next-path';
import { SignInFrame } from './sign-in-frame';

/**
 * `/login`. A fresh installation without a superadmin goes to the setup page instead. With the
 * demo running, says where its password is (never the password itself). After signing in: the
 * page the person wanted, or first the change-password screen for a temporary password.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get(nextParam));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Health | null>(null);

  useEffect(() => {
    let cancelled = false;
    setupStatus().then(
      (setup) => {
        if (!cancelled && setup.needed) navigate('/setup', { replace: true });
      },
      () => undefined,
    );
    health().then(
      (answer) => {
        if (!cancelled) setStatus(answer);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [navigate]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await login(username, password);
      navigate(session.mustChangePassword ? withNext('/ganti-kata-sandi', next) : next, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <SignInFrame title={t('login.title')} subtitle={t('login.subtitle')}>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={t('login.username')}>
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </Field>
        <Field label={t('login.password')}>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </Field>
        <ErrorAlert error={error} />
        <Button variant="primary" block type="submit" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      {status?.demo && status.demoPassword && (
        <div className="demo-hint" data-testid="demo-hint">
          <p>{t('login.demoAccounts')}</p>
          <p className="muted small" data-testid="demo-password-source">
            {status.demoPassword === 'env' ? t('login.demoPasswordEnv') : t('login.demoPasswordFile')}
          </p>
        </div>
      )}
    </SignInFrame>
  );
}
