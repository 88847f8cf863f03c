import './login.css';
import './account.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api/request';
import { Alert, Button, ErrorAlert, Loading } from '../../ui';
import { logout, me, type User } from './api';
import { ChangePasswordForm } from './change-password-form';
import { nextParam, safeNextPath, withNext } from './next-path';
import { SignInFrame } from './sign-in-frame';

/**
 * `/ganti-kata-sandi`: a temporary password (a new account, a reset, an employee login) must be
 * replaced before anything else; the server answers every other call with 403
 * PASSWORD_CHANGE_REQUIRED meanwhile. After the change the person goes on to the page they wanted.
 */
export function PasswordChangePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get(nextParam));
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    me().then(
      (session) => {
        if (cancelled) return;
        // Nothing to change (already done in another tab): straight on.
        if (!session.mustChangePassword) navigate(next, { replace: true });
        else setUser(session.user);
      },
      (err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 401)
          navigate(withNext('/login', next), { replace: true });
        else setError(err);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [navigate, next]);

  async function onLogout() {
    try {
      await logout();
    } catch {
      // The session is dropped client-side either way.
    }
    navigate('/login', { replace: true });
  }

  return (
    <SignInFrame title={t('account.forced.title')} subtitle={t('account.forced.subtitle')}>
      {!user && (error ? <ErrorAlert error={error} /> : <Loading />)}
      {user && (
        <>
          <Alert tone="warning" testId="forced-change-note">
            {t('account.forced.note', { name: user.fullName })}
          </Alert>
          <ChangePasswordForm
            username={user.username}
            submitLabel={t('account.forced.submit')}
            onChanged={() => navigate(next, { replace: true })}
          />
          <p className="login-alternative">
            <Button variant="link" data-testid="forced-logout" onClick={() => void onLogout()}>
              {t('account.forced.logout')}
            </Button>
          </p>
        </>
      )}
    </SignInFrame>
  );
}
