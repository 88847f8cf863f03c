import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageToggle } from '../../shell/language-toggle';
import { Button, ErrorAlert, Field } from '../../ui';
import { health, login } from './api';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState(false);

  useEffect(() => {
    let cancelled = false;
    health().then(
      (status) => {
        if (!cancelled) setDemo(status.demo === true);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
      navigate('/', { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageToggle variant="outline" />
      </div>
      <main className="login-card card">
        <div className="login-brand">
          <span className="brand-mark brand-mark-large">{t('app.name')}</span>
          <h1>{t('login.title')}</h1>
          <p className="muted">{t('login.subtitle')}</p>
        </div>
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
        {demo && (
          <div className="demo-hint" data-testid="demo-hint">
            <p>{t('login.demoHint', { username: 'admin', password: 'demo12345' })}</p>
            <p className="muted small">{t('login.demoRoles')}</p>
          </div>
        )}
      </main>
    </div>
  );
}
