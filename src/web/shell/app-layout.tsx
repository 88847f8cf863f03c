import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { me, type User } from '../features/account/api';
import { CurrentUserContext } from '../features/account/current-user';
import { ApiError, setUnauthorizedHandler } from '../shared/api/request';
import { ErrorAlert, Loading } from '../ui';
import { AppHeader } from './app-header';
import { SideNav } from './side-nav';

/** Frame of every signed-in page: header, side navigation and the page itself. */
export function Layout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setUnauthorizedHandler(() => navigate('/login', { replace: true }));
    me().then(
      (session) => {
        if (!cancelled) setUser({ ...session.user, capabilities: session.capabilities ?? {} });
      },
      (err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 401) navigate('/login', { replace: true });
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
            <Outlet />
          </main>
        </div>
        <footer className="app-footer">{t('app.footer')}</footer>
      </div>
    </CurrentUserContext.Provider>
  );
}
