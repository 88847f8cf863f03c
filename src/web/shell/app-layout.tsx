import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { me, type User } from '../features/account/api';
import { CurrentUserContext } from '../features/account/current-user';
import { ApiError, setUnauthorizedHandler } from '../shared/api/request';
import { ErrorAlert, Loading } from '../ui';
import { AppHeader } from './app-header';
import { SessionGuard } from './session-guard';
import { SideNav } from './side-nav';

/** Frame of every signed-in page: header, side navigation and the page itself. */
export function Layout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [user, setUser] = useState<User | null>(null);
  const [expiresAt, setExpiresAt] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    // Until the session guard takes over (after `me`), a 401 means "not signed in at all".
    const toLogin = () => {
      const here = `${window.location.pathname}${window.location.search}`;
      navigate(here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`, { replace: true });
    };
    setUnauthorizedHandler(toLogin);
    me().then(
      (session) => {
        if (cancelled) return;
        setExpiresAt(session.sessionExpiresAt);
        setUser(session.user);
      },
      (err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 401) toLogin();
        else setError(err);
      },
    );
    return () => {
      cancelled = true;
      setUnauthorizedHandler(null);
    };
  }, [navigate]);

  if (!user) {
    return (
      <div className="splash">
        <span className="brand-mark">{t('app.name')}</span>
        {error ? <ErrorAlert error={error} /> : <Loading />}
      </div>
    );
  }

  return (
    <CurrentUserContext.Provider value={user}>
      <div className="app-shell">
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <AppHeader user={user} />
        <div className="app-body">
          <SideNav user={user} />
          <main id="main" className="app-main" tabIndex={-1}>
            <SessionGuard user={user} expiresAt={expiresAt} />
            <Outlet />
          </main>
        </div>
        <footer className="app-footer">{t('app.footer')}</footer>
      </div>
    </CurrentUserContext.Provider>
  );
}
