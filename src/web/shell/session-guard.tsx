import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { login, me, type User } from '../features/account/api';
import { setUnauthorizedHandler } from '../shared/api/request';
import { Alert, Button, Dialog, ErrorAlert, Field } from '../ui';

/** How long before the end of a session the warning shows. */
const warnBeforeMs = 5 * 60_000;

/**
 * Sessions that respect work. Before the session ends, a warning says when; when it has ended (any
 * request answers 401), a dialog asks for the password in place: the page under it stays as it
 * was, unsaved form included, and the person carries on (saves again) once signed in. Going to
 * the login page instead comes back to the same page afterwards.
 */
export function SessionGuard({ user, expiresAt }: { user: User; expiresAt: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [end, setEnd] = useState(expiresAt ? Date.parse(expiresAt) : null);
  const [warn, setWarn] = useState(false);
  const [expired, setExpired] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setUnauthorizedHandler(() => setExpired(true));
    return () => setUnauthorizedHandler(null);
  }, []);

  useEffect(() => {
    setWarn(false);
    if (end === null) return;
    const timer = window.setTimeout(() => setWarn(true), Math.max(0, end - warnBeforeMs - Date.now()));
    return () => window.clearTimeout(timer);
  }, [end]);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(user.username, password);
      const session = await me();
      setEnd(session.sessionExpiresAt ? Date.parse(session.sessionExpiresAt) : null);
      setPassword('');
      setExpired(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const here = `${location.pathname}${location.search}`;
  const time = end ? new Date(end).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' }) : '';
  return (
    <>
      {warn && !expired && (
        <Alert tone="warning" role="status" data-testid="session-warning">
          {t('session.warning', { time })}
        </Alert>
      )}
      <Dialog
        open={expired}
        title={t('session.expiredTitle')}
        onClose={() => setExpired(false)}
        testId="relogin-dialog"
        actions={
          <>
            <Button
              variant="primary"
              type="submit"
              form="relogin-form"
              data-testid="relogin-submit"
              disabled={busy}
            >
              {t('session.signIn')}
            </Button>
            <Button
              variant="secondary"
              data-testid="relogin-to-login"
              onClick={() => navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true })}
            >
              {t('session.toLogin')}
            </Button>
          </>
        }
      >
        <form id="relogin-form" className="form" onSubmit={(event) => void signIn(event)}>
          <p>{t('session.expiredText', { name: user.fullName })}</p>
          <Field label={t('login.username')}>
            <input name="username" autoComplete="username" value={user.username} readOnly />
          </Field>
          <Field label={t('login.password')}>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              data-testid="relogin-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </Field>
          <ErrorAlert error={error} />
        </form>
      </Dialog>
    </>
  );
}
